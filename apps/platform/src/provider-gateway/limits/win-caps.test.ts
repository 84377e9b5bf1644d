import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../../db/test-databases.ts";
import { startGamePlay, STUDIO_ID, type GamePlayFixture } from "../../sessions/test/game-play-fixture.ts";
import { assertProblem, eventually, playing } from "../test/gateway-helpers.ts";
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

    /** Sends `count` wins of `amount` in the round at once; answers in the order sent. */
    const winsAtOnce = (round: Record<string, unknown>, prefix: string, count: number, amount: number) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          f.gateway("/win", { ...round, transaction_id: `${prefix}-${i}`, amount, round_closed: false }),
        ),
      );

    const refusalsOf = async (prefix: string) => {
      const listed = await f.h.request("GET", "/admin/win-refusals?limit=200", { token: f.h.adminToken });
      return (listed.json.items as Array<Record<string, unknown>>).filter((r) =>
        String(r.transactionId).startsWith(`${prefix}-`),
      );
    };

    test("wins of one round sent at once are measured one after the other: together they never pass the cap", async () => {
      const patched = await f.h.request("PATCH", `/admin/studios/${STUDIO_ID}`, {
        token: f.h.adminToken,
        body: { maxWinMultiple: 50 },
      });
      assert.equal(patched.status, 200, patched.text);
      try {
        const { token, playerId } = await playing(f, 10_000);
        const round = { session_token: token, round_id: "cap-burst" };
        assert.equal(
          (await f.gateway("/bet", { ...round, transaction_id: "burst-b", amount: 100 })).status,
          200,
        );
        // 100 staked × 50 = 5,000: two of the twenty wins of 2,000 fit, whichever arrive first.
        const answers = await winsAtOnce(round, "burst-w", 20, 2_000);
        const paid = answers.filter((answer) => answer.status === 200);
        for (const answer of answers.filter((answer) => answer.status !== 200))
          assertProblem(answer, 422, "WIN_LIMIT_EXCEEDED");
        assert.equal(paid.length, 2, answers.map((answer) => answer.text).join("\n"));
        await eventually(async () => (await f.walletBalance(playerId)) === 10_000 - 100 + 4_000);
        assert.equal((await refusalsOf("burst-w")).length, 18);
        // A refused id stays free: under it the round pays what it may still pay, and no more.
        const freeId = `burst-w-${answers.findIndex((answer) => answer.status !== 200)}`;
        const more = { ...round, transaction_id: freeId, amount: 1_001, round_closed: false };
        const moreAnswer = await f.gateway("/win", more);
        assertProblem(moreAnswer, 422, "WIN_LIMIT_EXCEEDED");
        assert.equal(moreAnswer.json.max_win, 1_000);
        const last = { ...round, transaction_id: freeId, amount: 1_000, round_closed: true };
        assert.equal((await f.gateway("/win", last)).status, 200);
        await eventually(async () => (await f.walletBalance(playerId)) === 10_000 - 100 + 5_000);
      } finally {
        await f.h.request("PATCH", `/admin/studios/${STUDIO_ID}`, {
          token: f.h.adminToken,
          body: { maxWinMultiple: 10_000 },
        });
      }
    });

    test("the operator's maximum win per round holds against wins sent at once too", async () => {
      const set = await f.h.request("PUT", "/backoffice/play-limits/EUR", {
        token: f.boToken,
        body: { minBetMinor: null, maxBetMinor: null, maxWinPerRoundMinor: 2_500 },
      });
      assert.equal(set.status, 200, set.text);
      try {
        const { token, playerId } = await playing(f, 10_000);
        const round = { session_token: token, round_id: "cap-opmax" };
        await f.gateway("/bet", { ...round, transaction_id: "opmax-b", amount: 100 });
        // Two of the twenty wins of 1,000 fit under the operator's 2,500.
        const answers = await winsAtOnce(round, "opmax-w", 20, 1_000);
        const refused = answers.filter((answer) => answer.status !== 200);
        assert.equal(refused.length, 18, answers.map((answer) => answer.text).join("\n"));
        for (const answer of refused) {
          assertProblem(answer, 422, "WIN_LIMIT_EXCEEDED");
          assert.equal(answer.json.cap, "operator_max_win");
        }
        await eventually(async () => (await f.walletBalance(playerId)) === 10_000 - 100 + 2_000);
        const fits = await f.gateway("/win", {
          ...round,
          transaction_id: "opmax-w-last",
          amount: 500,
          round_closed: true,
        });
        assert.equal(fits.status, 200, fits.text);
        await eventually(async () => (await f.walletBalance(playerId)) === 10_000 - 100 + 2_500);
      } finally {
        await f.h.request("PUT", "/backoffice/play-limits/EUR", {
          token: f.boToken,
          body: { minBetMinor: null, maxBetMinor: null, maxWinPerRoundMinor: null },
        });
      }
    });

    test("demo wins sent at once never pass the cap together either", async () => {
      const { token } = await f.startSession({ player_id: `demo-burst-${kind}`, demo: true });
      const start = (await f.gateway("/session/validate", { session_token: token })).json.balance as number;
      const round = { session_token: token, round_id: "demo-burst" };
      await f.gateway("/bet", { ...round, transaction_id: "dburst-b", amount: 10 });
      // 10 staked × the studio's 10,000 = 100,000: two of the twenty wins of 40,000 fit.
      const answers = await winsAtOnce(round, "dburst-w", 20, 40_000);
      assert.equal(answers.filter((answer) => answer.status === 200).length, 2);
      assert.equal((await refusalsOf("dburst-w")).length, 18);
      const balance = (await f.gateway("/session/validate", { session_token: token })).json.balance;
      assert.equal(balance, start - 10 + 80_000);
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
