import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import type { ServiceDeps } from "../../deps.ts";
import { importFeed } from "../import/import-feed.ts";
import { listImports } from "../import/imports-log.ts";
import { ACME, ADMIN, clearCatalogue, feedGame, importGames, testDeps } from "./fixtures.ts";

const CSV_HEADER =
  "id,name,provider,provider_name,type,rtp,volatility,min_bet_EUR,max_bet_EUR,min_bet_usd,max_bet_usd,features,thumbnail_url,banner_url,blocked_jurisdictions,release_date,demo_available,status";

for (const kind of testDialects) {
  describe(`feed import (${kind})`, () => {
    let testDb: TestDb;
    let deps: ServiceDeps & { setNow(ms: number): void };
    before(async () => {
      testDb = await openTestDb(kind);
      deps = testDeps(testDb);
    });
    after(async () => testDb?.dispose());
    beforeEach(() => clearCatalogue(deps));

    test("a JSON feed adds its providers and games with every field normalised", async () => {
      const report = await importGames(deps, [
        feedGame("book-of-gold", {
          name: "  Book   of Gold ",
          type: "Slot",
          rtp: 96.21,
          volatility: "Very High",
          betLimits: { usd: { minMinor: 20, maxMinor: 5000 }, EUR: { minMinor: 10, maxMinor: 10000 } },
          features: ["Buy Feature", "free_spins", "free-spins"],
          blockedJurisdictions: ["us-nj", "GB"],
        }),
        feedGame("crash-rocket", { type: "crash", volatility: null, images: null, demoAvailable: false }),
      ]);
      assert.deepEqual(report.counts, { added: 2, changed: 0, unchanged: 0, refused: 0 });
      assert.deepEqual(report.providers.added, [ACME]);
      assert.ok(report.importId?.startsWith("imp_"));
      const row = await deps.db
        .selectFrom("catalogue_games")
        .selectAll()
        .where("id", "=", "book-of-gold")
        .executeTakeFirstOrThrow();
      assert.equal(row.name, "Book of Gold");
      assert.equal(row.name_lower, "book of gold");
      assert.equal(row.type, "slot");
      assert.equal(row.rtp_bp, 9621);
      assert.equal(row.volatility, "very_high");
      assert.deepEqual(JSON.parse(row.bet_limits), {
        EUR: { minMinor: 10, maxMinor: 10000 },
        USD: { minMinor: 20, maxMinor: 5000 },
      });
      assert.deepEqual(JSON.parse(row.features), ["buy_feature", "free_spins"]);
      assert.deepEqual(JSON.parse(row.blocked_jurisdictions), ["GB", "US-NJ"]);
      const limits = await deps.db
        .selectFrom("catalogue_game_bet_limits")
        .selectAll()
        .where("game_id", "=", "book-of-gold")
        .orderBy("currency")
        .execute();
      assert.deepEqual(
        limits.map((l) => [l.currency, l.min_minor, l.max_minor]),
        [
          ["EUR", 10, 10000],
          ["USD", 20, 5000],
        ],
      );
      const crash = await deps.db
        .selectFrom("catalogue_games")
        .selectAll()
        .where("id", "=", "crash-rocket")
        .executeTakeFirstOrThrow();
      assert.equal(crash.volatility, null);
      assert.equal(crash.thumbnail_url, null);
      assert.equal(crash.demo_available, 0);
    });

    test("a CSV feed imports the same way; list cells split on | or ;", async () => {
      const csv = [
        CSV_HEADER,
        "wild-west,Wild West,acme,Acme Gaming,slot,95.5,high,10,5000,,,free_spins|jackpot,https://cdn.example/w.png,,GB;ES,2023-05-01,yes,",
        '"quoted-one","Quoted, with comma",acme,,table,97,,100,20000,100,20000,,,,,2022-12-31,0,active',
      ].join("\r\n");
      const result = await importFeed(deps, { format: "csv", body: csv, dryRun: false, actor: ADMIN });
      assert.ok(result.ok);
      assert.deepEqual(result.report.counts, { added: 2, changed: 0, unchanged: 0, refused: 0 });
      const games = await deps.db.selectFrom("catalogue_games").selectAll().orderBy("id").execute();
      assert.deepEqual(
        games.map((g) => [
          g.id,
          g.name,
          g.rtp_bp,
          g.volatility,
          g.features,
          g.blocked_jurisdictions,
          g.demo_available,
          g.bet_limits,
        ]),
        [
          [
            "quoted-one",
            "Quoted, with comma",
            9700,
            null,
            "[]",
            "[]",
            0,
            JSON.stringify({
              EUR: { minMinor: 100, maxMinor: 20000 },
              USD: { minMinor: 100, maxMinor: 20000 },
            }),
          ],
          [
            "wild-west",
            "Wild West",
            9550,
            "high",
            '["free_spins","jackpot"]',
            '["ES","GB"]',
            1,
            JSON.stringify({ EUR: { minMinor: 10, maxMinor: 5000 } }),
          ],
        ],
      );
    });

    test("each refusal names the row, the field and the reason; good rows still import", async () => {
      const games: unknown[] = [
        feedGame("good-one"),
        feedGame("Bad_Id"),
        feedGame("no-type", { type: undefined }),
        feedGame("bad-type", { type: "pachinko" }),
        feedGame("rtp-precise", { rtp: "96.485" }),
        feedGame("rtp-high", { rtp: "101" }),
        feedGame("bet-decimal", { betLimits: { EUR: { minMinor: 2.5, maxMinor: 100 } } }),
        feedGame("bet-order", { betLimits: { EUR: { minMinor: 500, maxMinor: 100 } } }),
        feedGame("bet-currency", { betLimits: { XYZ: { minMinor: 1, maxMinor: 100 } } }),
        feedGame("bet-none", { betLimits: {} }),
        feedGame("bad-image", { images: { thumbnail: "javascript:alert(1)" } }),
        feedGame("http-image", { images: { banner: "http://cdn.example/b.png" } }),
        feedGame("bad-jurisdiction", { blockedJurisdictions: ["Great Britain"] }),
        feedGame("bad-date", { releaseDate: "2024-02-30" }),
        feedGame("bad-demo", { demoAvailable: "yes" }),
        feedGame("good-one", { name: "Again" }),
        feedGame("orphan", { provider: "nobody" }),
        feedGame("renamed-provider", { providerName: "Not Acme" }),
        42,
        feedGame("two-faults", { rtp: "lots", volatility: "wild" }),
      ];
      const report = await importGames(deps, games as Record<string, unknown>[]);
      assert.equal(report.rowsTotal, 20);
      assert.deepEqual(report.counts, { added: 1, changed: 0, unchanged: 0, refused: 19 });
      const byRow = new Map(report.refused.map((r) => [r.row, r]));
      const expect = (row: number, gameId: string | null, field: string, reason: RegExp) => {
        const refusal = byRow.get(row);
        assert.ok(refusal, `row ${row} refused`);
        assert.equal(refusal.gameId, gameId);
        const error = refusal.errors.find((e) => e.field === field);
        assert.ok(error, `row ${row}: an error on ${field}, got ${JSON.stringify(refusal.errors)}`);
        assert.match(error.reason, reason);
      };
      expect(2, "Bad_Id", "id", /slug/);
      expect(3, "no-type", "type", /required/);
      expect(4, "bad-type", "type", /one of slot, table/);
      expect(5, "rtp-precise", "rtp", /two decimals/);
      expect(6, "rtp-high", "rtp", /between 0.01 and 100/);
      expect(7, "bet-decimal", "betLimits.EUR.minMinor", /integer in minor units/);
      expect(8, "bet-order", "betLimits.EUR.maxMinor", /at least the minimum bet \(500\)/);
      expect(9, "bet-currency", "betLimits.XYZ", /ISO 4217/);
      expect(10, "bet-none", "betLimits", /at least one currency/);
      expect(11, "bad-image", "images.thumbnail", /https URL/);
      expect(12, "http-image", "images.banner", /https URL/);
      expect(13, "bad-jurisdiction", "blockedJurisdictions", /ISO 3166/);
      expect(14, "bad-date", "releaseDate", /YYYY-MM-DD/);
      expect(15, "bad-demo", "demoAvailable", /true or false/);
      expect(16, "good-one", "id", /repeats the game of row 1/);
      expect(17, "orphan", "provider", /unknown provider "nobody"/);
      expect(18, "renamed-provider", "providerName", /conflicts with "Acme Gaming"/);
      expect(19, null, "(row)", /JSON object/);
      expect(20, "two-faults", "rtp", /percentage/);
      expect(20, "two-faults", "volatility", /one of low, medium, high, very_high/);
      const ids = await deps.db.selectFrom("catalogue_games").select("id").execute();
      assert.deepEqual(
        ids.map((r) => r.id),
        ["good-one"],
      );
    });

    test("CSV refusals name the column and the line", async () => {
      const csv = [
        CSV_HEADER,
        "ok-game,OK,acme,Acme Gaming,slot,96,low,10,100,,,,,,,2024-01-01,true,active",
        "half-limit,Half,acme,,slot,96,low,10,,,,,,,,2024-01-01,true,active",
        "cents,Cents,acme,,slot,96,low,2.50,100,,,,,,,2024-01-01,maybe,active",
        "short,Short,acme",
      ].join("\n");
      const result = await importFeed(deps, { format: "csv", body: csv, dryRun: false, actor: ADMIN });
      assert.ok(result.ok);
      assert.deepEqual(result.report.counts, { added: 1, changed: 0, unchanged: 0, refused: 3 });
      assert.deepEqual(
        result.report.refused.map((r) => [r.row, r.gameId, r.errors.map((e) => e.field)]),
        [
          [3, "half-limit", ["max_bet_EUR"]],
          [4, "cents", ["min_bet_EUR", "demo_available"]],
          [5, null, ["(row)"]],
        ],
      );
      assert.match(result.report.refused[2]?.errors[0]?.reason ?? "", /3 cells; the header has 18/);
    });

    test("a feed that cannot be read is refused whole and nothing is recorded", async () => {
      const missing = await importFeed(deps, {
        format: "csv",
        body: "id,name\nx,y",
        dryRun: false,
        actor: ADMIN,
      });
      assert.deepEqual(
        missing.ok
          ? null
          : [
              missing.code,
              /Missing required column\(s\): provider, type, rtp, release_date/.test(missing.message),
            ],
        ["INVALID_FEED", true],
      );
      const noBets = await importFeed(deps, {
        format: "csv",
        body: "id,name,provider,type,rtp,release_date\n",
        dryRun: false,
        actor: ADMIN,
      });
      assert.ok(!noBets.ok && /min_bet_<CUR>/.test(noBets.message));
      const badQuote = await importFeed(deps, {
        format: "csv",
        body: `${CSV_HEADER}\n"open,`,
        dryRun: false,
        actor: ADMIN,
      });
      assert.ok(!badQuote.ok && /cannot be read/.test(badQuote.message));
      const shape = await importFeed(deps, {
        format: "json",
        body: { items: [] },
        dryRun: false,
        actor: ADMIN,
      });
      assert.ok(!shape.ok && shape.code === "INVALID_FEED");
      const providers = await importFeed(deps, {
        format: "json",
        body: { providers: [{ id: "Bad" }], games: [] },
        dryRun: false,
        actor: ADMIN,
      });
      assert.ok(!providers.ok && /providers\[0\]\.id/.test(providers.message));
      assert.equal((await listImports(deps, {})).items.length, 0);
    });
  });
}
