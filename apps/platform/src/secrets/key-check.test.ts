import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { checkSecretKey } from "./key-check.ts";
import { createSecretBox } from "./secret-box.ts";

for (const kind of testDialects) {
  describe(`secret key check (${kind})`, () => {
    let db: TestDb;
    before(async () => {
      db = await openTestDb(kind);
    });
    after(async () => db?.dispose());

    test("the first start records the key; the same key passes; another key is refused", async () => {
      const key = randomBytes(32);
      assert.deepEqual(await checkSecretKey({ db: db.db, secretBox: createSecretBox(key) }), {
        ok: true,
        firstUse: true,
      });
      assert.deepEqual(await checkSecretKey({ db: db.db, secretBox: createSecretBox(key) }), {
        ok: true,
        firstUse: false,
      });
      const other = await checkSecretKey({ db: db.db, secretBox: createSecretBox(randomBytes(32)) });
      assert.equal(other.ok, false);
      assert.match(other.ok ? "" : other.message, /CROUPIER_SECRET_KEY/);
    });
  });
}
