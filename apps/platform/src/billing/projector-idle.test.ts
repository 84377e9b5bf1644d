import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from "kysely";
import pino from "pino";
import { seedBuiltInCatalogue } from "../catalogue/seed.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { setExchangeRate, setFeeRate } from "./rates.ts";
import { projectClosedRounds } from "./round-projector.ts";
import { dailySelfCheckOncePerDay } from "./self-check-runs.ts";
import { insertClosedRound } from "./test/closed-rounds.ts";

/**
 * Counts the statements Kysely sends through the handle it is plugged into: one result per
 * statement executed (a subquery built from the handle is transformed, but never executed alone).
 */
class StatementCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs) {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    this.count += 1;
    return args.result;
  }
}

const NOW = Date.parse("2026-03-01T12:00:00.000Z");
const DAY_MS = 86_400_000;
const admin = { kind: "admin" as const, id: "adm" };

for (const kind of testDialects) {
  describe(`billing background work when idle (${kind})`, () => {
    let db: TestDb;
    let n = 0;
    let nowMs = NOW;
    const counter = new StatementCounter();
    const deps = () => ({
      db: db.db.withPlugin(counter),
      dialect: db.dialect,
      clock: () => nowMs,
      ids: (p: string) => `${p}_${(n += 1)}`,
      logger: pino({ level: "silent" }),
    });
    /** Runs one projector batch and says how many statements it sent. */
    const project = async () => {
      counter.count = 0;
      const report = await projectClosedRounds(deps(), { lagMs: 0 });
      return { report, statements: counter.count };
    };
    before(async () => {
      db = await openTestDb(kind);
      await seedBuiltInCatalogue({ ...deps(), clock: () => 0 }, []);
      // A provider with no fee rate yet: its live rounds wait for one.
      await db.db
        .insertInto("catalogue_providers")
        .values({ id: "acme-games", name: "Acme", status: "active", created_at_ms: 0, updated_at_ms: 0 })
        .execute();
    });
    after(async () => db?.dispose());

    test("a run with nothing new is one read, and what closes after it is taken by the next run", async () => {
      await insertClosedRound(db.db, {
        roundId: "r_first",
        operatorId: "op_idle",
        environment: "sandbox",
        closedAtMs: NOW - 5_000,
        calls: [{ action: "debit", amountMinor: 100 }],
      });
      const first = await project();
      assert.equal(first.report.rounds, 1);
      // The batch: state row, candidates, rounds awaiting a rate, money, rates, inserts, reports…
      assert.ok(first.statements > 5, `a batch sent ${first.statements} statements`);

      const idle = await project();
      assert.deepEqual(idle.report, { rounds: 0, charged: 0, awaitingRate: 0, watermarkMs: NOW - 5_000 });
      assert.equal(idle.statements, 1);

      await insertClosedRound(db.db, {
        roundId: "r_second",
        operatorId: "op_idle",
        environment: "sandbox",
        closedAtMs: NOW - 1_000,
        calls: [{ action: "debit", amountMinor: 200 }],
      });
      const next = await project();
      assert.equal(next.report.rounds, 1);
      assert.equal(next.report.watermarkMs, NOW - 1_000);
      const taken = await db.db.selectFrom("billing_rounds").select("round_id").orderBy("round_id").execute();
      assert.deepEqual(
        taken.map((r) => r.round_id),
        ["r_first", "r_second"],
      );
    });

    test("a round awaiting an exchange rate keeps the runs going until the rate comes and charges it", async () => {
      assert.ok(
        (
          await setFeeRate(deps(), {
            providerId: "acme-games",
            effectiveFrom: "2026-01-01",
            sharePpm: 100_000,
            actor: admin,
          })
        ).ok,
      );
      await insertClosedRound(db.db, {
        roundId: "r_live",
        operatorId: "op_idle",
        environment: "live",
        currency: "GBP",
        providerId: "acme-games",
        closedAtMs: NOW - 500,
        calls: [
          { action: "debit", amountMinor: 1_000 },
          { action: "credit", amountMinor: 0 },
        ],
      });
      assert.equal((await project()).report.awaitingRate, 1);
      // No exchange rate yet: not idle, each run looks at the waiting round again.
      const waiting = await project();
      assert.equal(waiting.report.charged, 0);
      assert.ok(waiting.statements > 1, `a run with a round awaiting its rate sent ${waiting.statements}`);

      assert.ok(
        (
          await setExchangeRate(deps(), {
            fromCurrency: "GBP",
            toCurrency: "EUR",
            effectiveFrom: "2026-01-01",
            rateE8: 200_000_000,
            actor: admin,
          })
        ).ok,
      );
      assert.equal((await project()).report.charged, 1);
      const row = await db.db
        .selectFrom("billing_rounds")
        .select(["fee_status", "fee_minor"])
        .where("round_id", "=", "r_live")
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { fee_status: "charged", fee_minor: 200 });
      assert.equal((await project()).statements, 1);
    });

    test("the daily self-check is looked for once a day, not on every tick", async () => {
      const runIfDue = dailySelfCheckOncePerDay(deps());
      const daily = () =>
        db.db.selectFrom("billing_self_checks").select("from_ms").where("trigger", "=", "daily").execute();
      const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
      assert.equal(await runIfDue(), true);
      assert.deepEqual(await daily(), [{ from_ms: today - DAY_MS }]);

      counter.count = 0;
      assert.equal(await runIfDue(), false);
      assert.equal(counter.count, 0);

      // Tomorrow it looks again, and runs yesterday's.
      nowMs += DAY_MS;
      assert.equal(await runIfDue(), true);
      assert.deepEqual(
        (await daily()).map((r) => r.from_ms).sort((a, b) => a - b),
        [today - DAY_MS, today],
      );
      // A day another process already checked is found, not run again.
      nowMs += DAY_MS;
      await db.db
        .insertInto("billing_self_checks")
        .values({
          id: "chk_other",
          trigger: "daily",
          from_ms: today + DAY_MS,
          to_ms: today + 2 * DAY_MS,
          started_at_ms: nowMs,
          finished_at_ms: nowMs,
          rounds_checked: 0,
          differences: 0,
          report: "{}",
        })
        .execute();
      assert.equal(await runIfDue(), false);
      assert.equal((await daily()).length, 3);
    });
  });
}
