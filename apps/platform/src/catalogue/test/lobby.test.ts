import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import type { ServiceDeps } from "../../deps.ts";
import { setLobbySettings } from "../lobby/lobby-settings.ts";
import { setOperatorGameChoice } from "../operator-settings.ts";
import {
  feedGame,
  importGames,
  insertOperator,
  startCatalogueServer,
  testDeps,
  type TestServer,
} from "./fixtures.ts";

const USER = { kind: "operator_user" as const, id: "usr_1" };

/** The game ids of the tiles, in page order. */
function tiles(html: string): string[] {
  return [...html.matchAll(/data-game-id="([^"]+)"/g)].map((m) => m[1] ?? "");
}

for (const kind of testDialects) {
  describe(`embeddable lobby page (${kind})`, () => {
    let testDb: TestDb;
    let deps: ServiceDeps;
    let server: TestServer;
    const get = async (path: string) => {
      const response = await fetch(`${server.baseUrl}${path}`);
      return { status: response.status, headers: response.headers, html: await response.text() };
    };

    before(async () => {
      testDb = await openTestDb(kind);
      deps = testDeps(testDb);
      await insertOperator(deps, "op_lobby", {
        jurisdictions: ["GB"],
        website: "https://www.casino.example/home",
        name: "Casino <Royal>",
      });
      await insertOperator(deps, "op_pending", { status: "pending" });
      await insertOperator(deps, "op_unset");
      const games = [
        feedGame("evil", { name: `<script>alert("x")</script> & "Friends"`, provider: "acme" }),
        feedGame("blocked", { name: "Blocked In GB", provider: "acme", blockedJurisdictions: ["GB"] }),
        feedGame("hidden", { name: "Hidden By Operator", provider: "acme" }),
        feedGame("plain", { name: "Plain Game", provider: "zeta", images: {}, demoAvailable: false }),
        ...Array.from({ length: 70 }, (_, i) =>
          feedGame(`bulk-${String(i).padStart(2, "0")}`, {
            name: `Zz Bulk ${String(i).padStart(2, "0")}`,
            provider: "zeta",
          }),
        ),
      ];
      await importGames(deps, games, [
        { id: "acme", name: "Acme & Sons" },
        { id: "zeta", name: "Zeta" },
      ]);
      await setOperatorGameChoice(deps, {
        operatorId: "op_lobby",
        targetId: "hidden",
        enabled: false,
        actor: USER,
      });
      for (const operatorId of ["op_lobby", "op_pending"]) {
        const set = await setLobbySettings(deps, {
          operatorId,
          launchUrl: "https://casino.example/launch?src=lobby",
          frameAncestors: [],
          actor: USER,
        });
        assert.ok(set.ok);
      }
      server = await startCatalogueServer(deps);
    });
    after(async () => {
      await server?.close();
      await testDb?.dispose();
    });

    test("lists only the games the operator offers, escapes names, links tiles to the launch URL", async () => {
      const page = await get("/lobby/op_lobby");
      assert.equal(page.status, 200);
      assert.equal(page.headers.get("content-type"), "text/html; charset=utf-8");
      const ids = tiles(page.html);
      assert.deepEqual(ids.slice(0, 2), ["evil", "plain"]);
      assert.ok(!ids.includes("blocked"), "blocked in the operator's jurisdiction");
      assert.ok(!ids.includes("hidden"), "switched off by the operator");
      assert.equal(ids.length, 60, "one page of tiles");
      assert.ok(!page.html.includes("<script"), "no markup from a game name survives");
      assert.ok(
        page.html.includes("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;Friends&#34;"),
      );
      assert.ok(page.html.includes("<title>Games — Casino &#60;Royal&#62;</title>"));
      assert.ok(
        page.html.includes('href="https://casino.example/launch?src=lobby&#38;game_id=evil" target="_top"'),
      );
      assert.ok(page.html.includes('src="https://cdn.example/evil/thumb.png"'));
      assert.ok(
        page.html.includes('<span class="art" aria-hidden="true">PG</span>'),
        "no thumbnail: initials",
      );
      assert.ok(
        page.html.includes('<option value="acme">Acme &#38; Sons</option>'),
        "provider filter, escaped",
      );
    });

    test("may be framed only by the operator's own origins; no script may run", async () => {
      const csp = (await get("/lobby/op_lobby")).headers.get("content-security-policy") ?? "";
      assert.match(csp, /frame-ancestors https:\/\/www\.casino\.example(;|$)/);
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
      assert.doesNotMatch(csp, /script-src|unsafe-inline/);
      const set = await setLobbySettings(deps, {
        operatorId: "op_lobby",
        launchUrl: "https://casino.example/launch?src=lobby",
        frameAncestors: ["https://a.example", "https://b.example"],
        actor: USER,
      });
      assert.ok(set.ok);
      const after = (await get("/lobby/op_lobby")).headers;
      assert.match(
        after.get("content-security-policy") ?? "",
        /frame-ancestors https:\/\/a\.example https:\/\/b\.example/,
      );
      assert.equal(after.get("x-frame-options"), null);
    });

    test("the search box and provider filter work without script, and 'More games' pages on", async () => {
      assert.deepEqual(tiles((await get("/lobby/op_lobby?search=PLAIN")).html), ["plain"]);
      const acme = await get("/lobby/op_lobby?provider=acme");
      assert.deepEqual(tiles(acme.html), ["evil"]);
      assert.ok(acme.html.includes('<option value="acme" selected>'));
      assert.ok((await get("/lobby/op_lobby?search=nothing-matches")).html.includes("No games match"));
      const first = await get("/lobby/op_lobby?provider=zeta");
      const more = /<a class="more" href="([^"]+)">/.exec(first.html)?.[1]?.replace(/&#38;/g, "&");
      assert.ok(more !== undefined && more.startsWith("/lobby/op_lobby?provider=zeta&cursor="));
      const second = await get(more);
      const all = [...tiles(first.html), ...tiles(second.html)];
      assert.equal(all.length, 71);
      assert.equal(new Set(all).size, 71);
      assert.deepEqual(
        tiles((await get("/lobby/op_lobby?cursor=stale&provider=%3Cx%3E")).html).length,
        60,
        "odd values ignored",
      );
    });

    test("unknown, unapproved or unconfigured operators get a 404 page", async () => {
      for (const path of ["/lobby/op_nobody", "/lobby/op_pending", "/lobby/op_unset"]) {
        const page = await get(path);
        assert.equal(page.status, 404, path);
        assert.match(page.html, /does not exist or is not set up/);
      }
    });
  });
}
