import type { Insertable, Selectable } from "kysely";
import type { WalletAction } from "@croupier/protocol";
import type { Environment } from "../../callbacks/wallet-endpoint.ts";

/**
 * Life of a wallet call in the outbox.
 * - `pending`: not final. Either leased (an attempt is in flight, until `lease_until_at_ms`) or
 *   waiting for its next attempt at `next_attempt_at_ms`. A lease that expires makes the call due.
 * - `ok`: the operator acknowledged it. Final.
 * - `refused`: a definite refusal of a balance or debit call. Final.
 * - `unknown`: a balance or debit call whose outcome is unknown; a debit's rollback is queued
 *   in the same transaction. Final for this call.
 * - `not_sent`: never left this process (circuit open, queue full); nothing to undo. Final.
 * - `manual`: a credit or rollback that could not be delivered within the retry horizon, or was
 *   definitely refused: it waits for a person (`retryNow`, `markResolved`).
 * - `resolved`: closed by a person after manual resolution. Final.
 */
export type CallState = "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";

export const FINAL_STATES: ReadonlySet<CallState> = new Set([
  "ok",
  "refused",
  "unknown",
  "not_sent",
  "resolved",
]);

/** One logical wallet call. Its content never changes; only its delivery state does. */
export interface WalletCallsTable {
  call_id: string;
  operator_id: string;
  environment: Environment;
  action: WalletAction;
  session_id: string;
  player_id: string;
  currency: string;
  game_id: string;
  /** Null for `balance`. */
  round_id: string | null;
  /** Minor units; null for `balance`. */
  amount_minor: number | null;
  rb: 0 | 1;
  rb_call_id: string | null;
  round_closed: 0 | 1;
  /** The caller's idempotency key inside the round (`bet:<game id>`, `win:<game id>`, `rb:<call id>`). */
  ref: string | null;
  /** Fingerprint of the call's content without `call_id`: a replay under `ref` must match it. */
  request_hash: string;
  state: CallState;
  /** Attempts actually sent (rows in wallet_call_attempts). */
  attempts: number;
  next_attempt_at_ms: number;
  /** After this, a credit that still fails goes to `manual`. */
  retry_until_at_ms: number;
  /** Unique per claim (`<process>#<n>`): only the holder may record the outcome. */
  lease_owner: string | null;
  lease_until_at_ms: number | null;
  balance_minor: number | null;
  error_code: string | null;
  /** Why the last attempt ended as it did (timeout, HTTP 500, …); for people, not for code. */
  outcome_reason: string | null;
  tx_id: string | null;
  resolved_by: string | null;
  resolution_note: string | null;
  created_at_ms: number;
  updated_at_ms: number;
  final_at_ms: number | null;
}

export type AttemptOutcome = "ok" | "refused" | "unknown";

/** One attempt that was sent, append-only: what went out, what came back, how long it took. */
export interface WalletCallAttemptsTable {
  call_id: string;
  attempt_no: number;
  /** The lease token of whoever sent it. */
  sender: string;
  sent_at_ms: number;
  latency_micros: number;
  /** The exact body (native) or path and query (GameHub) sent. */
  request: string;
  http_status: number | null;
  /** At most MAX_RESPONSE_BYTES of the answer. */
  response_body: string | null;
  outcome: AttemptOutcome;
  error_code: string | null;
  reason: string | null;
}

export interface OutboxTables {
  wallet_calls: WalletCallsTable;
  wallet_call_attempts: WalletCallAttemptsTable;
}

export type WalletCallRow = Selectable<WalletCallsTable>;
export type NewWalletCallRow = Insertable<WalletCallsTable>;
export type NewAttemptRow = Insertable<WalletCallAttemptsTable>;
