import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { createSecretBox } from "../secrets/secret-box.ts";
import { createStudioKeyCache } from "./studio-key-cache.ts";
import { issueStudioKey, revokeStudioKey } from "./studio-keys.ts";
import { createStudio } from "./studios.ts";

const actor = { kind: "admin", id: "adm_test" } as const;

for (const kind of testDialects) {
  describe(`gateway key cache (${kind})`, () => {
    let db: TestDb;
    let nowMs = 1_000_000;
    const deps = () => ({
      db: db.db,
      clock: () => nowMs,
      ids: (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2, 14)}`,
      secretBox: createSecretBox(Buffer.alloc(32, 7)),
    });
    before(async () => {
      db = await openTestDb(kind);
    });
    after(async () => db.dispose());

    test("a key is read once per TTL; a revocation in this process applies at once", async () => {
      const studio = await createStudio(deps(), {
        id: "cache-studio",
        name: "Cache Studio",
        launchUrlTemplate: "https://games.example/{game_id}?token={token}",
        actor,
      });
      assert.ok(studio.ok, JSON.stringify(studio));
      const issued = await issueStudioKey(deps(), { studioId: "cache-studio", label: "prod", actor });
      assert.ok(issued.ok);
      const cache = createStudioKeyCache(deps(), { ttlMs: 5_000 });
      const found = await cache.find(issued.key.id);
      assert.equal(found?.secret, issued.secret);
      assert.equal(found?.studioId, "cache-studio");

      // Revoked behind the cache's back: still served until the TTL runs out...
      await revokeStudioKey(deps(), { studioId: "cache-studio", keyId: issued.key.id, actor });
      assert.equal((await cache.find(issued.key.id))?.keyId, issued.key.id);
      nowMs += 5_000;
      assert.equal(await cache.find(issued.key.id), undefined, "re-read after the TTL");

      // ...and at once when the process that revokes says so.
      const second = await issueStudioKey(deps(), { studioId: "cache-studio", label: "next", actor });
      assert.ok(second.ok);
      assert.ok(await cache.find(second.key.id));
      await revokeStudioKey(deps(), { studioId: "cache-studio", keyId: second.key.id, actor });
      cache.studioChanged("cache-studio");
      await Promise.resolve();
      assert.equal(await cache.find(second.key.id), undefined);
    });

    test("an unknown key id is remembered as unknown for the TTL only", async () => {
      const cache = createStudioKeyCache(deps(), { ttlMs: 5_000 });
      assert.equal(await cache.find("gwk_missing"), undefined);
      assert.equal(await cache.find("gwk_missing"), undefined);
    });
  });
}
