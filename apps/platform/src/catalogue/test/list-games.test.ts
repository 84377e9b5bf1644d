import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import type { ServiceDeps } from "../../deps.ts";
import { encodeGameCursor, GAME_SORT_NAMES, type SortOrder } from "../games/game-cursor.ts";
import { listGames, type GameListQuery } from "../games/list-games.ts";
import { presentGame, type GameRow } from "../games/present.ts";
import { feedGame, importGames, testDeps } from "./fixtures.ts";

const ADMIN_VIEW = { kind: "admin" } as const;

/** 45 games with many ties on every sort key. */
function catalogue(): Record<string, unknown>[] {
  const games: Record<string, unknown>[] = [];
  for (let i = 0; i < 40; i++) {
    const id = `game-${String(i).padStart(2, "0")}`;
    games.push(
      feedGame(id, {
        name: i % 8 === 0 ? "Same Name" : `Title ${String.fromCharCode(65 + (i % 26))}${i}`,
        provider: i % 3 === 0 ? "acme" : "zeta",
        type: i % 4 === 0 ? "table" : "slot",
        rtp: ["95.00", "96.00", "97.00"][i % 3],
        volatility: ["low", "medium", "high"][i % 3],
        releaseDate: ["2023-01-01", "2024-06-15", "2025-03-01"][i % 3],
        features: i % 5 === 0 ? ["free_spins", "jackpot"] : ["free_spins"],
        betLimits:
          i % 2 === 0
            ? { EUR: { minMinor: 10, maxMinor: 1000 }, USD: { minMinor: 50, maxMinor: 5000 } }
            : { EUR: { minMinor: 100, maxMinor: 100000 } },
        demoAvailable: i % 2 === 1,
      }),
    );
  }
  games.push(
    feedGame("cafe-royale", { name: "Café Royale", provider: "acme" }),
    feedGame("book-of-gold", { name: "Book of GOLD", provider: "acme" }),
    feedGame("gold-rush", { name: "Gold Rush", provider: "zeta" }),
    feedGame("percent", { name: "100% Bonus_Spins", provider: "zeta" }),
    feedGame("golden-tiger", { name: "Golden  Tiger", provider: "zeta" }),
  );
  return games;
}

