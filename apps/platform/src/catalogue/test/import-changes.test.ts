import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import type { ServiceDeps } from "../../deps.ts";
import { setGameStatus } from "../global-status.ts";
import { importFeed } from "../import/import-feed.ts";
import { getImport, listImports } from "../import/imports-log.ts";
import { ACME, ADMIN, clearCatalogue, feedGame, importGames, testDeps } from "./fixtures.ts";

const CSV_HEADER =
  "id,name,provider,provider_name,type,rtp,volatility,min_bet_EUR,max_bet_EUR,min_bet_usd,max_bet_usd,features,thumbnail_url,banner_url,blocked_jurisdictions,release_date,demo_available,status";

for (const kind of testDialects) {
  describe(`feed import: changes, idempotence, dry runs, records (${kind})`, () => {
    let testDb: TestDb;
    let deps: ServiceDeps & { setNow(ms: number): void };
    before(async () => {
      testDb = await openTestDb(kind);
      deps = testDeps(testDb);
    });
    after(async () => testDb?.dispose());
    beforeEach(() => clearCatalogue(deps));

    test("changed rows list exactly the changed fields with before and after; unknown fields warn", async () => {
      await importGames(deps, [feedGame("alpha"), feedGame("beta"), feedGame("gamma")]);
      deps.setNow(1_767_225_700_000);
      const report = await importGames(deps, [
        feedGame("alpha", { rtp: "95.00", betLimits: { EUR: { minMinor: 10, maxMinor: 20000 } } }),
        feedGame("beta", { features: ["jackpot", "free_spins"], extra: 1 }),
        feedGame("gamma"),
        feedGame("delta"),
      ]);
      assert.deepEqual(report.counts, { added: 1, changed: 2, unchanged: 1, refused: 0 });
      assert.deepEqual(report.changed, [
        {
          row: 1,
          gameId: "alpha",
          fields: ["rtp", "betLimits"],
          changes: {
            rtp: { from: "96.50", to: "95.00" },
            betLimits: {
              from: { EUR: { minMinor: 10, maxMinor: 10000 } },
              to: { EUR: { minMinor: 10, maxMinor: 20000 } },
            },
          },
        },
        {
          row: 2,
          gameId: "beta",
          fields: ["features"],
          changes: { features: { from: ["free_spins"], to: ["free_spins", "jackpot"] } },
        },
      ]);
      assert.deepEqual(report.unchanged, [{ row: 3, gameId: "gamma" }]);
      assert.deepEqual(report.warnings, ['Unknown field "extra" ignored (first seen in game 2).']);
      const rows = await deps.db
        .selectFrom("catalogue_games")
        .select(["id", "updated_at_ms"])
        .orderBy("id")
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.id, r.updated_at_ms]),
        [
          ["alpha", 1_767_225_700_000],
          ["beta", 1_767_225_700_000],
          ["delta", 1_767_225_700_000],
          ["gamma", 1_767_225_600_000],
        ],
      );
      const features = await deps.db
        .selectFrom("catalogue_game_features")
        .select("feature")
        .where("game_id", "=", "beta")
        .orderBy("feature")
        .execute();
      assert.deepEqual(
        features.map((f) => f.feature),
        ["free_spins", "jackpot"],
      );
    });

    test("re-importing the same feed changes nothing (JSON and CSV)", async () => {
      const games = [feedGame("one"), feedGame("two", { blockedJurisdictions: ["GB"] })];
      await importGames(deps, games);
      const before = await snapshot(deps);
      deps.setNow(1_767_300_000_000);
      const again = await importGames(deps, games);
      assert.deepEqual(again.counts, { added: 0, changed: 0, unchanged: 2, refused: 0 });
      assert.deepEqual(again.providers, { added: [], renamed: [] });
      assert.deepEqual(await snapshot(deps), before);

      const csv = `${CSV_HEADER}\ncsv-game,CSV Game,acme,,slot,96,low,10,100,,,a|b,,,,2024-01-01,true,active\n`;
      const first = await importFeed(deps, { format: "csv", body: csv, dryRun: false, actor: ADMIN });
      const second = await importFeed(deps, { format: "csv", body: csv, dryRun: false, actor: ADMIN });
      assert.ok(first.ok && second.ok);
      assert.deepEqual(second.report.counts, { added: 0, changed: 0, unchanged: 1, refused: 0 });
      assert.equal(second.report.feedSha256, first.report.feedSha256);
    });

    test("a dry run reports the same as the real run and changes nothing", async () => {
      await importGames(deps, [feedGame("kept")]);
      const before = await snapshot(deps);
      const importsBefore = (await listImports(deps, {})).items.length;
      const body = {
        providers: [ACME, { id: "newco", name: "NewCo" }],
        games: [feedGame("kept", { rtp: "90" }), feedGame("fresh", { provider: "newco" })],
      };
      const dry = await importFeed(deps, { format: "json", body, dryRun: true, actor: ADMIN });
      assert.ok(dry.ok);
      assert.equal(dry.report.importId, null);
      assert.equal(dry.report.dryRun, true);
      assert.deepEqual(dry.report.counts, { added: 1, changed: 1, unchanged: 0, refused: 0 });
      assert.deepEqual(dry.report.providers.added, [{ id: "newco", name: "NewCo" }]);
      assert.deepEqual(await snapshot(deps), before);
      assert.equal((await listImports(deps, {})).items.length, importsBefore);
      const real = await importFeed(deps, { format: "json", body, dryRun: false, actor: ADMIN });
      assert.ok(real.ok);
      assert.deepEqual(real.report.counts, dry.report.counts);
      assert.deepEqual(real.report.changed, dry.report.changed);
    });

    test("imports are recorded with who, when and counts, newest first, with the full report", async () => {
      deps.setNow(1_000);
      await importGames(deps, [feedGame("a1")]);
      deps.setNow(2_000);
      await importGames(deps, [feedGame("a1"), feedGame("a2"), feedGame("BAD")]);
      const page = await listImports(deps, {});
      assert.deepEqual(
        page.items.map((i) => [i.createdAtMs, i.actor, i.format, i.rowsTotal, i.counts]),
        [
          [2_000, ADMIN, "json", 3, { added: 1, changed: 0, unchanged: 1, refused: 1 }],
          [1_000, ADMIN, "json", 1, { added: 1, changed: 0, unchanged: 0, refused: 0 }],
        ],
      );
      const detail = await getImport(deps, page.items[0]?.id ?? "");
      assert.equal(detail?.report.refused[0]?.row, 3);
      const audit = await deps.db
        .selectFrom("audit_log")
        .selectAll()
        .where(
          "target_id",
          "in",
          page.items.map((i) => i.id),
        )
        .execute();
      assert.deepEqual(audit.map((a) => [a.action, a.actor_id]).sort(), [
        ["catalogue.import", ADMIN.id],
        ["catalogue.import", ADMIN.id],
      ]);
    });

    test("a game never moves between providers; an admin disable survives re-imports", async () => {
      await importGames(deps, [feedGame("owned")], [ACME, { id: "other", name: "Other" }]);
      const moved = await importGames(
        deps,
        [feedGame("owned", { provider: "other" })],
        [ACME, { id: "other", name: "Other" }],
      );
      assert.match(moved.refused[0]?.errors[0]?.reason ?? "", /belongs to provider "acme"/);
      assert.ok((await setGameStatus(deps, { gameId: "owned", status: "disabled", actor: ADMIN })).ok);
      await importGames(deps, [feedGame("owned", { name: "Owned 2" })]);
      const row = await deps.db
        .selectFrom("catalogue_games")
        .selectAll()
        .where("id", "=", "owned")
        .executeTakeFirstOrThrow();
      assert.equal(row.name, "Owned 2");
      assert.equal(row.admin_status, "disabled");
    });

    test("provider names: created from a row's providerName, renamed by the providers section", async () => {
      const created = await importGames(
        deps,
        [feedGame("p1", { provider: "solo", providerName: "Solo Studio" })],
        [],
      );
      assert.deepEqual(created.providers.added, [{ id: "solo", name: "Solo Studio" }]);
      const renamed = await importGames(
        deps,
        [feedGame("p1", { provider: "solo" })],
        [{ id: "solo", name: "Solo Studios Ltd" }],
      );
      assert.deepEqual(renamed.providers.renamed, [
        { id: "solo", from: "Solo Studio", to: "Solo Studios Ltd" },
      ]);
      assert.deepEqual(renamed.counts, { added: 0, changed: 0, unchanged: 1, refused: 0 });
    });
  });
}

async function snapshot(deps: ServiceDeps) {
  return {
    providers: await deps.db.selectFrom("catalogue_providers").selectAll().orderBy("id").execute(),
    games: await deps.db.selectFrom("catalogue_games").selectAll().orderBy("id").execute(),
    features: await deps.db
      .selectFrom("catalogue_game_features")
      .selectAll()
      .orderBy("game_id")
      .orderBy("feature")
      .execute(),
    limits: await deps.db
      .selectFrom("catalogue_game_bet_limits")
      .selectAll()
      .orderBy("game_id")
      .orderBy("currency")
      .execute(),
    blocked: await deps.db
      .selectFrom("catalogue_game_blocked_jurisdictions")
      .selectAll()
      .orderBy("game_id")
      .orderBy("jurisdiction")
      .execute(),
  };
}
