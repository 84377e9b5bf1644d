import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { seedBuiltInCatalogue } from "../catalogue/seed.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { lockAccount, postEntry } from "./credit-ledger.ts";
import { setFeeRate } from "./rates.ts";
import { projectAll } from "./round-projector.ts";
import { runSelfCheck } from "./self-check.ts";
import { insertClosedRound } from "./test/closed-rounds.ts";

const DAY = Date.parse("2026-02-10T00:00:00.000Z");
const NOW = Date.parse("2026-03-01T00:00:00.000Z");
const CHILD = new URL("./test/project-child.ts", import.meta.url).pathname;
const admin = { kind: "admin" as const, id: "adm" };

for (const kind of testDialects) {
  describe(`billing self-check (${kind})`, () => {
    let db: TestDb;
    let n = 0;
    const deps = () => ({
      db: db.db,
      dialect: db.dialect,
      clock: () => NOW,
      ids: (p: string) => `${p}_${(n += 1)}`,
      logger: pino({ level: "silent" }),
    });
    before(async () => {
      db = await openTestDb(kind);
      await seedBuiltInCatalogue({ ...deps(), clock: () => 0 }, []);
      assert.ok(
        (
          await setFeeRate(deps(), {
            providerId: "croupier-studio",
            effectiveFrom: "2026-01-01",
            sharePpm: 123_457,
            actor: admin,
          })
        ).ok,
      );
      await db.db.transaction().execute(async (trx) => {
        await lockAccount(deps(), trx, "op_x");
        await postEntry(deps(), trx, {
          operatorId: "op_x",
          kind: "top_up",
          amountMinor: 50_000_00,
          actor: admin,
        });
      });
      for (let i = 0; i < 120; i += 1) {
        await insertClosedRound(db.db, {
          roundId: `r_${String(i).padStart(3, "0")}`,
          operatorId: "op_x",
          playerId: `p-${i % 7}`,
          gameId: i % 2 === 0 ? "fruit-fiesta" : "keno-ten",
          closedAtMs: DAY + i * 60_000,
          calls: [
            { action: "debit", amountMinor: 100 + i },
            { action: "credit", amountMinor: i % 3 === 0 ? 250 + i : 0 },
          ],
        });
      }
    });
    after(async () => db?.dispose());

    test("a crash (kill -9) while charging fees and aggregating leaves nothing counted twice or lost", async () => {
      const child = spawn(process.execPath, [CHILD, JSON.stringify(db.location), String(NOW)], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      const exited = new Promise((resolve) => child.on("exit", resolve));
      // Killed right after its second batch committed, while the third is under way.
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on("line", (line) => {
          if (line.startsWith("batch 2 ")) {
            child.kill("SIGKILL");
            resolve();
          }
        });
        void exited.then(() => reject(new Error("the projector child exited before its second batch")));
      });
      await exited;
      const partial = await db.db
        .selectFrom("billing_rounds")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      assert.ok(Number(partial.n) >= 40 && Number(partial.n) < 120, `partly done: ${partial.n}`);
      assert.equal(
        (await runSelfCheck(db, { fromMs: DAY, toMs: DAY + 86_400_000 })).checks.round_money.differences,
        0,
      );

      // After the restart the rest is taken in, once.
      await projectAll(deps(), { lagMs: 0 });
      const rounds = await db.db.selectFrom("billing_rounds").selectAll().execute();
      assert.equal(rounds.length, 120);
      const fees = await db.db
        .selectFrom("billing_entries")
        .select("amount_minor")
        .where("kind", "=", "fee")
        .execute();
      const feeTotal = -fees.reduce((sum, f) => sum + f.amount_minor, 0);
      assert.equal(
        feeTotal,
        rounds.reduce((sum, r) => sum + (r.fee_minor ?? 0), 0),
      );
      // The exact fee of all rounds, rounded down once: the carried remainders lose nothing.
      const chargeable = rounds.reduce((sum, r) => sum + r.chargeable_minor, 0);
      assert.equal(feeTotal, Math.floor((chargeable * 123_457) / 1_000_000));
      const account = await db.db
        .selectFrom("billing_accounts")
        .selectAll()
        .where("operator_id", "=", "op_x")
        .executeTakeFirstOrThrow();
      assert.equal(account.balance_minor, 50_000_00 - feeTotal);
      const check = await runSelfCheck(db, { fromMs: DAY, toMs: DAY + 86_400_000 });
      assert.equal(check.differences, 0, JSON.stringify(check.listed));
      assert.equal(check.roundsChecked, 120);
    });

    test("every kind of difference is reported and nothing is fixed", async () => {
      const period = { fromMs: DAY, toMs: DAY + 86_400_000 };
      await db.db
        .updateTable("wallet_calls")
        .set({ amount_minor: 999 })
        .where("call_id", "=", "r_005_c1")
        .execute();
      await db.db
        .updateTable("report_aggregates")
        .set((eb) => ({ ggr_minor: eb("ggr_minor", "+", 1) }))
        .where("grain", "=", "hour")
        .where("game_id", "=", "keno-ten")
        .where("bucket_ms", "=", DAY)
        .execute();
      await db.db
        .updateTable("billing_accounts")
        .set({ balance_minor: 1 })
        .where("operator_id", "=", "op_x")
        .execute();
      const feeRound = await db.db
        .selectFrom("billing_rounds")
        .selectAll()
        .where("round_id", "=", "r_010")
        .executeTakeFirstOrThrow();
      await db.db
        .updateTable("billing_rounds")
        .set({ fee_minor: (feeRound.fee_minor ?? 0) + 1 })
        .where("round_id", "=", "r_010")
        .execute();
      // A closed round the projector passed but never took in.
      await insertClosedRound(db.db, {
        roundId: "r_late",
        operatorId: "op_x",
        closedAtMs: DAY + 5,
        calls: [],
      });
      await db.db
        .updateTable("billing_projector_state")
        .set({ watermark_ms: DAY + 86_400_000 })
        .execute();

      const check = await runSelfCheck(db, period);
      const kinds = new Map<string, string[]>();
      for (const d of check.listed) kinds.set(d.check, [...(kinds.get(d.check) ?? []), d.key]);
      assert.deepEqual(kinds.get("round_money"), ["r_005"]);
      assert.deepEqual(kinds.get("rounds_projected"), ["r_late"]);
      assert.deepEqual(kinds.get("credit_balance"), ["op_x"]);
      assert.equal(kinds.get("fees_charged")?.length, 1);
      assert.equal(kinds.get("report_totals")?.length, 1);
      assert.equal(check.differences, 5);
      // Nothing was fixed.
      assert.equal(
        (await db.db.selectFrom("billing_accounts").select("balance_minor").executeTakeFirstOrThrow())
          .balance_minor,
        1,
      );
      assert.equal(
        await db.db
          .selectFrom("billing_rounds")
          .select("round_id")
          .where("round_id", "=", "r_late")
          .executeTakeFirst(),
        undefined,
      );
    });
  });
}
