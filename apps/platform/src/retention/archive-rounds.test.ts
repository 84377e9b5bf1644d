import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import { sql, type Kysely } from "kysely";
import { movementsOf } from "../builtin-studio/replay.ts";
import { BUILT_IN_CALLER } from "../builtin-studio/studio-deps.ts";
import type { Database } from "../db/database.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { getRoundDetail, getTransactionDetail } from "../history/details.ts";
import { listRounds } from "../history/list-rounds.ts";
import { listTransactions } from "../history/list-transactions.ts";
import type { CallState } from "../round-engine/outbox/tables.ts";
import { archiveSettledRounds } from "./archive-rounds.ts";

const DAY_MS = 86_400_000;
const NOW_MS = Date.UTC(2026, 11, 1);
const AGE_MS = 30 * DAY_MS;
const OLD_MS = NOW_MS - 40 * DAY_MS;
const scope = { operatorId: "op_1", environment: "live" } as const;
const clock = () => NOW_MS;

interface RoundSpec {
  readonly id: string;
  readonly status?: "open" | "closed" | "void";
  readonly closedAtMs?: number;
  readonly creditState?: CallState;
  readonly projected?: boolean;
}

/** A round with a debit and a credit (one attempt each), its two gateway transactions, projected. */
async function insertRound(db: Kysely<Database>, spec: RoundSpec): Promise<void> {
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
        round_closed: n,
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

const TABLES = ["rounds", "wallet_calls", "wallet_call_attempts", "gateway_transactions"] as const;

/** Row counts, hot and archived, of every table retention moves. */
async function counts(db: Kysely<Database>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES)
    for (const name of [table, `${table}_archive`]) {
      const row = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(name)}`.execute(db);
      out[name] = Number(row.rows[0]!.n);
    }
  return out;
}

for (const kind of testDialects) {
  describe(`retention: archiving settled rounds (${kind})`, () => {
    let db: TestDb;
    beforeEach(async () => {
      db = await openTestDb(kind);
    });
    afterEach(async () => db.dispose());

    test("moves a settled, projected round past the age with its calls, attempts and gateway transactions", async () => {
      await insertRound(db.db, { id: "rnd_old" });
      const report = await archiveSettledRounds({ db: db.db, clock }, { archiveAfterMs: AGE_MS });
      assert.deepEqual(report, { rounds: 1, calls: 2, attempts: 2, gatewayTransactions: 2 });
      assert.deepEqual(await counts(db.db), {
        rounds: 0,
        rounds_archive: 1,
        wallet_calls: 0,
        wallet_calls_archive: 2,
        wallet_call_attempts: 0,
        wallet_call_attempts_archive: 2,
        gateway_transactions: 0,
        gateway_transactions_archive: 2,
      });
    });

    test("history, transactions and replay still find an archived round", async () => {
      await insertRound(db.db, { id: "rnd_old" });
      await archiveSettledRounds({ db: db.db, clock }, { archiveAfterMs: AGE_MS });
      const detail = await getRoundDetail({ db: db.db }, scope, "rnd_old");
      assert.equal(detail?.round_id, "rnd_old");
      assert.deepEqual(detail.totals, { debited: 100, credited: 200, rolled_back: 0 });
      assert.deepEqual(
        detail.transactions.map((t) => [t.call_id, t.attempt_log.length]),
        [
          ["c_rnd_old_0", 1],
          ["c_rnd_old_1", 1],
        ],
      );
      const rounds = await listRounds({ db: db.db }, scope, {});
      assert.deepEqual(
        rounds.items.map((r) => r.round_id),
        ["rnd_old"],
      );
      const calls = await listTransactions({ db: db.db }, scope, { roundId: "rnd_old" });
      assert.equal(calls.items.length, 2);
      const call = await getTransactionDetail({ db: db.db }, scope, "c_rnd_old_1");
      assert.deepEqual([call?.action, call?.amount], ["credit", 200]);
      const movements = await movementsOf(
        { db: db.db },
        { session_id: "ses_rnd_old", round_ref: "sr_rnd_old" },
      );
      assert.deepEqual(
        movements.map((m) => [m.transaction_id, m.kind]),
        [
          ["tx_rnd_old_0", "bet"],
          ["tx_rnd_old_1", "win"],
        ],
      );
    });

    test("leaves open, recent, unprojected rounds and rounds with a call not final", async () => {
      await insertRound(db.db, { id: "rnd_open", status: "open" });
      await insertRound(db.db, { id: "rnd_recent", closedAtMs: NOW_MS - DAY_MS });
      await insertRound(db.db, { id: "rnd_unprojected", projected: false });
      await insertRound(db.db, { id: "rnd_pending", creditState: "pending" });
      await insertRound(db.db, { id: "rnd_manual", creditState: "manual" });
      await insertRound(db.db, { id: "rnd_old" });
      const report = await archiveSettledRounds({ db: db.db, clock }, { archiveAfterMs: AGE_MS });
      assert.equal(report.rounds, 1);
      const hot = await db.db.selectFrom("rounds").select("round_id").orderBy("round_id").execute();
      assert.deepEqual(
        hot.map((r) => r.round_id),
        ["rnd_manual", "rnd_open", "rnd_pending", "rnd_recent", "rnd_unprojected"],
      );
      const hotCalls = await db.db.selectFrom("wallet_calls").select("call_id").execute();
      assert.equal(hotCalls.length, 10);
    });

    test("a second run moves nothing more and duplicates nothing", async () => {
      for (let i = 0; i < 5; i++) await insertRound(db.db, { id: `rnd_${i}`, closedAtMs: OLD_MS + i });
      const first = await archiveSettledRounds(
        { db: db.db, clock },
        { archiveAfterMs: AGE_MS, batchRounds: 3 },
      );
      const second = await archiveSettledRounds(
        { db: db.db, clock },
        { archiveAfterMs: AGE_MS, batchRounds: 3 },
      );
      const third = await archiveSettledRounds(
        { db: db.db, clock },
        { archiveAfterMs: AGE_MS, batchRounds: 3 },
      );
      assert.deepEqual([first.rounds, second.rounds, third.rounds], [3, 2, 0]);
      const all = await counts(db.db);
      assert.equal(all.rounds_archive, 5);
      assert.equal(all.wallet_calls_archive, 10);
      const viewed = await db.db.selectFrom("wallet_calls_all").select("call_id").execute();
      assert.equal(viewed.length, 10);
    });

    test("a batch that fails midway moves nothing, and the next run moves it whole", async () => {
      await insertRound(db.db, { id: "rnd_old" });
      const before = await counts(db.db);
      // The gateway transactions' archive goes missing: the batch fails after the attempts and
      // calls were copied and deleted inside its transaction.
      await sql`ALTER TABLE gateway_transactions_archive RENAME TO gateway_transactions_archive_away`.execute(
        db.db,
      );
      await assert.rejects(archiveSettledRounds({ db: db.db, clock }, { archiveAfterMs: AGE_MS }));
      await sql`ALTER TABLE gateway_transactions_archive_away RENAME TO gateway_transactions_archive`.execute(
        db.db,
      );
      assert.deepEqual(await counts(db.db), before);
      const report = await archiveSettledRounds({ db: db.db, clock }, { archiveAfterMs: AGE_MS });
      assert.equal(report.rounds, 1);
      const detail = await getRoundDetail({ db: db.db }, scope, "rnd_old");
      assert.equal(detail?.transactions.length, 2);
    });
  });
}
