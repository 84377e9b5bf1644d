/**
 * @croupier/reference-wallet — a complete operator wallet on @croupier/wallet-sdk: the protocol
 * callback, an admin API, SQLite or PostgreSQL. Run it with `npm start`; embed or test it with
 * {@link buildWalletApp}.
 */
export { buildWalletApp, type WalletAppOptions } from "./app.ts";
export {
  loadConfig,
  checkSalts,
  DEMO_SALT,
  DEMO_ADMIN_TOKEN,
  type WalletConfig,
  type ConfigResult,
} from "./config.ts";
export { createActiveSalts, type ActiveSalts } from "./salts/active-salts.ts";
export { openStore, type ReferenceWalletStore } from "./store/open-store.ts";
export { seedDemoPlayers, DEMO_PLAYERS, type DemoPlayer } from "./demo/demo-players.ts";
export { PROBLEMS, type Problem, type ProblemCode } from "./http/problems.ts";
