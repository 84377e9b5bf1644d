// Migration 0980: a session's activity and balance, rewritten by every bet and win, are in no
// index of game_sessions, so on PostgreSQL their update is heap-only (no index touched); the
// expiry sweeper's index is keyed by the launch deadline instead.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { insertOperator } from "../catalogue/test/fixtures.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { testSessionRow } from "./test/session-rows.ts";

/** The columns of each index of `table`, by index name. */
async function indexColumns(db: TestDb, table: string): Promise<Map<string, string[]>> {
  if (db.dialect === "postgres") {
    // A column in a partial index's predicate counts as indexed too (it, too, stops an update being HOT).
    const { rows } = await sql<{ index: string; column: string }>`
      select i.relname as index, a.attname as column
      from pg_index x
      join pg_class t on t.oid = x.indrelid
      join pg_class i on i.oid = x.indexrelid
      join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
      join pg_attribute a on a.attrelid = t.oid and a.attnum > 0
      where t.relname = ${table}
        and (a.attnum = any(x.indkey)
          or (x.indpred is not null and pg_get_expr(x.indpred, x.indrelid) ~ ('\\m' || a.attname || '\\M')))`.execute(
      db.db,
    );
    const byIndex = new Map<string, string[]>();
    for (const row of rows) byIndex.set(row.index, [...(byIndex.get(row.index) ?? []), row.column]);
    return byIndex;
  }
  const { rows: indexes } = await sql<{ name: string; sql: string | null }>`
    select name, sql from sqlite_master where type = 'index' and tbl_name = ${table}`.execute(db.db);
  const { rows: columns } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(
    db.db,
  );
  const byIndex = new Map<string, string[]>();
  for (const index of indexes) {
    const { rows } = await sql<{ name: string }>`select name from pragma_index_info(${index.name})`.execute(
      db.db,
    );
    const predicate = /\bwhere\b(.*)$/is.exec(index.sql ?? "")?.[1] ?? "";
    byIndex.set(index.name, [
      ...rows.map((row) => row.name),
      ...columns.map((column) => column.name).filter((name) => new RegExp(`\\b${name}\\b`).test(predicate)),
    ]);
  }
  return byIndex;
}

for (const kind of testDialects) {
  describe(`sessions: the activity touch is in no index (${kind})`, () => {
    let db: TestDb;
    before(async () => {
      db = await openTestDb(kind);
      await insertOperator(db, "op_touch");
      await db.db.insertInto("game_sessions").values(testSessionRow("op_touch", "ses_touch")).execute();
    });
    after(async () => db?.dispose());

    test("no index of game_sessions holds the activity time or the last balance; the live index is keyed by the launch deadline", async () => {
      const indexes = await indexColumns(db, "game_sessions");
      assert.ok(indexes.size >= 5, `found ${indexes.size} indexes`);
      for (const [name, columns] of indexes) {
        assert.ok(!columns.includes("last_activity_at_ms"), `${name} holds last_activity_at_ms`);
        assert.ok(!columns.includes("last_balance_minor"), `${name} holds last_balance_minor`);
      }
      assert.deepEqual(
        indexes.get("game_sessions_live_idx")?.filter((c) => c !== "status"),
        ["launch_expires_at_ms"],
      );
    });

    test("no index of gateway_transactions holds what a transaction's answer writes", async () => {
      const indexes = await indexColumns(db, "gateway_transactions");
      assert.ok(indexes.size >= 3, `found ${indexes.size} indexes`);
      for (const [name, columns] of indexes)
        for (const written of ["state", "result_code", "outcome", "updated_at_ms"])
          assert.ok(!columns.includes(written), `${name} holds ${written}`);
    });

    if (kind === "postgres") {
      test("a touch of the activity and balance is a heap-only update: no index entry is written", async () => {
        const hot = await db.db.transaction().execute(async (trx) => {
          await trx
            .updateTable("game_sessions")
            .set({ last_activity_at_ms: 5_000, last_balance_minor: 12_345 })
            .where("id", "=", "ses_touch")
            .execute();
          const { rows } = await sql<{ updated: number; hot: number }>`
            select pg_stat_get_xact_tuples_updated('game_sessions'::regclass) as updated,
                   pg_stat_get_xact_tuples_hot_updated('game_sessions'::regclass) as hot`.execute(trx);
          return rows[0]!;
        });
        assert.deepEqual(hot, { updated: 1, hot: 1 });
      });

      test("the tables updated soon after their inserts leave room on each page for the new version", async () => {
        const { rows } = await sql<{ table: string; options: string[] | null }>`
          select c.relname as table, c.reloptions as options from pg_class c
          join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
          where c.relname in ('game_sessions', 'gateway_transactions') order by c.relname`.execute(db.db);
        assert.deepEqual(rows, [
          { table: "game_sessions", options: ["fillfactor=80"] },
          { table: "gateway_transactions", options: ["fillfactor=70"] },
        ]);
      });
    }
  });
}
