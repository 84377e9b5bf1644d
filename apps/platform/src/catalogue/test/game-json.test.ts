import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import Fastify from "fastify";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import type { ServiceDeps } from "../../deps.ts";
import { PageOf } from "../../pagination/cursor.ts";
import type { Audience } from "../games/audience.ts";
import { gamePageJson } from "../games/game-json.ts";
import { listGames, listOfferedGames, type GameListQuery } from "../games/list-games.ts";
import { presentGame } from "../games/present.ts";
import { GameSchema } from "../routes/schema.ts";
import {
  feedGame,
  importGames,
  insertOperator,
  startCatalogueServer,
  testDeps,
  type TestServer,
} from "./fixtures.ts";

const OPERATOR: Extract<Audience, { kind: "operator" }> = {
  kind: "operator",
  operatorId: "op_json",
  jurisdictions: ["MT"],
};

/** Games whose every field takes an unusual value somewhere: escapes, non-ASCII, nulls, many entries. */
function awkwardGames(): Record<string, unknown>[] {
  return [
    feedGame("quoted", { name: 'The "Quoted" \\ Back\\slash', provider: "odd", rtp: "96.5%" }),
    feedGame("dragon", {
      name: "Dragon 🐉 Fortune 龍 — Ünïcödé",
      provider: "odd",
      volatility: undefined,
      images: {},
      rtp: "100",
    }),
    feedGame("markup", { name: "</script><b>&amp;</b> 'x'", provider: "plain", rtp: "0.01" }),
    feedGame("many", {
      name: "Café Royale",
      provider: "plain",
      betLimits: {
        JPY: { minMinor: 1, maxMinor: 999_999_999_999 },
        EUR: { minMinor: 10, maxMinor: 10_000 },
        GBP: { minMinor: 20, maxMinor: 50_000 },
      },
      features: ["megaways", "free_spins", "jackpot"],
      blockedJurisdictions: ["US", "ES", "CA-ON"],
      demoAvailable: false,
      images: { thumbnail: "https://cdn.example/a%20b/thumb.png?x=1&y=\u00e9" },
    }),
    ...Array.from({ length: 7 }, (_, i) =>
      feedGame(`filler-${i}`, { name: `Filler ${i}`, provider: i % 2 === 0 ? "odd" : "plain" }),
    ),
  ];
}

/** What the response schema's serializer (fast-json-stringify, as every route uses) writes. */
async function schemaSerialiser() {
  const app = Fastify();
  let page: unknown;
  app.get("/", { schema: { response: { 200: PageOf(GameSchema) } } }, async () => page);
  await app.ready();
  return {
    async serialise(value: unknown): Promise<string> {
      page = value;
      return (await app.inject({ method: "GET", url: "/" })).payload;
    },
    close: () => app.close(),
  };
}

for (const kind of testDialects) {
  describe(`operator game list serialised from its rows (${kind})`, () => {
    let testDb: TestDb;
    let deps: ServiceDeps;
    let server: TestServer;
    let reference: Awaited<ReturnType<typeof schemaSerialiser>>;
    before(async () => {
      testDb = await openTestDb(kind);
      deps = testDeps(testDb);
      await insertOperator(deps, OPERATOR.operatorId, { jurisdictions: ["MT"] });
      await importGames(deps, awkwardGames(), [
        { id: "odd", name: 'Odd "Games" \\ Ltd 🎲' },
        { id: "plain", name: "Plain Gaming" },
      ]);
      await deps.db.updateTable("catalogue_games").set({ popularity: 42 }).where("id", "=", "many").execute();
      server = await startCatalogueServer(deps);
      reference = await schemaSerialiser();
    });
    after(async () => {
      await reference?.close();
      await server?.close();
      await testDb?.dispose();
    });

    /** The page as the route used to answer it: the full rows, presented, through the schema. */
    const expectedBody = async (query: GameListQuery) => {
      const result = await listGames(deps, OPERATOR, query);
      assert.ok(result.ok);
      return reference.serialise({
        items: result.page.items.map(presentGame),
        nextCursor: result.page.nextCursor,
      });
    };

    test("every page is byte for byte the schema's serialisation of the presented games", async () => {
      const queries: GameListQuery[] = [
        { limit: 200 },
        { limit: 200, sort: "rtp", order: "asc" },
        { search: "é", limit: 200 },
        { feature: "jackpot", currency: "JPY", stakeMinor: 999_999_999_999 },
        { search: "no such game" },
      ];
      for (const query of queries) {
        const result = await listOfferedGames(deps, OPERATOR, query);
        assert.ok(result.ok);
        assert.equal(
          gamePageJson(result.page).toString("utf8"),
          await expectedBody(query),
          JSON.stringify(query),
        );
      }
      // Walk small pages: same items and the same cursors, page after page.
      let query: GameListQuery = { limit: 3, sort: "popularity" };
      let pages = 0;
      for (;;) {
        const result = await listOfferedGames(deps, OPERATOR, query);
        assert.ok(result.ok);
        assert.equal(gamePageJson(result.page).toString("utf8"), await expectedBody(query));
        pages++;
        if (result.page.nextCursor === null) break;
        query = { ...query, cursor: result.page.nextCursor };
      }
      assert.equal(pages, 4, "11 games in pages of 3");
    });

    test("GET /v1/games answers those bytes as application/json", async () => {
      const response = await fetch(`${server.baseUrl}/v1/games?limit=200&sort=name`, {
        headers: { "x-test-operator": OPERATOR.operatorId },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("content-type"), "application/json; charset=utf-8");
      const body = await response.text();
      assert.equal(body, await expectedBody({ limit: 200, sort: "name" }));
      const parsed = JSON.parse(body) as { items: { id: string; name: string }[] };
      assert.equal(parsed.items.length, 11);
      assert.equal(parsed.items.find((g) => g.id === "dragon")?.name, "Dragon 🐉 Fortune 龍 — Ünïcödé");
    });
  });
}
