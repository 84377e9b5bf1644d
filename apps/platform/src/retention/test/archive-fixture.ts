// Rows as the round engine, the gateway and the projector leave them, for the retention tests.
import { sql, type Kysely } from "kysely";
import { BUILT_IN_CALLER } from "../../builtin-studio/studio-deps.ts";
import type { Database } from "../../db/database.ts";
import type { CallState } from "../../round-engine/outbox/tables.ts";

export const DAY_MS = 86_400_000;
export const NOW_MS = Date.UTC(2026, 11, 1);
export const AGE_MS = 30 * DAY_MS;
export const OLD_MS = NOW_MS - 40 * DAY_MS;
export const scope = { operatorId: "op_1", environment: "live" } as const;
export const clock = () => NOW_MS;

interface RoundSpec {
  readonly id: string;
  readonly status?: "open" | "closed" | "void";
  readonly closedAtMs?: number;
  readonly creditState?: CallState;
  readonly projected?: boolean;
}

/** A round with a debit and a credit (one attempt each), its two gateway transactions, projected. */
export async function insertRound(db: Kysely<Database>, spec: RoundSpec): Promise<void> {
  const status = spec.status ?? "closed";
  const closedAtMs = status === "open" ? null : (spec.closedAtMs ?? OLD_MS);
  const openedAtMs = (spec.closedAtMs ?? OLD_MS) - 1_000;
  const session = `ses_${spec.id}`;
  await db
    .insertInto("rounds")
    .values({
      round_id: spec.id,
      operator_id: scope.operatorId,
      environment: scope.environment,
      session_id: session,
      player_id: "p1",
      currency: "EUR",
      game_id: "g1",
      status,
      request_hash: "h",
      opened_at_ms: openedAtMs,
      closed_at_ms: closedAtMs,
      close_reason: closedAtMs === null ? null : "game",
    })
    .execute();
  for (const [n, action] of (["debit", "credit"] as const).entries()) {
    const callId = `c_${spec.id}_${n}`;
    const state = action === "credit" ? (spec.creditState ?? "ok") : "ok";
    await db
      .insertInto("wallet_calls")
      .values({
        call_id: callId,
        operator_id: scope.operatorId,
        environment: scope.environment,
        action,
        session_id: session,
        player_id: "p1",
        currency: "EUR",
        game_id: "g1",
        round_id: spec.id,
        amount_minor: 100 * (n + 1),
        rb: 0,
        rb_call_id: null,
        round_closed: n as 0 | 1,
        ref: `tx_${spec.id}_${n}`,
        request_hash: "h",
        state,
        attempts: 1,
        next_attempt_at_ms: openedAtMs,
        retry_until_at_ms: openedAtMs + 60_000,
        lease_owner: null,
        lease_until_at_ms: null,
        balance_minor: state === "ok" ? 1_000 : null,
        error_code: null,
        outcome_reason: null,
        tx_id: null,
        resolved_by: null,
        resolution_note: null,
        created_at_ms: openedAtMs + n,
        updated_at_ms: openedAtMs + n,
        final_at_ms: state === "ok" ? openedAtMs + n : null,
      })
      .execute();
    await db
      .insertInto("wallet_call_attempts")
      .values({
        call_id: callId,
        attempt_no: 1,
        sender: "engine",
        sent_at_ms: openedAtMs + n,
        latency_micros: 900,
        request: "{}",
        http_status: 200,
        response_body: "{}",
        outcome: "ok",
        error_code: null,
        reason: null,
      })
      .execute();
    await db
      .insertInto("gateway_transactions")
      .values({
        studio_id: BUILT_IN_CALLER.studioId,
        tx_id: `tx_${spec.id}_${n}`,
        kind: n === 0 ? "bet" : "win",
        session_id: session,
        round_ref: `sr_${spec.id}`,
        round_id: spec.id,
        amount_minor: 100 * (n + 1),
        round_closed: n as 0 | 1,
        rollback_of: null,
        request_hash: "h",
        state: "done",
        result_code: "OK",
        outcome: "{}",
        created_at_ms: openedAtMs + n,
        updated_at_ms: openedAtMs + n,
      })
      .execute();
  }
  if (spec.projected === false || closedAtMs === null) return;
  await db
    .insertInto("billing_rounds")
    .values({
      round_id: spec.id,
      operator_id: scope.operatorId,
      environment: scope.environment,
      provider_id: BUILT_IN_CALLER.studioId,
      game_id: "g1",
      currency: "EUR",
      player_id: "p1",
      closed_at_ms: closedAtMs,
      bets_minor: 100,
      wins_minor: 200,
      rb_bets_minor: 0,
      rb_wins_minor: 0,
      rollbacks: 0,
      ggr_minor: -100,
      chargeable_minor: 0,
      fee_status: "free",
      fee_minor: null,
      fee_entry_id: null,
      projected_at_ms: closedAtMs,
    })
    .execute();
}

export async function insertBalanceCall(
  db: Kysely<Database>,
  callId: string,
  atMs: number,
  state: CallState,
) {
  await db
    .insertInto("wallet_calls")
    .values({
      call_id: callId,
      operator_id: scope.operatorId,
      environment: scope.environment,
      action: "balance",
      session_id: "ses_b",
      player_id: "p1",
      currency: "EUR",
      game_id: "g1",
      round_id: null,
      amount_minor: null,
      rb: 0,
      rb_call_id: null,
      round_closed: 0,
      ref: null,
      request_hash: "h",
      state,
      attempts: 1,
      next_attempt_at_ms: atMs,
      retry_until_at_ms: atMs + 60_000,
      lease_owner: null,
      lease_until_at_ms: null,
      balance_minor: null,
      error_code: null,
      outcome_reason: null,
      tx_id: null,
      resolved_by: null,
      resolution_note: null,
      created_at_ms: atMs,
      updated_at_ms: atMs,
      final_at_ms: null,
    })
    .execute();
  await db
    .insertInto("wallet_call_attempts")
    .values({
      call_id: callId,
      attempt_no: 1,
      sender: "engine",
      sent_at_ms: atMs,
      latency_micros: 900,
      request: "{}",
      http_status: 200,
      response_body: "{}",
      outcome: "ok",
      error_code: null,
      reason: null,
    })
    .execute();
}

export const TABLES = ["rounds", "wallet_calls", "wallet_call_attempts", "gateway_transactions"] as const;

export type CountedTable = (typeof TABLES)[number] | `${(typeof TABLES)[number]}_archive`;

/** Row counts, hot and archived, of every table retention moves. */
export async function counts(db: Kysely<Database>): Promise<Record<CountedTable, number>> {
  const out = {} as Record<CountedTable, number>;
  for (const table of TABLES)
    for (const name of [table, `${table}_archive` as const]) {
      const row = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(name)}`.execute(db);
      out[name] = Number(row.rows[0]!.n);
    }
  return out;
}
