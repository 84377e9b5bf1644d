import assert from "node:assert/strict";
import { test } from "node:test";
import SqliteDatabase from "better-sqlite3";
import { immediateTransaction } from "./sqlite-immediate.ts";

// A SQLite-only helper (the PostgreSQL paths batch through `pg`): tested on a real SQLite file
// in memory, as the round engine's and the reconciliation's own tests run it on both databases.
function database() {
  const sqlite = new SqliteDatabase(":memory:");
  sqlite.exec("create table t (v integer not null)");
  const count = () => (sqlite.prepare("select count(*) as n from t").get() as { n: number }).n;
  return { sqlite, count };
}

test("runs the work as one transaction: all of it commits, or none of it when it throws", () => {
  const { sqlite, count } = database();
  const insert = sqlite.prepare("insert into t (v) values (?)");
  const write = immediateTransaction(sqlite, (values: number[], fail: boolean) => {
    for (const v of values) insert.run(v);
    if (fail) throw new Error("refused");
    return values.length;
  });
  assert.equal(write([1, 2, 3], false), 3);
  assert.throws(() => write([4, 5], true), /refused/);
  assert.equal(count(), 3);
  assert.equal(sqlite.inTransaction, false);
});

test("refuses to run inside a transaction already open on the connection, which it would join", () => {
  const { sqlite, count } = database();
  const write = immediateTransaction(sqlite, () => sqlite.prepare("insert into t (v) values (1)").run());
  sqlite.exec("begin");
  assert.throws(() => write(), /already in a transaction/);
  sqlite.exec("rollback");
  write();
  assert.equal(count(), 1);
});
