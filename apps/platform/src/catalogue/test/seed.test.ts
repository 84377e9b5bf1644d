import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import type { ServiceDeps } from "../../deps.ts";
import { listImports } from "../import/imports-log.ts";
import { BUILT_IN_PROVIDER, seedBuiltInCatalogue } from "../seed.ts";
import { testDeps } from "./fixtures.ts";

const TITLE = {
  id: "lucky-sevens",
  name: "Lucky Sevens",
  type: "slot",
  rtp: "95.11",
  volatility: "medium",
  betLimits: { EUR: { minMinor: 10, maxMinor: 10000 } },
  releaseDate: "2025-01-01",
  demoAvailable: true,
};

for (const kind of testDialects) {
  describe(`built-in catalogue seed (${kind})`, () => {
    let testDb: TestDb;
    let deps: ServiceDeps;
    before(async () => {
      testDb = await openTestDb(kind);
      deps = testDeps(testDb);
    });
    after(async () => testDb?.dispose());

    test("registers the studio provider even with no titles, then its titles; unchanged seeds write nothing", async () => {
      const empty = await seedBuiltInCatalogue(deps);
      assert.deepEqual(empty.providers.added, [BUILT_IN_PROVIDER]);
      const provider = await deps.db.selectFrom("catalogue_providers").selectAll().executeTakeFirstOrThrow();
      assert.deepEqual(
        [provider.id, provider.name, provider.status],
        ["croupier-studio", "Croupier Studio", "active"],
      );

      const added = await seedBuiltInCatalogue(deps, [TITLE]);
      assert.deepEqual(added.counts, { added: 1, changed: 0, unchanged: 0, refused: 0 });
      const again = await seedBuiltInCatalogue(deps, [TITLE]);
      assert.deepEqual(again.counts, { added: 0, changed: 0, unchanged: 1, refused: 0 });
      assert.equal(again.importId, null, "nothing changed: nothing recorded");
      assert.equal((await listImports(deps, {})).items.length, 2);
      const game = await deps.db.selectFrom("catalogue_games").selectAll().executeTakeFirstOrThrow();
      assert.deepEqual([game.id, game.provider_id, game.rtp_bp], ["lucky-sevens", "croupier-studio", 9511]);
    });

    test("a bad built-in title is a bug: it throws and names the field", async () => {
      await assert.rejects(
        seedBuiltInCatalogue(deps, [{ ...TITLE, id: "broken", rtp: "96.123" }]),
        /broken: rtp must be a percentage/,
      );
    });

    test("a built-in title whose figures contradict its engine is refused (issue 12, item 19)", async () => {
      // The audit's case: the engine pays 95.4868 % at high volatility.
      const pharaoh = { ...TITLE, id: "golden-pharaoh", name: "Golden Pharaoh" };
      await assert.rejects(
        seedBuiltInCatalogue(deps, [{ ...pharaoh, rtp: "99.00", volatility: "low" }]),
        /golden-pharaoh: rtp must be 95\.49: the engine pays exactly 95\.4868 %; volatility must be high/,
      );
      await assert.rejects(
        seedBuiltInCatalogue(deps, [{ ...TITLE, id: "not-a-title", rtp: "96.00" }]),
        /not-a-title: id is not a title of the built-in studio/,
      );
      const stored = await deps.db
        .selectFrom("catalogue_games")
        .select("id")
        .where("id", "in", ["golden-pharaoh", "not-a-title"])
        .execute();
      assert.deepEqual(stored, [], "nothing refused was stored");
      // The engine's figures are taken; an absent volatility is the engine's class.
      const { volatility: _omitted, ...withoutVolatility } = pharaoh;
      const added = await seedBuiltInCatalogue(deps, [{ ...withoutVolatility, rtp: "95.49" }]);
      assert.equal(added.counts.added, 1);
      const row = await deps.db
        .selectFrom("catalogue_games")
        .select(["rtp_bp", "volatility"])
        .where("id", "=", "golden-pharaoh")
        .executeTakeFirstOrThrow();
      assert.deepEqual([row.rtp_bp, row.volatility], [9549, "high"]);
    });
  });
}
