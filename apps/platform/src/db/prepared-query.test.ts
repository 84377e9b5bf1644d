import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { preparedQuery, preparedQueryOne } from "./prepared-query.ts";
import { openTestDb, testDialects, type TestDb } from "./test-databases.ts";

type Items = {
  pq_items: { id: string; owner: string; amount_minor: number };
};

/** Items of an owner with at least a minimum amount, or the one whose id is the owner's name: `owner` is used twice. */
const itemsOf = preparedQuery(2, (db, owner: string, minMinor: number) =>
  db
    .withTables<Items>()
    .selectFrom("pq_items")
    .select(["id", "amount_minor"])
    .where((eb) =>
      eb.or([eb.and([eb("owner", "=", owner), eb("amount_minor", ">=", minMinor)]), eb("id", "=", owner)]),
    )
    .orderBy("id"),
);

const itemById = preparedQueryOne(1, (db, id: string) =>
  db.withTables<Items>().selectFrom("pq_items").select(["owner", "amount_minor"]).where("id", "=", id),
);

for (const kind of testDialects) {
  describe(`preparedQuery (${kind})`, () => {
    let db: TestDb;
    before(async () => {
      db = await openTestDb(kind);
      await sql`create table pq_items (id text primary key, owner text not null, amount_minor bigint not null)`.execute(
        db.db,
      );
      await sql`insert into pq_items values ('a1', 'ann', 100), ('a2', 'ann', 5), ('b1', 'bob', 700), ('ann', 'zed', 1)`.execute(
        db.db,
      );
    });
    after(() => db.dispose());

    test("each run binds its own parameters, a parameter used twice in both places", async () => {
      const ids = async (owner: string, min: number) =>
        (await itemsOf(db.db, owner, min)).map((row) => [row.id, Number(row.amount_minor)]);
      assert.deepEqual(await ids("ann", 0), [
        ["a1", 100],
        ["a2", 5],
        ["ann", 1],
      ]);
      assert.deepEqual(await ids("ann", 50), [
        ["a1", 100],
        ["ann", 1],
      ]);
      assert.deepEqual(await ids("bob", 50), [["b1", 700]]);
      assert.deepEqual(await ids("nobody", 0), []);
      assert.equal((await itemById(db.db, "b1"))?.owner, "bob");
      assert.equal(await itemById(db.db, "zz"), undefined);
    });

    test("in a transaction it reads through the transaction", async () => {
      await db.db
        .transaction()
        .execute(async (trx) => {
          await sql`insert into pq_items values ('c1', 'cy', 3)`.execute(trx);
          assert.equal((await itemById(trx, "c1"))?.owner, "cy");
          throw new Error("roll back");
        })
        .catch((error: Error) => assert.equal(error.message, "roll back"));
      assert.equal(await itemById(db.db, "c1"), undefined);
    });
  });
}

describe("preparedQuery on both databases at once", () => {
  test("each dialect runs its own compiled SQL", async () => {
    // One prepared query, compiled once per dialect: runs on the two interleaved each get their own SQL.
    const sqlite = await openTestDb("sqlite");
    const postgres = await openTestDb("postgres");
    try {
      for (const db of [sqlite, postgres, sqlite, postgres]) {
        await sql`create table if not exists pq_items (id text primary key, owner text not null, amount_minor bigint not null)`.execute(
          db.db,
        );
        await sql`delete from pq_items`.execute(db.db);
        await sql`insert into pq_items values ('x', 'xo', 9)`.execute(db.db);
        assert.deepEqual(
          (await itemsOf(db.db, "xo", 1)).map((row) => row.id),
          ["x"],
        );
      }
    } finally {
      await sqlite.dispose();
      await postgres.dispose();
    }
  });

  test("a builder that does not pass a parameter through as a value is refused", async () => {
    const derived = preparedQuery(1, (db, owner: string) =>
      db.withTables<Items>().selectFrom("pq_items").select("id").where("owner", "=", owner.toUpperCase()),
    );
    const sqlite = await openTestDb("sqlite");
    try {
      await assert.rejects(derived(sqlite.db, "ann"), /parameter 0 is not passed to the query as a value/);
    } finally {
      await sqlite.dispose();
    }
  });
});
