/**
 * The columns a write batch writes, per table, with their SQL types: shared by the hand-written
 * statements of both databases (sqlite-batch-store.ts, postgres-batch-store.ts). Each list is
 * checked by the compiler against its row type: a column added to a table and not here fails.
 */
import type { ClaimRow } from "./riding-writes.ts";
import type { RoundRow } from "../tables.ts";
import type { NewAttemptRow, WalletCallRow } from "../outbox/tables.ts";

export type SqlType = "text" | "bigint" | "integer";

export interface Column {
  readonly name: string;
  readonly type: SqlType;
}

/** `"a", "b", …`: the columns' names quoted for a column list. */
export function columnList(columns: readonly Column[]): string {
  return columns.map((column) => `"${column.name}"`).join(", ");
}

/** The columns of `Row` with their types; the compiler refuses a list that misses one. */
export function columnsOf<Row>(types: Record<keyof Row & string, SqlType>): readonly Column[] {
  return Object.entries<SqlType>(types).map(([name, type]) => ({ name, type }));
}

const rounds = columnsOf<RoundRow>({
  round_id: "text",
  operator_id: "text",
  environment: "text",
  session_id: "text",
  player_id: "text",
  currency: "text",
  game_id: "text",
  status: "text",
  request_hash: "text",
  opened_at_ms: "bigint",
  closed_at_ms: "bigint",
  close_reason: "text",
});

const calls = columnsOf<WalletCallRow>({
  call_id: "text",
  operator_id: "text",
  environment: "text",
  action: "text",
  session_id: "text",
  player_id: "text",
  currency: "text",
  game_id: "text",
  round_id: "text",
  amount_minor: "bigint",
  rb: "integer",
  rb_call_id: "text",
  round_closed: "integer",
  ref: "text",
  request_hash: "text",
  state: "text",
  attempts: "integer",
  next_attempt_at_ms: "bigint",
  retry_until_at_ms: "bigint",
  lease_owner: "text",
  lease_until_at_ms: "bigint",
  balance_minor: "bigint",
  error_code: "text",
  outcome_reason: "text",
  tx_id: "text",
  resolved_by: "text",
  resolution_note: "text",
  created_at_ms: "bigint",
  updated_at_ms: "bigint",
  final_at_ms: "bigint",
});

const attempts = columnsOf<Required<NewAttemptRow>>({
  call_id: "text",
  attempt_no: "integer",
  sender: "text",
  sent_at_ms: "bigint",
  latency_micros: "bigint",
  request: "text",
  http_status: "integer",
  response_body: "text",
  outcome: "text",
  error_code: "text",
  reason: "text",
});

const claims = columnsOf<ClaimRow>({
  studio_id: "text",
  tx_id: "text",
  kind: "text",
  session_id: "text",
  round_ref: "text",
  round_id: "text",
  amount_minor: "bigint",
  round_closed: "integer",
  rollback_of: "text",
  request_hash: "text",
  state: "text",
  result_code: "text",
  outcome: "text",
  created_at_ms: "bigint",
  updated_at_ms: "bigint",
});

/** What a batch may change in a call that existed before it (the rest is fixed at insert). */
const CALL_UPDATE_NAMES: readonly (keyof WalletCallRow)[] = [
  "state",
  "attempts",
  "next_attempt_at_ms",
  "retry_until_at_ms",
  "lease_owner",
  "lease_until_at_ms",
  "balance_minor",
  "error_code",
  "outcome_reason",
  "tx_id",
  "resolved_by",
  "resolution_note",
  "updated_at_ms",
  "final_at_ms",
];

export const batchTables = {
  rounds,
  calls,
  attempts,
  claims,
  callUpdates: calls.filter((column) => CALL_UPDATE_NAMES.includes(column.name as keyof WalletCallRow)),
} as const;
