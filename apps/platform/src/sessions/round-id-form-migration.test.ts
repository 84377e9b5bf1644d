// Migration 0970 on a database with sessions: those from before name their rounds by the hash
// (as they did when their rounds opened), and the column takes only the two forms.
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { insertOperator } from "../catalogue/test/fixtures.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { migrations } from "../db/migrations/index.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { testSessionRow } from "./test/session-rows.ts";

/** A session row as the schema before 0970 had it (no `round_id_form`). */
function sessionBefore(id: string) {
  const { round_id_form: _absentBefore0970, ...row } = testSessionRow("op_form", id, { studio_id: "acme" });
  return row;
}

for (const kind of testDialects) {
  describe(`sessions: migration 0970 on a database with sessions (${kind})`, () => {
    let db: TestDb | undefined;
    afterEach(async () => db?.dispose());

    test("sessions from before keep the hashed form; the column takes only hash or studio_ref", async () => {
      db = await openTestDb(kind, { migrated: false });
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < "0970"));
      await migrateToLatest(db.db, { migrations: before });
      await insertOperator(db, "op_form");
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema before 0970
      await (db.db as any).insertInto("game_sessions").values(sessionBefore("ses_before")).execute();
      await migrateToLatest(db.db);

      const forms = () =>
        db!.db.selectFrom("game_sessions").select(["id", "round_id_form"]).orderBy("id").execute();
      assert.deepEqual(await forms(), [{ id: "ses_before", round_id_form: "hash" }]);
      await db.db
        .insertInto("game_sessions")
        .values(testSessionRow("op_form", "ses_new", { studio_id: "acme" }))
        .execute();
      assert.deepEqual(await forms(), [
        { id: "ses_before", round_id_form: "hash" },
        { id: "ses_new", round_id_form: "studio_ref" },
      ]);
      await assert.rejects(
        db.db
          .updateTable("game_sessions")
          .set({ round_id_form: "readable" as "hash" })
          .where("id", "=", "ses_new")
          .execute(),
        /check|constraint/i,
      );
      assert.deepEqual(await forms(), [
        { id: "ses_before", round_id_form: "hash" },
        { id: "ses_new", round_id_form: "studio_ref" },
      ]);
    });
  });
}
