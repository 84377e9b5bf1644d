import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import type { ServiceDeps } from "../../deps.ts";
import { feedToCsv, generateFeed } from "../bench/generate-feed.ts";
import {
  ACME,
  ADMIN,
  call,
  feedGame,
  insertOperator,
  startCatalogueServer,
  testDeps,
  type TestServer,
} from "./fixtures.ts";

const CSV = [
  "id,name,provider,provider_name,type,rtp,min_bet_EUR,max_bet_EUR,release_date",
  "csv-one,CSV One,acme,Acme Gaming,slot,96.1,10,1000,2024-01-01",
  "csv-two,CSV Two,acme,,slot,97%,10,1000,2024-02-01",
  "csv-bad,CSV Bad,acme,,slot,96.1,10,1000,yesterday",
].join("\n");

for (const kind of testDialects) {
  describe(`admin and backoffice catalogue routes over HTTP (${kind})`, () => {
    let testDb: TestDb;
    let deps: ServiceDeps;
    let server: TestServer;
    before(async () => {
      testDb = await openTestDb(kind);
      deps = testDeps(testDb);
      await insertOperator(deps, "op_a");
      server = await startCatalogueServer(deps);
    });
    after(async () => {
      await server?.close();
      await testDb?.dispose();
    });

    test("POST /admin/catalogue/imports takes JSON or CSV; a dry run answers 200 and records nothing", async () => {
      const dry = await call(server, "POST", "/admin/catalogue/imports?dryRun=true", {
        raw: CSV,
        contentType: "text/csv; charset=utf-8",
      });
      assert.equal(dry.status, 200);
      assert.deepEqual(
        [dry.body.importId, dry.body.format, dry.body.counts],
        [null, "csv", { added: 2, changed: 0, unchanged: 0, refused: 1 }],
      );
      assert.deepEqual(dry.body.refused, [
        {
          row: 4,
          gameId: "csv-bad",
          errors: [{ field: "release_date", reason: "must be a date YYYY-MM-DD" }],
        },
      ]);
      assert.deepEqual((await call(server, "GET", "/admin/catalogue/imports")).body.items, []);

      const csv = await call(server, "POST", "/admin/catalogue/imports?source=acme.csv", { raw: CSV });
      assert.equal(csv.status, 201);
      assert.equal(csv.headers.get("location"), `/admin/catalogue/imports/${csv.body.importId}`);
      const json = await call(server, "POST", "/admin/catalogue/imports", {
        body: {
          providers: [{ id: "acme", name: "Acme Gaming" }],
          games: [feedGame("csv-one", { name: "CSV One", rtp: "96.10" }), feedGame("json-one")],
        },
      });
      assert.equal(json.status, 201);
      assert.deepEqual(json.body.counts, { added: 1, changed: 1, unchanged: 0, refused: 0 });
      assert.ok(json.body.changed[0].fields.includes("features"));

      const list = await call(server, "GET", "/admin/catalogue/imports?limit=1");
      assert.equal(list.body.items.length, 1);
      assert.equal(list.body.items[0].id, json.body.importId);
      assert.deepEqual(list.body.items[0].actor, ADMIN);
      const next = await call(
        server,
        "GET",
        `/admin/catalogue/imports?limit=1&cursor=${list.body.nextCursor}`,
      );
      assert.deepEqual([next.body.items[0].id, next.body.items[0].source], [csv.body.importId, "acme.csv"]);
      const detail = await call(server, "GET", `/admin/catalogue/imports/${csv.body.importId}`);
      assert.deepEqual(detail.body.report.counts, csv.body.counts);
      assert.equal(
        (await call(server, "GET", "/admin/catalogue/imports/imp_nope")).body.code,
        "IMPORT_NOT_FOUND",
      );
    });

    test("feeds far above the app's 64 KiB body limit are accepted by the import route", async () => {
      const feed = generateFeed({ games: 600, providers: 5, seed: 7 });
      const csv = feedToCsv(feed);
      assert.ok(csv.length > 128 * 1024 && JSON.stringify(feed).length > 256 * 1024);
      const json = await call(server, "POST", "/admin/catalogue/imports?dryRun=true", { body: feed });
      assert.deepEqual([json.status, json.body.counts.added], [200, 600]);
      const text = await call(server, "POST", "/admin/catalogue/imports", { raw: csv });
      assert.deepEqual([text.status, text.body.counts.added, text.body.counts.refused], [201, 600, 0]);
    });

    test("a 10,000-deep JSON feed is a 400 INVALID_FEED problem, not a stack overflow, and imports nothing", async () => {
      const depth = 10_000;
      for (const raw of [
        "[".repeat(depth) + "]".repeat(depth),
        `{"providers":[],"games":[{"id":"deep","name":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}]}`,
      ]) {
        const deep = await call(server, "POST", "/admin/catalogue/imports", {
          raw,
          contentType: "application/json",
        });
        assert.equal(deep.status, 400, JSON.stringify(deep.body));
        assert.equal(deep.headers.get("content-type"), "application/problem+json; charset=utf-8");
        assert.equal(deep.body.code, "INVALID_FEED");
        assert.match(deep.body.detail, /nest/);
      }
      const list = await call(server, "GET", "/admin/catalogue/imports");
      assert.ok(!list.body.items.some((i: { source: string | null }) => i.source === "deep"));
    });

    test("an unreadable feed is a 400 INVALID_FEED problem; malformed JSON and other media types are problems too", async () => {
      const missing = await call(server, "POST", "/admin/catalogue/imports", { raw: "id,name\n1,2" });
      assert.deepEqual([missing.status, missing.body.code], [400, "INVALID_FEED"]);
      const notArray = await call(server, "POST", "/admin/catalogue/imports", { body: { games: "many" } });
      assert.deepEqual([notArray.status, notArray.body.code], [400, "INVALID_FEED"]);
      const broken = await call(server, "POST", "/admin/catalogue/imports", {
        raw: "{not json",
        contentType: "application/json",
      });
      assert.equal(broken.status, 400);
      assert.equal(broken.headers.get("content-type"), "application/problem+json; charset=utf-8");
      const xml = await call(server, "POST", "/admin/catalogue/imports", {
        raw: "<games/>",
        contentType: "application/xml",
      });
      assert.deepEqual([xml.status, xml.body.code], [415, "UNSUPPORTED_MEDIA_TYPE"]);
    });

    test("admins switch games and providers off for everyone; the backoffice switches them for one operator", async () => {
      await call(server, "POST", "/admin/catalogue/imports", {
        body: { providers: [ACME], games: [feedGame("sw-1"), feedGame("sw-2")] },
      });
      const off = await call(server, "PUT", "/admin/catalogue/games/sw-1/status", {
        body: { status: "disabled" },
      });
      assert.deepEqual(
        [off.status, off.body.status, off.body.adminStatus, off.body.feedStatus],
        [200, "disabled", "disabled", "active"],
      );
      const games = await call(server, "GET", "/admin/catalogue/games?search=GAME%20SW-1");
      assert.deepEqual(
        games.body.items.map((g: { id: string }) => g.id),
        ["sw-1"],
        "admins see disabled games",
      );
      const all = await call(server, "GET", "/admin/catalogue/games?provider=acme&limit=200");
      assert.ok(
        all.body.items.some(
          (g: { id: string; status: string }) => g.id === "sw-1" && g.status === "disabled",
        ),
      );
      const bo = await call(server, "GET", "/backoffice/catalogue/games?provider=acme&limit=200", {
        operator: "op_a",
      });
      assert.ok(!bo.body.items.some((g: { id: string }) => g.id === "sw-1"));

      const hide = await call(server, "PUT", "/backoffice/catalogue/games/sw-2", {
        operator: "op_a",
        body: { enabled: false },
      });
      assert.deepEqual(hide.body, { gameId: "sw-2", setting: "disabled" });
      const shown = await call(server, "GET", "/backoffice/catalogue/games?provider=acme&limit=200", {
        operator: "op_a",
      });
      const sw2 = shown.body.items.find((g: { id: string }) => g.id === "sw-2");
      assert.deepEqual([sw2.enabled, sw2.gameSetting, sw2.providerSetting], [false, "disabled", "default"]);
      assert.equal((await call(server, "GET", "/v1/games/sw-2", { operator: "op_a" })).status, 404);
      assert.deepEqual(
        (await call(server, "DELETE", "/backoffice/catalogue/games/sw-2", { operator: "op_a" })).body,
        { gameId: "sw-2", setting: "default" },
      );
      assert.equal((await call(server, "GET", "/v1/games/sw-2", { operator: "op_a" })).status, 200);

      const provider = await call(server, "PUT", "/backoffice/catalogue/providers/acme", {
        operator: "op_a",
        body: { enabled: false },
      });
      assert.deepEqual(provider.body, { providerId: "acme", setting: "disabled" });
      const providers = await call(server, "GET", "/backoffice/catalogue/providers", { operator: "op_a" });
      assert.deepEqual(
        providers.body.items.find((p: { id: string }) => p.id === "acme")?.setting,
        "disabled",
      );
      await call(server, "DELETE", "/backoffice/catalogue/providers/acme", { operator: "op_a" });

      const globalOff = await call(server, "PUT", "/admin/catalogue/providers/acme/status", {
        body: { status: "disabled" },
      });
      assert.deepEqual(globalOff.body, { id: "acme", status: "disabled", changed: true });
      assert.equal((await call(server, "GET", "/v1/games/sw-2", { operator: "op_a" })).status, 404);
      const adminProviders = await call(server, "GET", "/admin/catalogue/providers");
      assert.equal(
        adminProviders.body.items.find((p: { id: string }) => p.id === "acme")?.status,
        "disabled",
      );
      await call(server, "PUT", "/admin/catalogue/providers/acme/status", { body: { status: "active" } });

      const cases: [string, string, unknown, number, string][] = [
        ["PUT", "/admin/catalogue/games/nope/status", { status: "disabled" }, 404, "GAME_NOT_FOUND"],
        ["PUT", "/admin/catalogue/providers/nope/status", { status: "disabled" }, 404, "PROVIDER_NOT_FOUND"],
        ["PUT", "/admin/catalogue/games/sw-1/status", { status: "off" }, 400, "VALIDATION_FAILED"],
        ["PUT", "/backoffice/catalogue/games/nope", { enabled: false }, 404, "GAME_NOT_FOUND"],
        ["PUT", "/backoffice/catalogue/games/sw-1", { enabled: "no" }, 400, "VALIDATION_FAILED"],
        ["PUT", "/backoffice/catalogue/providers/acme", {}, 400, "VALIDATION_FAILED"],
      ];
      for (const [method, path, body, status, code] of cases) {
        const response = await call(server, method, path, { operator: "op_a", body });
        assert.deepEqual([response.status, response.body.code], [status, code], path);
      }
    });

    test("lobby settings: launch URL and frame ancestors are validated and normalised", async () => {
      const empty = await call(server, "GET", "/backoffice/catalogue/lobby", { operator: "op_a" });
      assert.deepEqual(empty.body, { launchUrl: null, frameAncestors: [], lobbyPath: "/lobby/op_a" });
      const set = await call(server, "PUT", "/backoffice/catalogue/lobby", {
        operator: "op_a",
        body: {
          launchUrl: "https://casino.example/play",
          frameAncestors: ["https://Casino.example/", "https://www.casino.example:8443"],
        },
      });
      assert.equal(set.status, 200);
      assert.deepEqual(set.body.frameAncestors, [
        "https://casino.example",
        "https://www.casino.example:8443",
      ]);
      for (const body of [
        { launchUrl: "javascript:alert(1)", frameAncestors: [] },
        { launchUrl: "https://user:pw@casino.example/", frameAncestors: [] },
        { launchUrl: null, frameAncestors: ["https://casino.example/path"] },
        { launchUrl: null, frameAncestors: ["casino.example; script-src *"] },
      ]) {
        const refused = await call(server, "PUT", "/backoffice/catalogue/lobby", { operator: "op_a", body });
        assert.deepEqual(
          [refused.status, refused.body.code],
          [400, "INVALID_LOBBY_SETTINGS"],
          JSON.stringify(body),
        );
      }
      const kept = await call(server, "GET", "/backoffice/catalogue/lobby", { operator: "op_a" });
      assert.equal(kept.body.launchUrl, "https://casino.example/play");
    });
  });
}
