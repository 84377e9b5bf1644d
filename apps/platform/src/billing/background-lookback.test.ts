import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { Registry } from "prom-client";
import { seedBuiltInCatalogue } from "../catalogue/seed.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { createSecretBox } from "../secrets/secret-box.ts";
import { startBillingWorkers } from "./background.ts";
import { insertClosedRound } from "./test/closed-rounds.ts";

const NOW = Date.parse("2026-03-01T12:00:00.000Z");

for (const kind of testDialects) {
  describe(`the billing worker's lookback for late commits (${kind})`, () => {
    let db: TestDb;
    let n = 0;
    let nowMs = NOW;
    before(async () => {
      db = await openTestDb(kind);
      await seedBuiltInCatalogue(
        { db: db.db, dialect: db.dialect, clock: () => 0, ids: (p: string) => `${p}_${(n += 1)}` },
        [],
      );
    });
    after(async () => db?.dispose());

    const projected = async (roundId: string) =>
      (await db.db.selectFrom("billing_rounds").select("round_id").where("round_id", "=", roundId).execute())
        .length === 1;
    const eventually = async (roundId: string) => {
      for (const until = Date.now() + 10_000; Date.now() < until;)
        if (await projected(roundId)) return;
        else await new Promise((resolve) => setTimeout(resolve, 10));
      assert.fail(`${roundId} was never projected`);
    };

    test("a round committed 20 s after its close stamp is left to the next whole lookback, and taken by it", async () => {
      const workers = startBillingWorkers(
        {
          db: db.db,
          dialect: db.dialect,
          clock: () => nowMs,
          ids: (p: string) => `${p}_${(n += 1)}`,
          logger: pino({ level: "silent" }),
          secretBox: createSecretBox(randomBytes(32)),
        },
        { registry: new Registry(), intervalMs: 5, recentLookbackMs: 5_000, fullLookbackEveryMs: 30_000 },
      );
      try {
        const round = (roundId: string, closedAtMs: number) =>
          insertClosedRound(db.db, {
            roundId,
            operatorId: "op_lookback",
            environment: "sandbox",
            closedAtMs,
            calls: [{ action: "debit", amountMinor: 100 }],
          });
        await round("r_on_time", NOW - 3_000);
        await eventually("r_on_time");

        // Committed now, stamped 20 s ago: behind the watermark (NOW - 3 s) by more than the
        // ordinary runs' 5 s, within the whole lookback's 60 s.
        await round("r_late", NOW - 20_000);
        nowMs = NOW + 1_000;
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(await projected("r_late"), false, "an ordinary run looked back further than 5 s");

        nowMs = NOW + 31_000;
        await eventually("r_late");
      } finally {
        await workers.stop();
      }
    });
  });
}
