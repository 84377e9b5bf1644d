/**
 * @croupier/platform — the service. Other code imports the app builder and the seams:
 * `buildApp`, `composePlatform`, `loadConfig`, the wallet endpoint lookup and `canLaunchGames`.
 */
export { buildApp, type AppOptions } from "./app.ts";
export { composePlatform, type ComposeOptions, type Platform } from "./compose.ts";
export { loadConfig, type PlatformConfig } from "./config.ts";
export type { ServiceDeps, Clock, IdGenerator } from "./deps.ts";
export { canLaunchGames, type OperatorStatus } from "./operators/status.ts";
export { createWalletEndpointLookup, type WalletEndpointCache } from "./operators/wallet-endpoint-lookup.ts";
