import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { seedBuiltInCatalogue } from "../catalogue/seed.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import type { ServiceDeps } from "../deps.ts";
import { lockAccount, postEntry } from "./credit-ledger.ts";
import { setExchangeRate, setFeeRate } from "./rates.ts";
import { projectAll } from "./round-projector.ts";
import { insertClosedRound } from "./test/closed-rounds.ts";

const day = (d: string, hour = 12) => Date.parse(`${d}T${String(hour).padStart(2, "0")}:00:00.000Z`);
const deps0 = (db: TestDb) => ({
  db: db.db,
  dialect: db.dialect,
  ids: (p: string) => `${p}_${Math.random()}`,
});
const admin = { kind: "admin" as const, id: "adm_test" };

for (const kind of testDialects) {
  describe(`fees on GGR (${kind})`, () => {
    let db: TestDb;
    let deps: Pick<ServiceDeps, "db" | "dialect" | "clock" | "ids" | "logger">;
    let counter = 0;
    before(async () => {
      db = await openTestDb(kind);
      await seedBuiltInCatalogue({ ...deps0(db), clock: () => 0 }, []);
      await db.db
        .insertInto("catalogue_providers")
        .values({ id: "acme-games", name: "Acme", status: "active", created_at_ms: 0, updated_at_ms: 0 })
        .execute();
      deps = {
        db: db.db,
        dialect: db.dialect,
        clock: () => day("2026-03-01"),
        ids: (prefix) => `${prefix}_${(counter += 1)}`,
        logger: pino({ level: "silent" }),
      };
      assert.ok(
        (
          await setFeeRate(deps, {
            providerId: "croupier-studio",
            effectiveFrom: "2026-01-01",
            sharePpm: 100_000,
            actor: admin,
          })
        ).ok,
      );
      assert.ok(
        (
          await setFeeRate(deps, {
            providerId: "croupier-studio",
            effectiveFrom: "2026-01-15",
            sharePpm: 200_000,
            actor: admin,
          })
        ).ok,
      );
      assert.ok(
        (
          await setFeeRate(deps, {
            providerId: "acme-games",
            effectiveFrom: "2026-01-01",
            sharePpm: 50_000,
            actor: admin,
          })
        ).ok,
      );
      assert.ok(
        (
          await setExchangeRate(deps, {
            fromCurrency: "GBP",
            toCurrency: "EUR",
            effectiveFrom: "2026-01-01",
            rateE8: 115_000_000,
            actor: admin,
          })
        ).ok,
      );
      const again = await setFeeRate(deps, {
        providerId: "acme-games",
        effectiveFrom: "2026-01-01",
        sharePpm: 1,
        actor: admin,
      });
      assert.equal(again.ok ? "" : again.code, "RATE_EXISTS");
    });
    after(async () => db?.dispose());

    const topUp = (operatorId: string, amountMinor: number) =>
      db.db.transaction().execute(async (trx) => {
        await lockAccount(deps, trx, operatorId);
        await postEntry(deps, trx, { operatorId, kind: "top_up", amountMinor, actor: admin });
      });
    const balance = async (operatorId: string) =>
      (
        await db.db
          .selectFrom("billing_accounts")
          .select("balance_minor")
          .where("operator_id", "=", operatorId)
          .executeTakeFirstOrThrow()
      ).balance_minor;
    const feeEntries = (operatorId: string) =>
      db.db
        .selectFrom("billing_entries")
        .selectAll()
        .where("operator_id", "=", operatorId)
        .where("kind", "=", "fee")
        .orderBy("seq")
        .execute();

    test("fees follow the rate in force when each round closed, converted into the billing currency", async () => {
      await topUp("op_a", 1_000_00);
      await insertClosedRound(db.db, {
        roundId: "r_a1",
        operatorId: "op_a",
        closedAtMs: day("2026-01-10"),
        calls: [
          { action: "debit", amountMinor: 1000 },
          { action: "credit", amountMinor: 0 },
        ],
      });
      // After the rate change (20 %), in GBP at 1.15: 800 × 0.2 × 1.15 = 184.
      await insertClosedRound(db.db, {
        roundId: "r_a2",
        operatorId: "op_a",
        currency: "GBP",
        closedAtMs: day("2026-01-20"),
        calls: [
          { action: "debit", amountMinor: 1000 },
          { action: "credit", amountMinor: 200 },
        ],
      });
      // Sandbox play is free.
      await insertClosedRound(db.db, {
        roundId: "r_a3",
        operatorId: "op_a",
        environment: "sandbox",
        closedAtMs: day("2026-01-20"),
        calls: [{ action: "debit", amountMinor: 5000 }],
      });
      assert.equal(await projectAll(deps, { lagMs: 0 }), 3);
      const fees = await feeEntries("op_a");
      assert.deepEqual(
        fees.map((f) => [f.provider_id, f.round_currency, f.ggr_minor, f.amount_minor]),
        [
          ["croupier-studio", "EUR", 1000, -100],
          ["croupier-studio", "GBP", 800, -184],
        ],
      );
      assert.equal(await balance("op_a"), 1_000_00 - 284);
      // Running again takes nothing twice.
      assert.equal(await projectAll(deps, { lagMs: 0, lookbackMs: 10 * 86_400_000 }), 0);
      assert.equal((await feeEntries("op_a")).length, 2);
      const sandbox = await db.db
        .selectFrom("billing_rounds")
        .selectAll()
        .where("round_id", "=", "r_a3")
        .executeTakeFirstOrThrow();
      assert.equal(sandbox.fee_status, "free");
      assert.equal(sandbox.ggr_minor, 5000);
    });

    test("negative GGR is carried forward, never refunded; rollbacks cancel their bets", async () => {
      await topUp("op_b", 100_00);
      const rounds = [
        {
          id: "r_b1",
          calls: [
            { action: "debit", amountMinor: 100 },
            { action: "credit", amountMinor: 500 },
          ],
        },
        { id: "r_b2", calls: [{ action: "debit", amountMinor: 300 }] },
        { id: "r_b3", calls: [{ action: "debit", amountMinor: 250 }] },
        // A debit of unknown outcome and its rollback: GGR 0, one rollback.
        {
          id: "r_b4",
          calls: [
            { action: "debit", amountMinor: 900, state: "unknown" },
            { action: "credit", amountMinor: 900, rb: 1 },
          ],
        },
        // A refused debit moved nothing.
        { id: "r_b5", calls: [{ action: "debit", amountMinor: 700, state: "refused" }] },
      ] as const;
      let i = 0;
      for (const r of rounds) {
        i += 1;
        await insertClosedRound(db.db, {
          roundId: r.id,
          operatorId: "op_b",
          providerId: "acme-games",
          closedAtMs: day("2026-02-01", i),
          calls: r.calls,
        });
      }
      await projectAll(deps, { lagMs: 0 });
      const byRound = new Map(
        (
          await db.db.selectFrom("billing_rounds").selectAll().where("operator_id", "=", "op_b").execute()
        ).map((r) => [r.round_id, r]),
      );
      assert.deepEqual(
        rounds.map((r) => [byRound.get(r.id)!.ggr_minor, byRound.get(r.id)!.chargeable_minor]),
        [
          [-400, 0],
          [300, 0],
          [250, 150],
          [0, 0],
          [0, 0],
        ],
      );
      assert.equal(byRound.get("r_b4")!.rollbacks, 1);
      const fees = await feeEntries("op_b");
      assert.equal(fees.length, 1);
      assert.equal(fees[0]!.chargeable_minor, 150);
      assert.equal(fees[0]!.amount_minor, -7); // 150 × 5 % = 7.5 → 7, the half carried
      const carry = await db.db
        .selectFrom("billing_fee_carry")
        .selectAll()
        .where("operator_id", "=", "op_b")
        .executeTakeFirstOrThrow();
      assert.deepEqual([carry.carried_ggr_minor, carry.remainder_e8], [0, 50_000_000]);
    });

    test("a round without an exchange rate waits for one, then is charged", async () => {
      await topUp("op_c", 100_00);
      await insertClosedRound(db.db, {
        roundId: "r_c1",
        operatorId: "op_c",
        currency: "USD",
        closedAtMs: day("2026-02-10"),
        calls: [{ action: "debit", amountMinor: 1000 }],
      });
      await projectAll(deps, { lagMs: 0 });
      const waiting = await db.db
        .selectFrom("billing_rounds")
        .selectAll()
        .where("round_id", "=", "r_c1")
        .executeTakeFirstOrThrow();
      assert.equal(waiting.fee_status, "awaiting_rate");
      assert.equal((await feeEntries("op_c")).length, 0);
      assert.ok(
        (
          await setExchangeRate(deps, {
            fromCurrency: "USD",
            toCurrency: "EUR",
            effectiveFrom: "2026-02-01",
            rateE8: 90_000_000,
            actor: admin,
          })
        ).ok,
      );
      await projectAll(deps, { lagMs: 0 });
      const fees = await feeEntries("op_c");
      assert.deepEqual(
        fees.map((f) => f.amount_minor),
        [-180],
      ); // 1000 × 20 % × 0.90
      assert.equal(await balance("op_c"), 100_00 - 180);
    });
  });
}
