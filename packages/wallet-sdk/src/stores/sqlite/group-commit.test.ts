import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, beforeEach, describe, test } from "node:test";
import Database from "better-sqlite3";
import { createGroupCommit } from "./group-commit.ts";

/**
 * Group commit over a real SQLite file. The transaction handle here is the raw connection,
 * and COMMIT statements are counted by wrapping the real `prepare` (the database is real).
 */
describe("SQLite group commit", () => {
  const dir = mkdtempSync(join(tmpdir(), "group-commit-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let file = "";
  let db: Database.Database;
  let commits = 0;

  beforeEach(() => {
    file = join(dir, `g-${Date.now()}-${Math.random()}.db`);
    db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)");
    commits = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      const statement = prepare(sql);
      if (sql !== "COMMIT") return statement;
      const run = statement.run.bind(statement);
      statement.run = ((...args: unknown[]) => {
        commits += 1;
        return run(...(args as []));
      }) as typeof statement.run;
      return statement;
    }) as typeof db.prepare;
  });

  const insert = (k: string, v: number) => (tx: Database.Database) =>
    Promise.resolve(tx.prepare("INSERT INTO t (k, v) VALUES (?, ?)").run(k, v).changes);

  test("concurrent transactions share one COMMIT, capped by the batch size", async () => {
    const group = createGroupCommit(db, () => db, { maxBatch: 4, maxQueue: 100 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => group.transact(insert(`k${i}`, i))),
    );
    assert.deepEqual(results, Array(10).fill(1));
    assert.equal(commits, 3);
    assert.equal((db.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n, 10);
    await group.drain();
  });

  test("answers come only after COMMIT: another connection already sees the rows", async () => {
    const group = createGroupCommit(db, () => db, { maxBatch: 256, maxQueue: 100 });
    const reader = new Database(file, { readonly: true });
    try {
      const seen = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          group
            .transact(insert(`r${i}`, i))
            .then(() => reader.prepare("SELECT v FROM t WHERE k = ?").get(`r${i}`)),
        ),
      );
      assert.deepEqual(
        seen,
        [0, 1, 2, 3, 4].map((v) => ({ v })),
      );
    } finally {
      reader.close();
    }
    await group.drain();
  });

  test("a work that throws is rolled back alone and rejected; the batch still commits", async () => {
    const group = createGroupCommit(db, () => db, { maxBatch: 256, maxQueue: 100 });
    const results = await Promise.allSettled([
      group.transact(insert("a", 1)),
      group.transact(async (tx) => {
        await insert("b", 2)(tx);
        throw new Error("work failed");
      }),
      group.transact(insert("a", 9)), // duplicate key: fails inside its savepoint only
      group.transact(insert("c", 3)),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ["fulfilled", "rejected", "rejected", "fulfilled"],
    );
    assert.equal(commits, 1);
    assert.deepEqual(db.prepare("SELECT k, v FROM t ORDER BY k").all(), [
      { k: "a", v: 1 },
      { k: "c", v: 3 },
    ]);
    await group.drain();
  });

  test("a failed COMMIT rejects the whole batch and keeps nothing", async () => {
    db.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY);
      CREATE TABLE child (id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)`);
    const group = createGroupCommit(db, () => db, { maxBatch: 256, maxQueue: 100 });
    const results = await Promise.allSettled([
      group.transact(insert("x", 1)),
      // A deferred foreign key is checked at COMMIT, which therefore fails.
      group.transact(
        async (tx) => tx.prepare("INSERT INTO child (id, parent_id) VALUES (1, 42)").run().changes,
      ),
      group.transact(insert("y", 2)),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ["rejected", "rejected", "rejected"],
    );
    assert.equal(db.inTransaction, false);
    assert.equal((db.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n, 0);
    // The queue keeps working afterwards.
    assert.equal(await group.transact(insert("z", 3)), 1);
    await group.drain();
  });

  test("beyond the queue limit transact rejects instead of piling up", async () => {
    const group = createGroupCommit(db, () => db, { maxBatch: 2, maxQueue: 3 });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => group.transact(insert(`q${i}`, i))),
    );
    assert.deepEqual(
      results.map((r) => r.status),
      ["fulfilled", "fulfilled", "fulfilled", "rejected", "rejected"],
    );
    await group.drain();
  });

  test("drain waits for queued work, then transact refuses", async () => {
    const group = createGroupCommit(db, () => db, { maxBatch: 256, maxQueue: 100 });
    const pending = group.transact(insert("d", 1));
    await group.drain();
    assert.equal(await pending, 1);
    await assert.rejects(group.transact(insert("e", 2)), /closed/);
  });
});
