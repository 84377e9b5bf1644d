import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import { sql } from "kysely";
import { runSelfCheck } from "../billing/self-check.ts";
import { movementsOf } from "../builtin-studio/replay.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { matchLines } from "../reconciliation/match.ts";
import { getRoundDetail, getTransactionDetail } from "../history/details.ts";
import { listRounds } from "../history/list-rounds.ts";
import { listTransactions } from "../history/list-transactions.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { migrations } from "../db/migrations/index.ts";
import { archiveBalanceCalls, archiveSettledRounds } from "./archive-rounds.ts";
import {
  AGE_MS,
  clock,
  counts,
  DAY_MS,
  insertBalanceCall,
  insertRound,
  NOW_MS,
  OLD_MS,
  scope,
} from "./test/archive-fixture.ts";

for (const kind of testDialects) {
  describe(`retention: archiving settled rounds (${kind})`, () => {
    let db: TestDb;
    beforeEach(async () => {
      db = await openTestDb(kind);
    });
    afterEach(async () => db.dispose());

    test("moves a settled, projected round past the age with its calls, attempts and gateway transactions", async () => {
      await insertRound(db.db, { id: "rnd_old" });
      const report = await archiveSettledRounds(
        { db: db.db, dialect: db.dialect, clock },
        { archiveAfterMs: AGE_MS },
      );
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
      await archiveSettledRounds({ db: db.db, dialect: db.dialect, clock }, { archiveAfterMs: AGE_MS });
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

    test("the billing self-check re-derives an archived round's money from its archived calls", async () => {
      await insertRound(db.db, { id: "rnd_old" });
      await archiveSettledRounds({ db: db.db, dialect: db.dialect, clock }, { archiveAfterMs: AGE_MS });
      const report = await runSelfCheck({ db: db.db }, { fromMs: OLD_MS - DAY_MS, toMs: OLD_MS + DAY_MS });
      assert.equal(report.roundsChecked, 1);
      assert.deepEqual(report.checks.round_money, { checked: 1, differences: 0 });
    });

    test("reconciliation compares the archived calls of its period", async () => {
      await insertRound(db.db, { id: "rnd_old" });
      await archiveSettledRounds({ db: db.db, dialect: db.dialect, clock }, { archiveAfterMs: AGE_MS });
      // The operator's ledger has no line: both of our archived calls are missing on its side.
      const counts = await matchLines(
        db.db,
        db.dialect,
        { reconciliationId: "rec_1", ...scope, fromMs: OLD_MS - DAY_MS, toMs: OLD_MS + DAY_MS },
        async () => {},
      );
      assert.equal(counts.callsCompared, 2);
      assert.equal(counts.byKind.missing_on_operator_side, 2);

      // A line for an archived call of another period is compared with it; one for no call is not.
      const line = { reconciliation_id: "rec_2", action: "debit" as const, currency: "EUR", rb: 0 as const };
      await db.db
        .insertInto("reconciliation_lines")
        .values([
          { ...line, call_id: "c_rnd_old_0", line_no: 2, amount_minor: 150, status: "ok", time_text: "0" },
          { ...line, call_id: "c_nowhere", line_no: 3, amount_minor: 100, status: "ok", time_text: "0" },
        ])
        .execute();
      const leftOver = await matchLines(
        db.db,
        db.dialect,
        { reconciliationId: "rec_2", ...scope, fromMs: NOW_MS, toMs: NOW_MS + DAY_MS },
        async () => {},
      );
      assert.equal(leftOver.callsCompared, 2);
      assert.equal(leftOver.byKind.amount_mismatch, 1);
      assert.equal(leftOver.byKind.missing_on_our_side, 1);
    });

    test("leaves open, recent, unprojected rounds and rounds with a call not final", async () => {
      await insertRound(db.db, { id: "rnd_open", status: "open" });
      await insertRound(db.db, { id: "rnd_recent", closedAtMs: NOW_MS - DAY_MS });
      await insertRound(db.db, { id: "rnd_unprojected", projected: false });
      await insertRound(db.db, { id: "rnd_pending", creditState: "pending" });
      await insertRound(db.db, { id: "rnd_manual", creditState: "manual" });
      await insertRound(db.db, { id: "rnd_old" });
      const report = await archiveSettledRounds(
        { db: db.db, dialect: db.dialect, clock },
        { archiveAfterMs: AGE_MS },
      );
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
        { db: db.db, dialect: db.dialect, clock },
        { archiveAfterMs: AGE_MS, batchRounds: 3 },
      );
      const second = await archiveSettledRounds(
        { db: db.db, dialect: db.dialect, clock },
        { archiveAfterMs: AGE_MS, batchRounds: 3 },
      );
      const third = await archiveSettledRounds(
        { db: db.db, dialect: db.dialect, clock },
        { archiveAfterMs: AGE_MS, batchRounds: 3 },
      );
      assert.deepEqual([first.rounds, second.rounds, third.rounds], [3, 2, 0]);
      const all = await counts(db.db);
      assert.equal(all.rounds_archive, 5);
      assert.equal(all.wallet_calls_archive, 10);
      const viewed = await db.db.selectFrom("wallet_calls_all").select("call_id").execute();
      assert.equal(viewed.length, 10);
    });

    test("two archivers at once move different rounds, neither fails", async () => {
      for (let i = 0; i < 10; i++) await insertRound(db.db, { id: `rnd_${i}`, closedAtMs: OLD_MS + i });
      const deps = { db: db.db, dialect: db.dialect, clock };
      const both = await Promise.all([
        archiveSettledRounds(deps, { archiveAfterMs: AGE_MS, batchRounds: 3 }),
        archiveSettledRounds(deps, { archiveAfterMs: AGE_MS, batchRounds: 3 }),
      ]);
      assert.deepEqual(
        both.map((r) => r.rounds),
        [3, 3],
      );
      assert.equal((await counts(db.db)).rounds_archive, 6);
    });

    test("final balance calls past the age move with their attempts; a pending one stays", async () => {
      await insertBalanceCall(db.db, "c_bal_old", OLD_MS, "ok");
      await insertBalanceCall(db.db, "c_bal_pending", OLD_MS, "pending");
      await insertBalanceCall(db.db, "c_bal_new", NOW_MS - DAY_MS, "ok");
      assert.equal(
        await archiveBalanceCalls({ db: db.db, dialect: db.dialect, clock }, { archiveAfterMs: AGE_MS }),
        1,
      );
      assert.equal(
        await archiveBalanceCalls({ db: db.db, dialect: db.dialect, clock }, { archiveAfterMs: AGE_MS }),
        0,
      );
      const hot = await db.db.selectFrom("wallet_calls").select("call_id").orderBy("call_id").execute();
      assert.deepEqual(
        hot.map((c) => c.call_id),
        ["c_bal_new", "c_bal_pending"],
      );
      const call = await getTransactionDetail({ db: db.db }, scope, "c_bal_old");
      assert.equal(call?.attempt_log.length, 1);
    });

    test("a round whose id is already archived stays hot, and nothing is lost", async () => {
      await insertRound(db.db, { id: "rnd_reused" });
      await archiveSettledRounds({ db: db.db, dialect: db.dialect, clock }, { archiveAfterMs: AGE_MS });
      // The same id again (a studio reused its round id): a new round of the engine.
      await db.db.deleteFrom("billing_rounds").execute();
      await sql`DELETE FROM gateway_transactions_archive`.execute(db.db);
      await sql`DELETE FROM wallet_call_attempts_archive`.execute(db.db);
      await sql`DELETE FROM wallet_calls_archive`.execute(db.db);
      await insertRound(db.db, { id: "rnd_reused" });
      const report = await archiveSettledRounds(
        { db: db.db, dialect: db.dialect, clock },
        { archiveAfterMs: AGE_MS },
      );
      assert.equal(report.rounds, 0);
      const all = await counts(db.db);
      assert.deepEqual([all.rounds, all.rounds_archive, all.wallet_calls], [1, 1, 2]);
    });

    test("a batch that fails midway moves nothing, and the next run moves it whole", async () => {
      await insertRound(db.db, { id: "rnd_old" });
      const before = await counts(db.db);
      // The gateway transactions' archive goes missing: the batch fails after the attempts and
      // calls were copied and deleted inside its transaction.
      await sql`ALTER TABLE gateway_transactions_archive RENAME TO gateway_transactions_archive_away`.execute(
        db.db,
      );
      await assert.rejects(
        archiveSettledRounds({ db: db.db, dialect: db.dialect, clock }, { archiveAfterMs: AGE_MS }),
      );
      await sql`ALTER TABLE gateway_transactions_archive_away RENAME TO gateway_transactions_archive`.execute(
        db.db,
      );
      assert.deepEqual(await counts(db.db), before);
      const report = await archiveSettledRounds(
        { db: db.db, dialect: db.dialect, clock },
        { archiveAfterMs: AGE_MS },
      );
      assert.equal(report.rounds, 1);
      const detail = await getRoundDetail({ db: db.db }, scope, "rnd_old");
      assert.equal(detail?.transactions.length, 2);
    });
  });
}

for (const kind of testDialects) {
  describe(`retention: migration 0950 on a database with rounds (${kind})`, () => {
    let db: TestDb | undefined;
    afterEach(async () => db?.dispose());

    test("adds the empty archive and the views, which show the rounds already there", async () => {
      db = await openTestDb(kind, { migrated: false });
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < "0950"));
      await migrateToLatest(db.db, { migrations: before });
      await insertRound(db.db, { id: "rnd_before" });
      await migrateToLatest(db.db);
      const all = await counts(db.db);
      assert.equal(all.rounds, 1);
      assert.equal(all.rounds_archive, 0);
      const viewed = await db.db
        .selectFrom("wallet_calls_all")
        .select("call_id")
        .orderBy("call_id")
        .execute();
      assert.deepEqual(
        viewed.map((c) => c.call_id),
        ["c_rnd_before_0", "c_rnd_before_1"],
      );
      assert.equal(
        (await archiveSettledRounds({ db: db.db, dialect: db.dialect, clock }, { archiveAfterMs: AGE_MS }))
          .rounds,
        1,
      );
    });
  });
}
