import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { startGamePlay, type GamePlayFixture } from "../sessions/test/game-play-fixture.ts";
import { REPLAY_HEADER } from "./routes.ts";
import { assertProblem } from "./test/gateway-helpers.ts";

for (const kind of testDialects) {
  describe(`provider gateway: demo play (${kind})`, () => {
    let f: GamePlayFixture;
    before(async () => {
      f = await startGamePlay(kind);
    });
    after(async () => f?.close());

    test("demo: a win past the round's cap (long before the largest exact amount) is refused and changes nothing", async () => {
      const { token } = await f.startSession({ player_id: `demo-big-${kind}`, demo: true });
      const round = { session_token: token, round_id: "big-r1" };
      await f.gateway("/bet", { ...round, transaction_id: "big-b1", amount: 100 });
      const huge = {
        ...round,
        transaction_id: "big-w1",
        amount: Number.MAX_SAFE_INTEGER,
        round_closed: false,
      };
      // The win cap (10,000× the stake) refuses it first; the balance limit stays as a last guard.
      assertProblem(await f.gateway("/win", huge), 422, "WIN_LIMIT_EXCEEDED");
      const validated = await f.gateway("/session/validate", { session_token: token });
      assert.equal(validated.json.balance, 99_900);
      // Not claimed: the id stays free for a win that fits.
      const fits = await f.gateway("/win", { ...huge, amount: 50 });
      assert.equal(fits.json.balance, 99_950);
    });

    test("demo: the same API on play money; the wallet is never called", async () => {
      const before = f.walletCalls.length;
      const { token, sessionId } = await f.startSession({ player_id: `demo-${kind}`, demo: true });
      const validated = await f.gateway("/session/validate", { session_token: token });
      assert.equal(validated.json.demo, true);
      assert.equal(validated.json.balance, 100_000);
      const bet = { session_token: token, transaction_id: "demo-b1", round_id: "demo-r1", amount: 40_000 };
      assert.deepEqual((await f.gateway("/bet", bet)).json, {
        transaction_id: "demo-b1",
        balance: 60_000,
        currency: "EUR",
      });
      const replay = await f.gateway("/bet", bet);
      assert.equal(replay.headers.get(REPLAY_HEADER), "true");
      assert.equal(replay.json.balance, 60_000);
      assertProblem(await f.gateway("/bet", { ...bet, amount: 1 }), 409, "TRANSACTION_CONFLICT");
      const poor = await f.gateway("/bet", { ...bet, transaction_id: "demo-b2", amount: 60_001 });
      assertProblem(poor, 402, "INSUFFICIENT_FUNDS");
      assert.equal(poor.json.balance, 60_000);
      const win = {
        session_token: token,
        transaction_id: "demo-w1",
        round_id: "demo-r1",
        amount: 5_000,
        round_closed: false,
      };
      assert.equal((await f.gateway("/win", win)).json.balance, 65_000);
      assert.equal((await f.gateway("/win", win)).headers.get(REPLAY_HEADER), "true");
      const ended = await f.gateway("/round/end", {
        session_token: token,
        transaction_id: "demo-e1",
        round_id: "demo-r1",
      });
      assert.deepEqual(ended.json, {
        transaction_id: "demo-e1",
        delivery: "acknowledged",
        round_closed: true,
        balance: 65_000,
      });
      assertProblem(
        await f.gateway("/bet", { ...bet, transaction_id: "demo-b3", amount: 10 }),
        409,
        "ROUND_CLOSED",
      );

      await f.gateway("/bet", {
        session_token: token,
        transaction_id: "demo-b4",
        round_id: "demo-r2",
        amount: 1_000,
      });
      const rolled = await f.gateway("/rollback", {
        session_token: token,
        transaction_id: "demo-x1",
        bet_transaction_id: "demo-b4",
      });
      assert.deepEqual(rolled.json, {
        transaction_id: "demo-x1",
        rolled_back: true,
        delivery: "acknowledged",
        balance: 65_000,
      });
      const twice = await f.gateway("/rollback", {
        session_token: token,
        transaction_id: "demo-x2",
        bet_transaction_id: "demo-b4",
      });
      assert.equal(twice.json.rolled_back_by, "demo-x1");
      const early = await f.gateway("/rollback", {
        session_token: token,
        transaction_id: "demo-x3",
        bet_transaction_id: "demo-b5",
      });
      assert.equal(early.json.rolled_back, false);
      assertProblem(
        await f.gateway("/bet", {
          session_token: token,
          transaction_id: "demo-b5",
          round_id: "demo-r3",
          amount: 10,
        }),
        409,
        "BET_ROLLED_BACK",
      );
      assert.deepEqual((await f.gateway("/balance", { session_token: token })).json, {
        balance: 65_000,
        currency: "EUR",
      });
      const session = await f.h.request("GET", `/v1/sessions/${sessionId}`, { token: f.apiToken });
      assert.equal(session.json.balance, 65_000);
      assert.equal(f.walletCalls.length, before, "demo play made no wallet call");
    });
  });
}
