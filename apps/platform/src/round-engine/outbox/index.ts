/** The transactional outbox of wallet calls: leases, dispatch, retries, manual resolution (its group commit is in ../write-model/). */
export { createOutbox, type Outbox, type OutboxOptions } from "./outbox.ts";
export {
  createDispatcher,
  startDispatcher,
  type Dispatcher,
  type DispatcherOptions,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_CLAIM_BATCH,
  DEFAULT_MAX_IN_FLIGHT,
} from "./dispatcher.ts";
export {
  retryNow,
  markResolved,
  getCallWithAttempts,
  MAX_RESOLUTION_NOTE_LENGTH,
  type ManualResolutionError,
} from "./manual-resolution.ts";
export { attemptLeasedCall, type AttemptDeps } from "./attempt.ts";
export {
  DEFAULT_RETRY_HORIZON_MS,
  RETRY_BASE_DELAY_MS,
  RETRY_MAX_DELAY_MS,
  RETRIED_REFUSALS,
  LEASE_MARGIN_MS,
} from "./retry-policy.ts";
export {
  MAX_OPS_PER_BATCH,
  MAX_QUEUED_OPS,
  OutboxClosedError,
  OutboxOverloadedError,
} from "../write-model/write-batcher.ts";
export type {
  CallState,
  OutboxTables,
  WalletCallRow,
  WalletCallsTable,
  WalletCallAttemptsTable,
} from "./tables.ts";
