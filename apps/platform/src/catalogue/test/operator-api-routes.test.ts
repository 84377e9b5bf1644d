import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import type { ServiceDeps } from "../../deps.ts";
import { setOperatorProviderChoice } from "../operator-settings.ts";
import {
  call,
  feedGame,
  importGames,
  insertOperator,
  startCatalogueServer,
  testDeps,
  type TestServer,
} from "./fixtures.ts";

for (const kind of testDialects) {
  describe(`operator API /v1 games and providers over HTTP (${kind})`, () => {
    let testDb: TestDb;
    let deps: ServiceDeps;
    let server: TestServer;
    before(async () => {
      testDb = await openTestDb(kind);
      deps = testDeps(testDb);
      await insertOperator(deps, "op_a", { jurisdictions: ["MT", "GB"] });
      const games = Array.from({ length: 25 }, (_, i) =>
        feedGame(`g-${String(i).padStart(2, "0")}`, {
          name: `Game ${i % 5}`,
          provider: i < 20 ? "acme" : "zeta",
          rtp: i % 2 === 0 ? "96.00" : "94.00",
          blockedJurisdictions: i === 3 ? ["GB"] : [],
        }),
      );
      await importGames(deps, games, [
        { id: "acme", name: "Acme" },
        { id: "zeta", name: "Zeta" },
      ]);
      await setOperatorProviderChoice(deps, {
        operatorId: "op_a",
        targetId: "zeta",
        enabled: false,
        actor: { kind: "operator_user", id: "u" },
      });
      server = await startCatalogueServer(deps);
    });
    after(async () => {
      await server?.close();
      await testDb?.dispose();
    });

    test("GET /v1/games walks every page through opaque cursors", async () => {
      const seen: string[] = [];
      let path = "/v1/games?limit=6&sort=rtp";
      for (;;) {
        const response = await call(server, "GET", path, { operator: "op_a" });
        assert.equal(response.status, 200);
        assert.ok(response.body.items.length <= 6);
        seen.push(...response.body.items.map((g: { id: string }) => g.id));
        if (response.body.nextCursor === null) break;
        path = `/v1/games?limit=6&sort=rtp&cursor=${encodeURIComponent(response.body.nextCursor)}`;
      }
      // 20 acme games minus g-03 (blocked in GB); zeta is switched off by this operator.
      assert.equal(seen.length, 19);
      assert.equal(new Set(seen).size, 19);
      assert.ok(!seen.includes("g-03"));
    });

    test("GET /v1/games presents the operator fields and narrows to one jurisdiction on request", async () => {
      const response = await call(server, "GET", "/v1/games?search=game%201&limit=1", { operator: "op_a" });
      assert.equal(response.status, 200);
      assert.deepEqual(response.body.items[0], {
        id: "g-01",
        name: "Game 1",
        provider: { id: "acme", name: "Acme" },
        type: "slot",
        rtp: "94.00",
        rtpBasisPoints: 9400,
        volatility: "medium",
        betLimits: { EUR: { minMinor: 10, maxMinor: 10000 } },
        features: ["free_spins"],
        images: {
          thumbnail: "https://cdn.example/g-01/thumb.png",
          banner: "https://cdn.example/g-01/banner.png",
        },
        blockedJurisdictions: [],
        releaseDate: "2024-01-01",
        demoAvailable: true,
        popularity: 0,
      });
      const mt = await call(server, "GET", "/v1/games?jurisdiction=MT&limit=200", { operator: "op_a" });
      assert.ok(mt.body.items.some((g: { id: string }) => g.id === "g-03"));
    });

    test("GET /v1/games/:game_id and /v1/providers show only what the operator may offer", async () => {
      assert.equal((await call(server, "GET", "/v1/games/g-00", { operator: "op_a" })).body.id, "g-00");
      const blocked = await call(server, "GET", "/v1/games/g-03", { operator: "op_a" });
      assert.equal(blocked.status, 404);
      assert.equal(blocked.body.code, "GAME_NOT_FOUND");
      assert.equal(blocked.headers.get("content-type"), "application/problem+json; charset=utf-8");
      assert.equal(
        (await call(server, "GET", "/v1/games/g-03?jurisdiction=MT", { operator: "op_a" })).status,
        200,
      );
      assert.equal(
        (await call(server, "GET", "/v1/games/g-21", { operator: "op_a" })).status,
        404,
        "zeta switched off",
      );
      const providers = await call(server, "GET", "/v1/providers", { operator: "op_a" });
      assert.deepEqual(providers.body, { items: [{ id: "acme", name: "Acme" }] });
    });

    test("bad query parameters answer problem+json 400 with the field, never a 500", async () => {
      const cases: [string, string, string][] = [
        ["/v1/games?limit=0", "VALIDATION_FAILED", "limit"],
        ["/v1/games?limit=201", "VALIDATION_FAILED", "limit"],
        ["/v1/games?limit=ten", "VALIDATION_FAILED", "limit"],
        ["/v1/games?sort=fun", "VALIDATION_FAILED", "sort"],
        ["/v1/games?order=sideways", "VALIDATION_FAILED", "order"],
        ["/v1/games?type=pachinko", "VALIDATION_FAILED", "type"],
        ["/v1/games?currency=eur", "VALIDATION_FAILED", "currency"],
        ["/v1/games?stakeMinor=1.5&currency=EUR", "VALIDATION_FAILED", "stakeMinor"],
        ["/v1/games?stakeMinor=100", "VALIDATION_FAILED", "stakeMinor"],
        ["/v1/games?demoAvailable=perhaps", "VALIDATION_FAILED", "demoAvailable"],
        ["/v1/games?colour=red", "VALIDATION_FAILED", "colour"],
        [`/v1/games?search=${"x".repeat(101)}`, "VALIDATION_FAILED", "search"],
        ["/v1/games?jurisdiction=Malta", "VALIDATION_FAILED", "jurisdiction"],
        ["/v1/games/NOT_A_SLUG", "VALIDATION_FAILED", "game_id"],
      ];
      for (const [path, code, field] of cases) {
        const response = await call(server, "GET", path, { operator: "op_a" });
        assert.equal(response.status, 400, path);
        assert.equal(response.headers.get("content-type"), "application/problem+json; charset=utf-8", path);
        assert.equal(response.body.code, code, path);
        assert.ok(
          response.body.errors.some((e: { field: string }) => e.field === field),
          `${path}: ${JSON.stringify(response.body.errors)}`,
        );
      }
      const cursor = await call(server, "GET", "/v1/games?cursor=garbage", { operator: "op_a" });
      assert.deepEqual([cursor.status, cursor.body.code], [400, "INVALID_CURSOR"]);
      const other = await call(server, "GET", "/v1/games?jurisdiction=US-NJ", { operator: "op_a" });
      assert.deepEqual([other.status, other.body.code], [400, "JURISDICTION_NOT_LICENSED"]);
    });
  });
}
