import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { Registry } from "prom-client";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import { newCallRow } from "../outbox/call-rows.ts";
import { createOutbox, type Outbox } from "../outbox/outbox.ts";

for (const kind of testDialects) {
  describe(`write batcher (${kind})`, () => {
    let db: TestDb;
    let outbox: Outbox;
    let registry: Registry;
    before(async () => {
      db = await openTestDb(kind);
      registry = new Registry();
      outbox = createOutbox({ db, registry, logger: pino({ level: "silent" }) });
    });
    after(async () => {
      await outbox.close();
      await db.dispose();
    });

    const balanceRow = (callId: string) =>
      newCallRow(
        {
          callId,
          operatorId: "op",
          environment: "live",
          action: "balance",
          sessionId: "s",
          playerId: "p",
          currency: "EUR",
          gameId: "g",
        },
        { nowMs: 1_000, horizonMs: 1_000 },
      );
    const insert = (callId: string) =>
      outbox.batcher.submit({
        kind: "insert-call",
        row: balanceRow(callId),
        guard: "none",
        closesRound: false,
        voidIfNoDebit: false,
      });

    test("concurrent writes share commits", async () => {
      const results = await Promise.all(Array.from({ length: 100 }, (_, i) => insert(`c_group_${i}`)));
      assert.ok(results.every((result) => result.kind === "inserted"));
      const rows = await db.db.selectFrom("wallet_calls").select("call_id").execute();
      assert.equal(rows.length, 100);
      const metric = await registry.getSingleMetricAsString("croupier_outbox_batch_ops");
      const count = Number(/croupier_outbox_batch_ops_count (\d+)/.exec(metric)?.[1]);
      assert.ok(count < 10, `100 writes in ${count} commits`);
    });

    test("one failing write does not sink the others of its batch", async () => {
      const results = await Promise.allSettled([insert("c_ok_1"), insert("c_group_0"), insert("c_ok_2")]);
      assert.equal(results[0].status, "fulfilled");
      assert.equal(results[1].status, "rejected", "duplicate call_id");
      assert.equal(results[2].status, "fulfilled");
      const ids = await db.db
        .selectFrom("wallet_calls")
        .select("call_id")
        .where("call_id", "in", ["c_ok_1", "c_ok_2"])
        .execute();
      assert.equal(ids.length, 2);
    });

    test("text is stored exactly as given, whatever its characters", async () => {
      // Rows travel to PostgreSQL as array literals: quoting, NULL and separators must not leak.
      const awkward = ["NULL", 'a,"b"\\c{d}', "é😀 \n\t", "", " spaced ", "it's'; drop table x; --", "\\\\"];
      const rows = awkward.map((text, index) => ({
        ...balanceRow(`c_text_${index}`),
        player_id: text,
        session_id: `s${text}`,
      }));
      const results = await Promise.all(
        rows.map((row) =>
          outbox.batcher.submit({
            kind: "insert-call",
            row,
            guard: "none",
            closesRound: false,
            voidIfNoDebit: false,
          }),
        ),
      );
      assert.ok(results.every((result) => result.kind === "inserted"));
      const stored = await db.db
        .selectFrom("wallet_calls")
        .select(["call_id", "player_id", "session_id", "round_id", "amount_minor"])
        .where("call_id", "like", "c_text_%")
        .orderBy("call_id")
        .execute();
      assert.deepEqual(
        stored,
        rows.map((row) => ({
          call_id: row.call_id,
          player_id: row.player_id,
          session_id: row.session_id,
          round_id: null,
          amount_minor: null,
        })),
      );
    });

    test("a write never joins another transaction open meanwhile, and outlives its rollback", async () => {
      let written: ReturnType<typeof insert> | undefined;
      await assert.rejects(
        db.db.transaction().execute(async (trx) => {
          await trx.insertInto("wallet_calls").values(balanceRow("c_in_other_trx")).execute();
          written = insert("c_beside_other_trx");
          // The batch's turn (setImmediate) comes while this transaction is still open.
          await new Promise((resolve) => setTimeout(resolve, 20));
          throw new Error("rolled back");
        }),
        /rolled back/,
      );
      assert.equal((await written)?.kind, "inserted");
      const ids = await db.db
        .selectFrom("wallet_calls")
        .select("call_id")
        .where("call_id", "in", ["c_in_other_trx", "c_beside_other_trx"])
        .execute();
      assert.deepEqual(
        ids.map((row) => row.call_id),
        ["c_beside_other_trx"],
      );
    });

    test("a closed outbox refuses new writes", async () => {
      const other = createOutbox({ db, logger: pino({ level: "silent" }) });
      await other.close();
      await assert.rejects(
        other.batcher.submit({
          kind: "insert-call",
          row: balanceRow("c_late"),
          guard: "none",
          closesRound: false,
          voidIfNoDebit: false,
        }),
        /closed/,
      );
    });
  });
}
