import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { BUILT_IN_GAME, startGamePlay, type GamePlayFixture } from "./test/game-play-fixture.ts";

for (const kind of testDialects) {
  describe(`sandbox launch from the backoffice (${kind})`, () => {
    let f: GamePlayFixture;
    before(async () => {
      f = await startGamePlay(kind);
    });
    after(async () => f?.close());

    const launch = (body: Record<string, unknown>, token = f.boToken) =>
      f.h.request("POST", "/backoffice/sandbox/launches", { token, body });

    test("a team member launches an offered game as a test player: the /v1 launch, against the sandbox wallet", async () => {
      await f.player("bo-tester", 5_000);
      const launched = await launch({ game_id: BUILT_IN_GAME, player_id: "bo-tester", currency: "EUR" });
      assert.equal(launched.status, 201, launched.text);
      assert.equal(launched.headers.get("cache-control"), "no-store");
      assert.equal(launched.json.demo, false);
      assert.match(launched.json.launch_url, new RegExp(`^${f.h.baseUrl}/launch/lt_`));
      const session = await f.h.db.db
        .selectFrom("game_sessions")
        .selectAll()
        .where("id", "=", launched.json.session_id)
        .executeTakeFirstOrThrow();
      assert.equal(session.operator_id, f.operatorId);
      assert.equal(session.environment, "sandbox");
      assert.equal(session.player_id, "bo-tester");
      assert.equal(session.demo, 0);
      assert.equal(session.return_url, `${f.h.baseUrl}/ui/`, "the game's exit leads back to the backoffice");

      const opened = await f.open(launched.json.launch_url);
      assert.equal(opened.status, 302, opened.text);
      assert.deepEqual(
        f.walletCalls.filter((c) => c.player_id === "bo-tester").map((c) => c.action),
        ["balance"],
        "the sandbox wallet is asked for the test player's balance",
      );
      const api = await f.h.request("GET", `/v1/sessions/${launched.json.session_id}`, { token: f.apiToken });
      assert.equal(api.status, 200, "the session is the sandbox credential's like any other");
      assert.equal(api.json.balance, 5_000);
    });

    test("refusals: unknown game, currency not the operator's, bad input, no sandbox wallet", async () => {
      const unknown = await launch({ game_id: "no-such-game", player_id: "p", currency: "EUR" });
      assert.equal(unknown.status, 404, unknown.text);
      assert.equal(unknown.json.code, "GAME_NOT_AVAILABLE");
      const currency = await launch({ game_id: BUILT_IN_GAME, player_id: "p", currency: "JPY" });
      assert.equal(currency.status, 422, currency.text);
      assert.equal(currency.json.code, "CURRENCY_NOT_SUPPORTED");
      const extra = await launch({ game_id: BUILT_IN_GAME, player_id: "p", currency: "EUR", demo: true });
      assert.equal(extra.status, 400, extra.text);
      const noPlayer = await launch({ game_id: BUILT_IN_GAME, currency: "EUR" });
      assert.equal(noPlayer.status, 400, noPlayer.text);

      const other = await f.h.approvedOperator();
      const unwired = await launch({ game_id: BUILT_IN_GAME, player_id: "p", currency: "EUR" }, other.token);
      assert.equal(unwired.status, 409, unwired.text);
      assert.equal(unwired.json.code, "WALLET_NOT_CONFIGURED");
      const sessions = await f.h.db.db
        .selectFrom("game_sessions")
        .select("id")
        .where("operator_id", "=", other.operatorId)
        .execute();
      assert.deepEqual(sessions, [], "a refused launch keeps nothing");
      const anonymous = await f.h.request("POST", "/backoffice/sandbox/launches", {
        body: { game_id: BUILT_IN_GAME, player_id: "p", currency: "EUR" },
      });
      assert.equal(anonymous.status, 401);
    });
  });
}
