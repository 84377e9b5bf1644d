import type { GatewayTransactionsTable } from "../provider-gateway/tables.ts";
import type { WalletCallAttemptsTable, WalletCallsTable } from "../round-engine/outbox/tables.ts";
import type { RoundsTable } from "../round-engine/tables.ts";

/**
 * Retention (migration 0950): the cold `*_archive` tables that settled rounds move to past
 * ARCHIVE_AFTER_DAYS, with their calls, attempts and gateway transactions; and the `*_all` views,
 * hot rows then archived ones, that history, reports, replay and reconciliation read. The round
 * engine writes and reads the hot tables only.
 */
export interface RetentionTables {
  rounds_archive: RoundsTable;
  wallet_calls_archive: WalletCallsTable;
  wallet_call_attempts_archive: WalletCallAttemptsTable;
  gateway_transactions_archive: GatewayTransactionsTable;
  rounds_all: RoundsTable;
  wallet_calls_all: WalletCallsTable;
  wallet_call_attempts_all: WalletCallAttemptsTable;
  gateway_transactions_all: GatewayTransactionsTable;
}
