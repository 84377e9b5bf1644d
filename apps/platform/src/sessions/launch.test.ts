import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { LAUNCH_REQUESTS_PER_MINUTE } from "./launch-routes.ts";
import { BUILT_IN_GAME, startGamePlay, STUDIO_GAME, type GamePlayFixture } from "./test/game-play-fixture.ts";

for (const kind of testDialects) {
  describe(`launch (${kind})`, () => {
    let f: GamePlayFixture;
    before(async () => {
      f = await startGamePlay(kind);
    });
    after(async () => f?.close());

    test("launch URL: single use, balance call at session start, redirect to the studio's template", async () => {
      await f.player("launch-1", 12_345);
      const launched = await f.launch({ player_id: "launch-1", language: "pt-BR" });
      assert.equal(launched.status, 201, launched.text);
      assert.equal(launched.headers.get("cache-control"), "no-store");
      const { session_id: sessionId, launch_url: launchUrl } = launched.json;
      assert.match(launchUrl, new RegExp(`^${f.h.baseUrl}/launch/lt_[A-Za-z0-9_-]{43}$`));
      const token = launchUrl.split("/").at(-1);
      const stored = await f.h.db.db
        .selectFrom("game_sessions")
        .selectAll()
        .where("id", "=", sessionId)
        .executeTakeFirstOrThrow();
      assert.equal(stored.status, "created");
      assert.notEqual(stored.launch_token_hash, token, "only the hash is stored");
      assert.ok(!JSON.stringify(stored).includes(token));
      assert.equal(
        f.walletCalls.filter((c) => c.player_id === "launch-1").length,
        0,
        "no wallet call before the URL is opened",
      );

      // A link preview's HEAD must not use the token up.
      assert.notEqual((await fetch(launchUrl, { method: "HEAD" })).status, 302);
      const opened = await f.open(launchUrl);
      assert.equal(opened.status, 302, opened.text);
      const location = new URL(opened.location!);
      assert.equal(location.origin + location.pathname, "https://games.acme.example/launch");
      assert.equal(location.searchParams.get("game"), STUDIO_GAME);
      assert.equal(location.searchParams.get("lang"), "pt-BR");
      assert.match(location.searchParams.get("token") ?? "", /^sst_/);
      assert.deepEqual(
        f.walletCalls.filter((c) => c.player_id === "launch-1").map((c) => c.action),
        ["balance"],
        "exactly one balance call, at session start",
      );

      const session = await f.h.request("GET", `/v1/sessions/${sessionId}`, { token: f.apiToken });
      assert.equal(session.status, 200, session.text);
      assert.equal(session.json.status, "active");
      assert.equal(session.json.balance, 12_345);
      assert.equal(session.json.demo, false);

      const again = await f.open(launchUrl);
      assert.equal(again.status, 410);
      assert.match(again.text, /link expired or used/i);
      assert.equal(
        f.walletCalls.filter((c) => c.player_id === "launch-1").length,
        1,
        "a second use calls nothing",
      );
    });

    test("an expired launch URL is refused like a used one", async () => {
      await f.player("launch-2", 100);
      const launched = await f.launch({ player_id: "launch-2" });
      f.advance(61_000);
      const opened = await f.open(launched.json.launch_url);
      assert.equal(opened.status, 410);
      assert.match(opened.text, /link expired or used/i);
      assert.equal(f.walletCalls.filter((c) => c.player_id === "launch-2").length, 0);
      const unknown = await f.open(`${f.h.baseUrl}/launch/lt_${"x".repeat(43)}`);
      assert.equal(unknown.status, 410);
    });

    test("the wallet refusing the player at session start ends the session with a plain page", async () => {
      const launched = await f.launch({ player_id: "nobody-here" });
      const opened = await f.open(launched.json.launch_url);
      assert.equal(opened.status, 403);
      assert.match(opened.text, /cannot play/);
      assert.ok(!opened.text.includes("PLAYER_NOT_FOUND"), "no protocol detail on the player's page");
      const session = await f.h.request("GET", `/v1/sessions/${launched.json.session_id}`, {
        token: f.apiToken,
      });
      assert.equal(session.json.status, "ended");
      assert.equal(session.json.end_reason, "wallet:PLAYER_NOT_FOUND");

      await f.player("blocked-1", 500, { blocked: true });
      const blocked = await f.launch({ player_id: "blocked-1" });
      const page = await f.open(blocked.json.launch_url);
      assert.equal(page.status, 403);
      const ended = await f.h.request("GET", `/v1/sessions/${blocked.json.session_id}`, {
        token: f.apiToken,
      });
      assert.equal(ended.json.end_reason, "wallet:PLAYER_BLOCKED");
    });

    test("the built-in studio plays on a platform page; demo never calls the wallet", async () => {
      await f.player("launch-3", 777);
      const { location } = await f.startSession({ player_id: "launch-3", game_id: BUILT_IN_GAME });
      assert.match(location, new RegExp(`^${f.h.baseUrl}/play/sst_`));
      // The page is the built-in studio's game client (apps/game-client; studio/ tests its play).
      const page = await fetch(location);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="root">/);

      const calls = f.walletCalls.length;
      const demo = await f.startSession({ player_id: "launch-3", game_id: BUILT_IN_GAME, demo: true });
      assert.equal((await fetch(demo.location)).status, 200);
      assert.equal(f.walletCalls.length, calls, "demo launch made no wallet call");
    });

    test("launch refusals: unknown game, currency, bad URLs", async () => {
      const unknown = await f.launch({ game_id: "no-such-game" });
      assert.equal(unknown.status, 404);
      assert.equal(unknown.json.code, "GAME_NOT_AVAILABLE");
      const currency = await f.launch({ currency: "USD" });
      assert.equal(currency.status, 422);
      assert.equal(currency.json.code, "CURRENCY_NOT_SUPPORTED");
      const url = await f.launch({ return_url: "https://user:pw@casino.example/" });
      assert.equal(url.status, 400);
      assert.equal(url.json.code, "INVALID_URL");
      const shape = await f.launch({ return_url: "javascript:alert(1)" });
      assert.equal(shape.status, 400);
      assert.equal(shape.json.code, "VALIDATION_FAILED");
      const unauthenticated = await f.h.request("POST", "/v1/sessions", { body: {} });
      assert.equal(unauthenticated.status, 401);
    });

    test("a disabled studio's games do not launch", async () => {
      const disabled = await f.h.request("PATCH", "/admin/studios/acme", {
        token: f.h.adminToken,
        body: { status: "disabled" },
      });
      assert.equal(disabled.status, 200, disabled.text);
      try {
        const refused = await f.launch();
        assert.equal(refused.status, 409);
        assert.equal(refused.json.code, "STUDIO_NOT_AVAILABLE");
      } finally {
        await f.h.request("PATCH", "/admin/studios/acme", {
          token: f.h.adminToken,
          body: { status: "active" },
        });
      }
    });

    test("a sandbox credential only sees sandbox sessions; live needs a live operator", async () => {
      const sandbox = await f.launch({ demo: true });
      assert.equal(sandbox.status, 201);
      // Going live has its own conditions (conformance run, credit): set the status directly here.
      await f.h.db.db
        .updateTable("operators")
        .set({ status: "live" })
        .where("id", "=", f.operatorId)
        .execute();
      const liveCredential = await f.h.request("POST", "/backoffice/credentials", {
        token: f.boToken,
        body: { environment: "live", label: "live" },
      });
      assert.equal(liveCredential.status, 201, liveCredential.text);
      const liveToken = liveCredential.json.token as string;
      const live = await f.launch({ demo: true }, liveToken);
      assert.equal(live.status, 201, live.text);

      const seenBySandbox = await f.h.request("GET", `/v1/sessions/${live.json.session_id}`, {
        token: f.apiToken,
      });
      assert.equal(seenBySandbox.status, 404);
      assert.equal(seenBySandbox.json.code, "SESSION_NOT_FOUND");
      const endBySandbox = await f.h.request("POST", `/v1/sessions/${live.json.session_id}/end`, {
        token: f.apiToken,
      });
      assert.equal(endBySandbox.status, 404);
      const seenByLive = await f.h.request("GET", `/v1/sessions/${live.json.session_id}`, {
        token: liveToken,
      });
      assert.equal(seenByLive.status, 200);
      assert.equal(seenByLive.json.environment, "live");
      assert.equal(
        (await f.h.request("GET", `/v1/sessions/${sandbox.json.session_id}`, { token: liveToken })).status,
        404,
      );
      // Real play in live needs a live callback URL.
      const noWallet = await f.launch({}, liveToken);
      assert.equal(noWallet.status, 409);
      assert.equal(noWallet.json.code, "WALLET_NOT_CONFIGURED");
    });

    test("a suspended operator cannot launch", async () => {
      const suspend = await f.h.request("POST", `/admin/operators/${f.operatorId}/suspend`, {
        token: f.h.adminToken,
        body: { reason: "compliance review" },
      });
      assert.equal(suspend.status, 200, suspend.text);
      try {
        const refused = await f.launch({ demo: true });
        assert.equal(refused.status, 403);
        assert.equal(refused.json.code, "LAUNCH_NOT_ALLOWED");
        assert.match(refused.headers.get("content-type") ?? "", /problem\+json/);
      } finally {
        await f.h.request("POST", `/admin/operators/${f.operatorId}/reinstate`, { token: f.h.adminToken });
      }
      assert.equal((await f.launch({ demo: true })).status, 201);
    });

    // Last: it uses up this client's launch allowance for the minute.
    test("launch pages are rate-limited per client", async () => {
      let last = 0;
      for (let i = 0; i <= LAUNCH_REQUESTS_PER_MINUTE; i += 1) {
        last = (await fetch(`${f.h.baseUrl}/launch/lt_unknown${i}`, { redirect: "manual" })).status;
      }
      assert.equal(last, 429);
    });
  });
}