for (const kind of testDialects) {
  describe(`game list: search, filters, sort, pages (${kind})`, () => {
    let testDb: TestDb;
    let deps: ServiceDeps;
    before(async () => {
      testDb = await openTestDb(kind);
      deps = testDeps(testDb);
      await importGames(deps, catalogue(), [
        { id: "acme", name: "Acme" },
        { id: "zeta", name: "Zeta" },
      ]);
      // Popularity is a placeholder column; give it ties to page through.
      await deps.db
        .updateTable("catalogue_games")
        .set({ popularity: 5 })
        .where("id", "in", ["game-01", "game-02", "gold-rush"])
        .execute();
    });
    after(async () => testDb?.dispose());

    const ids = async (query: GameListQuery) => {
      const result = await listGames(deps, ADMIN_VIEW, { limit: 200, ...query });
      assert.ok(result.ok);
      return result.page.items.map((row) => row.id);
    };

    test("search is case- and accent-insensitive, matches anywhere in the name, and treats % and _ literally", async () => {
      assert.deepEqual(await ids({ search: "GOLD" }), ["book-of-gold", "gold-rush", "golden-tiger"]);
      assert.deepEqual(await ids({ search: "cafe" }), ["cafe-royale"]);
      assert.deepEqual(await ids({ search: "ROYALÉ" }), ["cafe-royale"]);
      assert.deepEqual(
        await ids({ search: "golden tiger" }),
        ["golden-tiger"],
        "whitespace collapsed on both sides",
      );
      assert.deepEqual(await ids({ search: "100%" }), ["percent"]);
      assert.deepEqual(await ids({ search: "s_s" }), ["percent"]);
      assert.deepEqual(await ids({ search: "%" }), ["percent"]);
      assert.deepEqual(await ids({ search: "nothing like this" }), []);
    });

    test("filters: provider, type, feature, volatility, demo, currency and stake", async () => {
      const all = await listGames(deps, ADMIN_VIEW, { limit: 200 });
      assert.ok(all.ok);
      const games = all.page.items.map(presentGame);
      const expected = (keep: (g: ReturnType<typeof presentGame>) => boolean) =>
        games.filter(keep).map((g) => g.id);
      assert.deepEqual(
        await ids({ provider: "acme" }),
        expected((g) => g.provider.id === "acme"),
      );
      assert.deepEqual(
        await ids({ type: "table" }),
        expected((g) => g.type === "table"),
      );
      assert.deepEqual(
        await ids({ feature: "jackpot" }),
        expected((g) => g.features.includes("jackpot")),
      );
      assert.deepEqual(
        await ids({ volatility: "high" }),
        expected((g) => g.volatility === "high"),
      );
      assert.deepEqual(
        await ids({ demoAvailable: false }),
        expected((g) => !g.demoAvailable),
      );
      assert.deepEqual(
        await ids({ currency: "USD" }),
        expected((g) => "USD" in g.betLimits),
      );
      const accepts = (g: ReturnType<typeof presentGame>, currency: string, stake: number) => {
        const limit = g.betLimits[currency];
        return limit !== undefined && limit.minMinor <= stake && stake <= limit.maxMinor;
      };
      assert.deepEqual(
        await ids({ currency: "EUR", stakeMinor: 50 }),
        expected((g) => accepts(g, "EUR", 50)),
      );
      assert.deepEqual(
        await ids({ currency: "EUR", stakeMinor: 5000 }),
        expected((g) => accepts(g, "EUR", 5000)),
      );
      assert.ok((await ids({ currency: "EUR", stakeMinor: 5000 })).length > 0);
      assert.deepEqual(
        await ids({ currency: "EUR", stakeMinor: 1000 }),
        expected((g) => accepts(g, "EUR", 1000)),
        "bounds inclusive",
      );
      assert.deepEqual(
        await ids({ provider: "zeta", type: "slot", feature: "jackpot", volatility: "medium" }),
        expected(
          (g) =>
            g.provider.id === "zeta" &&
            g.type === "slot" &&
            g.features.includes("jackpot") &&
            g.volatility === "medium",
        ),
      );
    });

    test("bet limits come back per currency in integer minor units, RTP exact", async () => {
      const result = await listGames(deps, ADMIN_VIEW, { search: "Same Name", limit: 1 });
      assert.ok(result.ok);
      const game = presentGame(result.page.items[0] as GameRow);
      assert.deepEqual(game.betLimits, {
        EUR: { minMinor: 10, maxMinor: 1000 },
        USD: { minMinor: 50, maxMinor: 5000 },
      });
      assert.equal(game.rtp, "95.00");
      assert.equal(game.rtpBasisPoints, 9500);
    });

    for (const sort of GAME_SORT_NAMES) {
      for (const order of ["asc", "desc"] as SortOrder[]) {
        test(`walking every page sorted by ${sort} ${order}: no duplicate, no gap, ties broken by id`, async () => {
          const whole = await listGames(deps, ADMIN_VIEW, { sort, order, limit: 200 });
          assert.ok(whole.ok);
          assert.equal(whole.page.nextCursor, null);
          const walked: GameRow[] = [];
          let cursor: string | undefined;
          let pages = 0;
          do {
            const page = await listGames(deps, ADMIN_VIEW, { sort, order, limit: 7, cursor });
            assert.ok(page.ok);
            assert.ok(page.page.items.length <= 7);
            walked.push(...page.page.items);
            cursor = page.page.nextCursor ?? undefined;
            pages += 1;
          } while (cursor !== undefined);
          assert.equal(pages, Math.ceil(45 / 7));
          assert.equal(walked.length, 45);
          assert.equal(new Set(walked.map((r) => r.id)).size, 45);
          assert.deepEqual(
            walked.map((r) => r.id),
            whole.page.items.map((r) => r.id),
          );
          const keyOf = (row: GameRow): string | number =>
            sort === "name"
              ? row.name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ")
              : sort === "rtp"
                ? row.rtp_bp
                : sort === "releaseDate"
                  ? row.release_date
                  : row.popularity;
          for (let i = 1; i < walked.length; i++) {
            const [a, b] = [walked[i - 1] as GameRow, walked[i] as GameRow];
            const [ka, kb] = [keyOf(a), keyOf(b)];
            const inOrder =
              ka === kb ? (order === "asc" ? a.id < b.id : a.id > b.id) : order === "asc" ? ka < kb : ka > kb;
            assert.ok(inOrder, `${sort} ${order}: ${a.id} (${ka}) before ${b.id} (${kb})`);
          }
        });
      }
    }

    test("pages stay correct while filtered and searched", async () => {
      const expected = await ids({ provider: "zeta", sort: "rtp" });
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listGames(deps, ADMIN_VIEW, { provider: "zeta", sort: "rtp", limit: 4, cursor });
        assert.ok(page.ok);
        walked.push(...page.page.items.map((r) => r.id));
        cursor = page.page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      assert.deepEqual(walked, expected);
    });

    test("a cursor of another sort, order or shape is refused", async () => {
      const first = await listGames(deps, ADMIN_VIEW, { sort: "rtp", limit: 2 });
      assert.ok(first.ok && first.page.nextCursor !== null);
      for (const query of [
        { sort: "name" as const, cursor: first.page.nextCursor },
        { sort: "rtp" as const, order: "asc" as const, cursor: first.page.nextCursor },
        { cursor: "not a cursor" },
        { cursor: Buffer.from("[1,2,3]").toString("base64url") },
        { sort: "rtp" as const, cursor: encodeGameCursor("rtp", "desc", { key: "text", id: "x" }) },
      ]) {
        const result = await listGames(deps, ADMIN_VIEW, query);
        assert.deepEqual(result.ok ? "ok" : result.code, "INVALID_CURSOR", JSON.stringify(query));
      }
    });
  });
}
