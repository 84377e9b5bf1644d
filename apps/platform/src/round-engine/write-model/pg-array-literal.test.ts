import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import pg from "pg";
import { openTestDb, type TestDb } from "../../db/test-databases.ts";
import { arrayLiteral, arrayOf, quoteLiteral } from "./pg-array-literal.ts";

const TRICKY = [
  "",
  "plain",
  "it's",
  "''",
  "back\\slash",
  "\\",
  "both ' and \\ and \\'",
  '{"status":"OK","balance":100,"tx_id":"w\\"1"}',
  "NULL",
  "a,b{c}d",
  "line\nbreak\ttab",
  "Ünïcödé — 😀",
  "\uD800 lone surrogate",
];

describe("PostgreSQL array literals for the write batch", () => {
  test("quoteLiteral writes exactly what pg's escapeLiteral writes", () => {
    for (const text of [...TRICKY, ...TRICKY.map((t) => `{${t}}`)])
      assert.equal(quoteLiteral(text), pg.escapeLiteral(text), JSON.stringify(text));
  });

  test("refuses what it cannot write, rather than writing something else", () => {
    assert.throws(() => arrayLiteral([1.5]), RangeError);
    assert.throws(() => arrayLiteral([2 ** 53]), RangeError);
    assert.throws(() => arrayLiteral([true]), TypeError);
    assert.throws(() => arrayLiteral([{}]), TypeError);
  });

  describe("read back by PostgreSQL", () => {
    let db: TestDb;
    before(async () => {
      db = await openTestDb("postgres");
    });
    after(async () => db?.dispose());

    test("text, NULLs and the string NULL come back as written", async () => {
      // The lone surrogate is not valid UTF-8: the platform never writes one (bodies are checked).
      const values = [...TRICKY.filter((t) => !t.includes("\uD800")), null, "NULL"];
      const { rows } = await sql<{
        v: string | null;
      }>`select v from unnest(${sql.raw(arrayOf(values, "text"))}) with ordinality as u(v, n) order by n`.execute(
        db.db,
      );
      assert.deepEqual(
        rows.map((row) => row.v),
        values,
      );
    });

    test("integers up to the safe limit come back as written", async () => {
      const values = [0, -1, 42, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, null];
      const { rows } = await sql<{
        v: string | null;
      }>`select v::text from unnest(${sql.raw(arrayOf(values, "bigint"))}) with ordinality as u(v, n) order by n`.execute(
        db.db,
      );
      assert.deepEqual(
        rows.map((row) => (row.v === null ? null : Number(row.v))),
        values,
      );
    });
  });
});
