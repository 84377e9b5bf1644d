import type { Selectable } from "kysely";
import type { PlayLimitTables } from "./limits/tables.ts";

export type GatewayTxKind = "bet" | "win" | "rollback" | "end_round";

/**
 * One money request of a studio, keyed by the studio's own transaction id (unique per studio).
 * The idempotency record of the gateway: the hash of the request's content, and once known its
 * final answer, replayed to every repeat. `pending`: the answer is not stored yet (in flight, or
 * the process died); a repeat drives the request again, which the round engine makes safe.
 * For demo sessions this row is also the ledger (written once, with its answer).
 */
export interface GatewayTransactionsTable {
  studio_id: string;
  tx_id: string;
  kind: GatewayTxKind;
  session_id: string;
  /** The studio's round id. */
  round_ref: string | null;
  /** The platform round (real play); null for demo sessions. */
  round_id: string | null;
  amount_minor: number | null;
  /** 1 on a win or round end that closes the round. */
  round_closed: 0 | 1;
  /** Rollbacks: the studio transaction id of the bet rolled back. */
  rollback_of: string | null;
  request_hash: string;
  state: "pending" | "done";
  /** `OK` or the gateway error code of the stored answer. */
  result_code: string | null;
  /** The stored answer, JSON. */
  outcome: string | null;
  created_at_ms: number;
  updated_at_ms: number;
}

export interface GatewayTables extends PlayLimitTables {
  gateway_transactions: GatewayTransactionsTable;
}

export type GatewayTxRow = Selectable<GatewayTransactionsTable>;
