import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../../db/test-databases.ts";
import { startGamePlay, STUDIO_ID, type GamePlayFixture } from "../../sessions/test/game-play-fixture.ts";
import { assertProblem, playing } from "../test/gateway-helpers.ts";
import { maxWinMultipleOf, roundCap } from "./win-cap.ts";

for (const kind of testDialects) {
  describe(`provider gateway: win caps (${kind})`, () => {
    let f: GamePlayFixture;
    before(async () => {
      f = await startGamePlay(kind);
    });
    after(async () => f?.close());

    test("the studio's multiple is an admin setting; the cap counts every win of the round", async () => {
      const patched = await f.h.request("PATCH", `/admin/studios/${STUDIO_ID}`, {
        token: f.h.adminToken,
        body: { maxWinMultiple: 50 },
      });
      assert.equal(patched.status, 200, patched.text);
      assert.equal(patched.json.maxWinMultiple, 50);
      try {
        const { token, playerId } = await playing(f, 10_000);
        const round = { session_token: token, round_id: "cap-r1" };
        await f.gateway("/bet", { ...round, transaction_id: "cap-b1", amount: 100 });
        await f.gateway("/bet", { ...round, transaction_id: "cap-b2", amount: 100 });
        // 200 staked × 50 = 10,000 in total.
        const first = { ...round, transaction_id: "cap-w1", amount: 6_000, round_closed: false };
        assert.equal((await f.gateway("/win", first)).status, 200);
        const over = await f.gateway("/win", { ...first, transaction_id: "cap-w2", amount: 4_001 });
        assertProblem(over, 422, "WIN_LIMIT_EXCEEDED");
        assert.equal(over.json.max_win, 4_000);
        assert.equal(await f.walletBalance(playerId), 10_000 - 200 + 6_000);

        // A win already recorded is answered from its record even when the cap has since tightened.
        await f.h.request("PATCH", `/admin/studios/${STUDIO_ID}`, {
          token: f.h.adminToken,
          body: { maxWinMultiple: 1 },
        });
        const replayed = await f.gateway("/win", first);
        assert.equal(replayed.status, 200, replayed.text);
        assert.equal(replayed.headers.get("idempotent-replayed"), "true");
      } finally {
        await f.h.request("PATCH", `/admin/studios/${STUDIO_ID}`, {
          token: f.h.adminToken,
          body: { maxWinMultiple: 10_000 },
        });
      }
    });

    test("a rolled-back bet no longer counts as a stake of the round", async () => {
      const { token, playerId } = await playing(f, 10_000);
      const round = { session_token: token, round_id: "cap-rb" };
      await f.gateway("/bet", { ...round, transaction_id: "caprb-b1", amount: 100 });
      await f.gateway("/bet", { ...round, transaction_id: "caprb-b2", amount: 100 });
      const rolled = await f.gateway("/rollback", {
        session_token: token,
        transaction_id: "caprb-x1",
        bet_transaction_id: "caprb-b2",
      });
      assert.equal(rolled.json.rolled_back, true, rolled.text);
      const win = { ...round, transaction_id: "caprb-w1", amount: 100 * 10_000 + 1, round_closed: true };
      const refused = await f.gateway("/win", win);
      assertProblem(refused, 422, "WIN_LIMIT_EXCEEDED");
      assert.equal(refused.json.max_win, 1_000_000);
      assert.equal(await f.walletBalance(playerId), 9_900);
    });

    test("demo sessions are capped alike", async () => {
      const { token } = await f.startSession({ player_id: `demo-cap-${kind}`, demo: true });
      const round = { session_token: token, round_id: "demo-cap" };
      await f.gateway("/bet", { ...round, transaction_id: "dcap-b1", amount: 10 });
      const over = await f.gateway("/win", {
        ...round,
        transaction_id: "dcap-w1",
        amount: 100_001,
        round_closed: true,
      });
      assertProblem(over, 422, "WIN_LIMIT_EXCEEDED");
      assert.equal(over.json.max_win, 100_000);
      const refusals = await f.h.request("GET", "/admin/win-refusals?limit=200", { token: f.h.adminToken });
      const mine = (refusals.json.items as Array<Record<string, unknown>>).find(
        (r) => r.transactionId === "dcap-w1",
      );
      assert.equal(mine?.demo, true);
      assert.equal((await f.gateway("/session/validate", { session_token: token })).json.balance, 99_990);
    });

    test("a built-in title's multiple is the engine's own maximum win (rounded up), not the studio default", async () => {
      const db = f.h.db.db;
      assert.equal(
        await maxWinMultipleOf(db, { studio_id: "croupier-studio", game_id: "european-roulette" }),
        36,
      );
      assert.equal(
        await maxWinMultipleOf(db, { studio_id: "croupier-studio", game_id: "fruit-fiesta" }),
        124,
      );
      assert.equal(await maxWinMultipleOf(db, { studio_id: STUDIO_ID, game_id: "acme-slots" }), 10_000);
      assert.deepEqual(roundCap({ hasAcceptedBet: true, stakesMinor: 100, paidMinor: 0 }, 36, 2_000), {
        capMinor: 2_000,
        cap: "operator_max_win",
      });
      assert.deepEqual(roundCap({ hasAcceptedBet: true, stakesMinor: 100, paidMinor: 0 }, 36, undefined), {
        capMinor: 3_600,
        cap: "win_multiple",
      });
    });
  });
}
