import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { decodeCursor, encodeCursor, keysetPage } from "./cursor.ts";

describe("cursor encoding", () => {
  test("round-trips (sort key, id) and refuses anything else", () => {
    const cursor = encodeCursor({ sortKey: 1_767_225_600_000, id: "aud_x" });
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(cursor, "number"), { sortKey: 1_767_225_600_000, id: "aud_x" });
    assert.equal(decodeCursor(cursor, "string"), undefined, "a number cursor is not a text cursor");
    for (const bad of [
      "",
      "!!!",
      "bm90IGpzb24",
      Buffer.from("[1]").toString("base64url"),
      Buffer.from('[1.5,"a"]').toString("base64url"),
    ]) {
      assert.equal(decodeCursor(bad, "number"), undefined, bad);
    }
  });

  test("a scoped cursor is read back only under the same scope (the game list's sort and order)", () => {
    const cursor = encodeCursor({ sortKey: "m", id: "g_1" }, [1, "name", "asc"]);
    // The bytes the game list has always sent: existing cursors stay valid.
    assert.equal(Buffer.from(cursor, "base64url").toString("utf8"), '[1,"name","asc","m","g_1"]');
    assert.deepEqual(decodeCursor(cursor, "string", [1, "name", "asc"]), { sortKey: "m", id: "g_1" });
    assert.equal(decodeCursor(cursor, "string", [1, "name", "desc"]), undefined);
    assert.equal(decodeCursor(cursor, "string"), undefined, "an unscoped list refuses it");
    const plain = encodeCursor({ sortKey: "m", id: "g_1" });
    assert.equal(decodeCursor(plain, "string", [1, "name", "asc"]), undefined);
  });
});

for (const kind of testDialects) {
  describe(`keyset pagination (${kind})`, () => {
    let db: TestDb;
    before(async () => {
      db = await openTestDb(kind);
      // Ties on the sort key on purpose: the id breaks them.
      const rows = Array.from({ length: 23 }, (_, i) => ({
        id: `aud_${String(i).padStart(3, "0")}`,
        at_ms: 1_000 + Math.floor(i / 4),
        actor_kind: "system" as const,
        actor_id: "t",
        action: "test",
        target_kind: "t",
        target_id: "t",
        details: "{}",
      }));
      await db.db.insertInto("audit_log").values(rows).execute();
    });
    after(async () => db?.dispose());

    for (const direction of ["asc", "desc"] as const) {
      test(`walks every row exactly once, in order (${direction})`, async () => {
        const seen: string[] = [];
        let after = undefined as ReturnType<typeof decodeCursor>;
        for (let pages = 0; pages < 20; pages++) {
          const page = await keysetPage(db.db.selectFrom("audit_log").selectAll(), {
            sortColumn: "at_ms",
            idColumn: "id",
            direction,
            limit: 5,
            after,
            positionOf: (row) => ({ sortKey: row.at_ms, id: row.id }),
          });
          assert.ok(page.items.length <= 5);
          seen.push(...page.items.map((row) => row.id));
          if (page.nextCursor === null) break;
          after = decodeCursor(page.nextCursor, "number");
        }
        const expected = Array.from({ length: 23 }, (_, i) => `aud_${String(i).padStart(3, "0")}`);
        assert.deepEqual(seen, direction === "asc" ? expected : expected.reverse());
      });
    }

    test("limits are clamped to 1–200 and the last page has no cursor", async () => {
      const all = await keysetPage(db.db.selectFrom("audit_log").selectAll(), {
        sortColumn: "at_ms",
        idColumn: "id",
        direction: "asc",
        limit: 10_000,
        positionOf: (row) => ({ sortKey: row.at_ms, id: row.id }),
      });
      assert.equal(all.items.length, 23);
      assert.equal(all.nextCursor, null);
      const one = await keysetPage(db.db.selectFrom("audit_log").selectAll(), {
        sortColumn: "at_ms",
        idColumn: "id",
        direction: "asc",
        limit: 0,
        positionOf: (row) => ({ sortKey: row.at_ms, id: row.id }),
      });
      assert.equal(one.items.length, 1);
    });
  });
}
