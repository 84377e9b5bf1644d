import type { Static } from "typebox";
import type { WalletCallAttemptsTable, WalletCallRow } from "../round-engine/outbox/tables.ts";
import type { RoundRow } from "../round-engine/tables.ts";
import type { Selectable } from "kysely";
import type { AttemptSchema, RoundSchema, TransactionSchema } from "./schema.ts";

export type TransactionView = Static<typeof TransactionSchema>;
export type AttemptView = Static<typeof AttemptSchema>;
export type RoundView = Static<typeof RoundSchema>;

/** A wallet call as the operator sees it: its content in the protocol's words, and how it stands. */
export function presentTransaction(row: WalletCallRow): TransactionView {
  return {
    call_id: row.call_id,
    action: row.action,
    status: row.state,
    player_id: row.player_id,
    session_id: row.session_id,
    game_id: row.game_id,
    round_id: row.round_id,
    currency: row.currency,
    amount: row.amount_minor,
    rb: row.rb,
    rb_call_id: row.rb_call_id,
    round_closed: row.round_closed === 1,
    balance: row.balance_minor,
    error_code: row.error_code,
    outcome_reason: row.outcome_reason,
    tx_id: row.tx_id,
    attempts: row.attempts,
    // Only meaningful while the call is still being delivered.
    next_attempt_at_ms: row.state === "pending" ? row.next_attempt_at_ms : null,
    created_at_ms: row.created_at_ms,
    updated_at_ms: row.updated_at_ms,
    final_at_ms: row.final_at_ms,
  };
}

/** One attempt; the sender (a lease token naming our host and process) stays internal. */
export function presentAttempt(row: Selectable<WalletCallAttemptsTable>): AttemptView {
  return {
    attempt_no: row.attempt_no,
    sent_at_ms: row.sent_at_ms,
    latency_micros: row.latency_micros,
    request: row.request,
    http_status: row.http_status,
    response_body: row.response_body,
    outcome: row.outcome,
    error_code: row.error_code,
    reason: row.reason,
  };
}

export function presentRound(row: RoundRow): RoundView {
  return {
    round_id: row.round_id,
    status: row.status,
    player_id: row.player_id,
    session_id: row.session_id,
    game_id: row.game_id,
    currency: row.currency,
    opened_at_ms: row.opened_at_ms,
    closed_at_ms: row.closed_at_ms,
    close_reason: row.close_reason,
  };
}
