import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import type { CallState } from "../../round-engine/outbox/tables.ts";

export interface TestCall {
  readonly action: "debit" | "credit";
  readonly amountMinor: number;
  readonly rb?: 0 | 1;
  readonly state?: CallState;
  readonly callId?: string;
}

export interface TestRound {
  readonly roundId: string;
  readonly operatorId: string;
  readonly environment?: "sandbox" | "live";
  readonly currency?: string;
  readonly providerId?: string;
  readonly gameId?: string;
  readonly playerId?: string;
  readonly closedAtMs: number;
  readonly calls: readonly TestCall[];
}

/**
 * Tests only: a closed round as the round engine leaves it (its session, the round row, its wallet
 * calls), written straight into the engine's tables, for the projector and reports to read.
 */
export async function insertClosedRound(db: Kysely<Database>, round: TestRound): Promise<void> {
  const environment = round.environment ?? "live";
  const currency = round.currency ?? "EUR";
  const gameId = round.gameId ?? "fruit-fiesta";
  const playerId = round.playerId ?? "p-1";
  const sessionId = `ses_${round.roundId}`;
  const at = round.closedAtMs;
  await db
    .insertInto("operators")
    .values({
      id: round.operatorId,
      company_name: `Operator ${round.operatorId}`,
      website: "https://casino.example",
      contact_name: "Test",
      contact_email: "test@casino.example",
      licence_jurisdictions: "[]",
      currencies: JSON.stringify([currency]),
      expected_volume_minor: 1_000_00,
      expected_volume_currency: currency,
      expected_volume_range: null,
      platform_description: "test",
      status: "live",
      status_before_suspension: null,
      status_reason: null,
      created_at_ms: 0,
      updated_at_ms: 0,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  await db
    .insertInto("game_sessions")
    .values({
      id: sessionId,
      operator_id: round.operatorId,
      environment,
      player_id: playerId,
      currency,
      game_id: gameId,
      studio_id: round.providerId ?? "croupier-studio",
      language: "en",
      return_url: "https://casino.example/",
      cashier_url: "https://casino.example/cashier",
      demo: 0,
      demo_balance_minor: null,
      last_balance_minor: null,
      status: "ended",
      launch_token_hash: `h_${round.roundId}`,
      launch_expires_at_ms: at,
      launched_at_ms: at - 1000,
      studio_token_hash: null,
      round_id_form: "studio_ref",
      created_at_ms: at - 2000,
      last_activity_at_ms: at,
      ended_at_ms: at,
      end_reason: "operator",
    })
    .execute();
  await db
    .insertInto("rounds")
    .values({
      round_id: round.roundId,
      operator_id: round.operatorId,
      environment,
      session_id: sessionId,
      player_id: playerId,
      currency,
      game_id: gameId,
      status: "closed",
      request_hash: "x",
      opened_at_ms: at - 1000,
      closed_at_ms: at,
      close_reason: "game",
    })
    .execute();
  let n = 0;
  for (const call of round.calls) {
    n += 1;
    const callId = call.callId ?? `${round.roundId}_c${n}`;
    const rb = call.rb ?? 0;
    await db
      .insertInto("wallet_calls")
      .values({
        call_id: callId,
        operator_id: round.operatorId,
        environment,
        action: call.action,
        session_id: sessionId,
        player_id: playerId,
        currency,
        game_id: gameId,
        round_id: round.roundId,
        amount_minor: call.amountMinor,
        rb,
        rb_call_id: rb === 1 ? `${round.roundId}_c1` : null,
        round_closed: n === round.calls.length ? 1 : 0,
        ref: `ref${n}`,
        request_hash: "x",
        state: call.state ?? "ok",
        attempts: 1,
        next_attempt_at_ms: at,
        retry_until_at_ms: at,
        lease_owner: null,
        lease_until_at_ms: null,
        balance_minor: 0,
        error_code: null,
        outcome_reason: null,
        tx_id: null,
        resolved_by: null,
        resolution_note: null,
        created_at_ms: at - 500 + n,
        updated_at_ms: at,
        final_at_ms: at,
      })
      .execute();
  }
}
