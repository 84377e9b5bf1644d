import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql, type Kysely } from "kysely";
import { batchedLookup, LOOKUP_MAX_BATCH, LOOKUP_MAX_IN_FLIGHT, rowsByPosition } from "./batched-lookup.ts";
import type { Database } from "./database.ts";
import { preparedQueryOne } from "./prepared-query.ts";
import { openTestDb, testDialects, type TestDb } from "./test-databases.ts";

type Items = {
  bl_items: { id: string; owner: string; amount_minor: number };
};
type Item = { id: string; owner: string; amount_minor: number };

const oneItem = preparedQueryOne(1, (db, id: string) =>
  db.withTables<Items>().selectFrom("bl_items").select(["id", "owner", "amount_minor"]).where("id", "=", id),
);

/** The lookup under test, with what its statements did. */
function countedLookup(options: { failMany?: boolean } = {}) {
  const seen = { one: 0, many: [] as number[], running: 0, mostRunning: 0 };
  const track = async <T>(run: () => Promise<T>): Promise<T> => {
    seen.mostRunning = Math.max(seen.mostRunning, ++seen.running);
    try {
      return await run();
    } finally {
      seen.running--;
    }
  };
  const lookup = batchedLookup(
    (db: Kysely<Database>, id: string) => {
      seen.one++;
      return track(() => oneItem(db, id));
    },
    (db, lookups: ReadonlyArray<readonly [id: string]>) => {
      seen.many.push(lookups.length);
      return track(async () => {
        if (options.failMany === true) throw new Error("the database is gone");
        const { rows } = await sql<Record<string, unknown>>`
          select q.lookup_position, i.id, i.owner, i.amount_minor
          from unnest(${lookups.map(([id]) => id)}::text[]) with ordinality as q(id, lookup_position)
          join bl_items i on i.id = q.id`.execute(db);
        return rowsByPosition<Item>(lookups.length, rows, "lookup_position");
      });
    },
  );
  return { lookup, seen };
}

const plain = (row: Item | undefined) =>
  row === undefined ? undefined : { id: row.id, owner: row.owner, amount_minor: Number(row.amount_minor) };

for (const kind of testDialects) {
  describe(`batchedLookup (${kind})`, () => {
    let db: TestDb;
    before(async () => {
      db = await openTestDb(kind);
      await sql`create table bl_items (id text primary key, owner text not null, amount_minor bigint not null)`.execute(
        db.db,
      );
      for (let i = 0; i < 200; i++)
        await sql`insert into bl_items values (${`i${i}`}, ${`owner-${i % 7}`}, ${i * 100})`.execute(db.db);
    });
    after(() => db.dispose());

    test("lookups made together each get their own row, or undefined; repeated ids both get theirs", async () => {
      const { lookup, seen } = countedLookup();
      const ids = [
        ...Array.from({ length: 150 }, (_, i) => `i${(i * 37) % 200}`),
        "missing-1",
        "i5",
        "i5",
        "missing-2",
      ];
      const rows = await Promise.all(ids.map((id) => lookup(db.db, id)));
      const alone = await Promise.all(ids.map((id) => oneItem(db.db, id)));
      assert.deepEqual(rows.map(plain), alone.map(plain));
      assert.equal(rows[150], undefined);
      assert.equal(plain(rows[152])?.amount_minor, 500);
      if (kind === "postgres") {
        // Asked for in one turn of the event loop: they go together, never more than two
        // statements at a time.
        assert.equal(seen.one, 0);
        assert.ok(seen.many.length >= 3, `batches: ${seen.many.join(", ")}`);
        assert.ok(Math.max(...seen.many) <= LOOKUP_MAX_BATCH);
        assert.equal(
          seen.many.reduce((a, b) => a + b, 0),
          ids.length,
        );
        assert.equal(seen.mostRunning, LOOKUP_MAX_IN_FLIGHT);
      } else {
        // SQLite reads in process: every lookup alone.
        assert.deepEqual([seen.one, seen.many], [ids.length, []]);
      }
    });

    test("a lookup alone goes out at once, alone", async () => {
      const { lookup, seen } = countedLookup();
      assert.equal(plain(await lookup(db.db, "i3"))?.owner, "owner-3");
      assert.deepEqual([seen.one, seen.many], [1, []]);
    });

    test("in a transaction every lookup runs alone, through it", async () => {
      const { lookup, seen } = countedLookup();
      await db.db
        .transaction()
        .execute(async (trx) => {
          await sql`insert into bl_items values ('t1', 'tx', 1)`.execute(trx);
          const rows = await Promise.all(["t1", "i1", "t1"].map((id) => lookup(trx, id)));
          assert.deepEqual(
            rows.map((row) => row?.owner),
            ["tx", "owner-1", "tx"],
          );
          throw new Error("roll back");
        })
        .catch((error: Error) => assert.equal(error.message, "roll back"));
      assert.deepEqual([seen.one, seen.many], [3, []]);
      assert.equal(await lookup(db.db, "t1"), undefined);
    });

    test("a batch that fails fails each of its lookups; the next lookups run", async () => {
      const { lookup, seen } = countedLookup({ failMany: true });
      const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => lookup(db.db, `i${i}`)));
      const failed = outcomes.filter((o) => o.status === "rejected");
      if (kind === "postgres") {
        assert.equal(failed.length, 10);
        for (const o of failed)
          assert.match(String((o as PromiseRejectedResult).reason), /the database is gone/);
      } else assert.equal(failed.length, 0);
      assert.equal(plain(await lookup(db.db, "i9"))?.amount_minor, 900);
      assert.ok(seen.one >= 1);
    });
  });
}

describe("rowsByPosition", () => {
  test("one result per lookup from 1-based positions; the first row of a position wins; the column dropped", () => {
    const rows = [
      { lookup_position: "3", id: "c" },
      { lookup_position: 1, id: "a" },
      { lookup_position: 1, id: "a-again" },
    ];
    assert.deepEqual(rowsByPosition(4, rows, "lookup_position"), [
      { id: "a" },
      undefined,
      { id: "c" },
      undefined,
    ]);
  });
});
