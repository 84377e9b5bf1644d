/**
 * `@croupier/wallet-sdk`: the operator's side of the Croupier seamless wallet. The core is
 * framework- and database-free; stores and HTTP adapters are separate entry points so that an
 * operator installs only the driver and framework they use:
 * `@croupier/wallet-sdk/sqlite`, `/postgres`, `/node-http`, `/fastify`, `/express`.
 */
export { createWalletHandler } from "./handler/create-wallet-handler.ts";
export { MIN_SALT_LENGTH } from "./handler/salt-rules.ts";
export type { WalletHandler, WalletHandlerOptions, WalletHttpAnswer } from "./handler/handler-types.ts";
export {
  classicAnswer,
  classicQueryToBody,
  createClassicWalletHandler,
  type ClassicWalletAnswer,
  type ClassicWalletHandler,
} from "./adapters/classic.ts";
export {
  CallIdTakenError,
  type CallRecord,
  type LedgerEntry,
  type LedgerKind,
  type LedgerPosting,
  type Player,
  type SettleInput,
  type TransactHint,
  type WalletStore,
  type WalletTransaction,
} from "./store/wallet-store.ts";
export {
  MAX_PAGE_SIZE,
  type AdjustBalanceResult,
  type CallLedgerPage,
  type CreatePlayerResult,
  type LedgerPage,
  type ManagedWalletStore,
  type PlayerAdmin,
} from "./admin/player-admin-types.ts";
export type { CallLedgerLine } from "./admin/admin-transaction.ts";
export type { HeaderBag, WalletRequest, WalletResponse } from "@croupier/protocol";
