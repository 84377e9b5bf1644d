import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { startGamePlay, type GamePlayFixture } from "../sessions/test/game-play-fixture.ts";
import { REPLAY_HEADER } from "./routes.ts";
import { assertProblem, eventually, playing, walletCallsOf } from "./test/gateway-helpers.ts";

for (const kind of testDialects) {
  describe(`provider gateway: rounds against the reference wallet (${kind})`, () => {
    let f: GamePlayFixture;
    before(async () => {
      f = await startGamePlay(kind);
    });
    after(async () => f?.close());

    test("a full round: validate, balance, bet, win with round_closed — the wallet moves exactly", async () => {
      const { playerId, token, sessionId } = await playing(f, 10_000);
      const validated = await f.gateway("/session/validate", { session_token: token });
      assert.equal(validated.status, 200, validated.text);
      assert.deepEqual(validated.json, {
        session_id: sessionId,
        player_id: playerId,
        currency: "EUR",
        game_id: "acme-slots",
        language: "en",
        demo: false,
        balance: 10_000,
        return_url: "https://casino.example/lobby",
        cashier_url: "https://casino.example/cashier",
      });
      const balance = await f.gateway("/balance", { session_token: token, currency: "EUR" });
      assert.deepEqual(balance.json, { balance: 10_000, currency: "EUR" });

      const bet = {
        session_token: token,
        transaction_id: "full-b1",
        round_id: "full-r1",
        amount: 2_500,
        currency: "EUR",
      };
      const placed = await f.gateway("/bet", bet);
      assert.equal(placed.status, 200, placed.text);
      assert.deepEqual(placed.json, { transaction_id: "full-b1", balance: 7_500, currency: "EUR" });
      assert.equal(await f.walletBalance(playerId), 7_500);

      const win = {
        session_token: token,
        transaction_id: "full-w1",
        round_id: "full-r1",
        amount: 6_000,
        round_closed: true,
      };
      const paid = await f.gateway("/win", win);
      assert.equal(paid.status, 200, paid.text);
      assert.deepEqual(paid.json, {
        transaction_id: "full-w1",
        delivery: "acknowledged",
        round_closed: true,
        balance: 13_500,
      });
      assert.equal(await f.walletBalance(playerId), 13_500);

      // Replays answer from the record and move nothing.
      const calls = walletCallsOf(f, playerId).length;
      const betAgain = await f.gateway("/bet", bet);
      assert.equal(betAgain.status, 200);
      assert.deepEqual(betAgain.json, placed.json);
      assert.equal(betAgain.headers.get(REPLAY_HEADER), "true");
      const winAgain = await f.gateway("/win", win);
      assert.deepEqual(winAgain.json, paid.json);
      assert.equal(winAgain.headers.get(REPLAY_HEADER), "true");
      assert.equal(walletCallsOf(f, playerId).length, calls, "replays made no wallet call");
      assert.equal(await f.walletBalance(playerId), 13_500);
      // Metrics count replays apart from new requests.
      const metrics = (await f.h.request("GET", "/metrics")).text;
      for (const replayed of ["true", "false"]) {
        assert.match(
          metrics,
          new RegExp(
            `croupier_gateway_answers_total\\{endpoint="/gateway/v1/bet",outcome="ok",replayed="${replayed}"\\} [1-9]`,
          ),
        );
      }

      // The same id with other content is a conflict; the round is closed for new bets.
      assertProblem(await f.gateway("/bet", { ...bet, amount: 2_600 }), 409, "TRANSACTION_CONFLICT");
      assertProblem(
        await f.gateway("/win", { ...win, transaction_id: "full-b1" }),
        409,
        "TRANSACTION_CONFLICT",
      );
      assertProblem(await f.gateway("/bet", { ...bet, transaction_id: "full-b2" }), 409, "ROUND_CLOSED");
      assertProblem(
        await f.gateway("/bet", { ...bet, transaction_id: "full-b3", currency: "GBP" }),
        400,
        "CURRENCY_MISMATCH",
      );
      assert.equal(await f.walletBalance(playerId), 13_500);
      assert.deepEqual(
        walletCallsOf(f, playerId).map((c) => [c.action, c.amount]),
        [
          ["balance", undefined],
          ["balance", undefined],
          ["balance", undefined],
          ["debit", 2_500],
          ["credit", 6_000],
        ],
      );
    });
    test("the same bet ten times at once: one debit; every answer is the bet's or 'in progress'", async () => {
      const { playerId, token, sessionId } = await playing(f, 10_000);
      const bet = { session_token: token, transaction_id: "twin-b1", round_id: "twin-r1", amount: 700 };
      const answers = await Promise.all(Array.from({ length: 10 }, () => f.gateway("/bet", bet)));
      const placed = { transaction_id: "twin-b1", balance: 9_300, currency: "EUR" };
      for (const answer of answers) {
        if (answer.status === 200) assert.deepEqual(answer.json, placed);
        else assertProblem(answer, 409, "TRANSACTION_IN_PROGRESS");
      }
      assert.ok(answers.some((answer) => answer.status === 200));
      assert.deepEqual(
        walletCallsOf(f, playerId)
          .filter((call) => call.action === "debit")
          .map((call) => call.amount),
        [700],
      );
      // The answer and the session's balance are written behind the bet: a repeat replays it.
      await eventually(async () => (await f.gateway("/bet", bet)).headers.get(REPLAY_HEADER) === "true");
      await eventually(async () => {
        const row = await f.h.db.db
          .selectFrom("game_sessions")
          .select("last_balance_minor")
          .where("id", "=", sessionId)
          .executeTakeFirst();
        return row?.last_balance_minor === 9_300;
      });
      assert.equal(await f.walletBalance(playerId), 9_300);
    });

    test("twelve players' bets and wins at once, with an unknown token among them: each reaches its own player", async () => {
      // On PostgreSQL the session reads of requests arriving together go as one statement
      // (db/batched-lookup.ts): every answer must still be its own session's.
      const players = await Promise.all(Array.from({ length: 12 }, (_, i) => playing(f, 10_000 + i)));
      const bets = await Promise.all([
        ...players.map(({ token }, i) =>
          f.gateway("/bet", {
            session_token: token,
            transaction_id: `many-b${i}`,
            round_id: `many-r${i}`,
            amount: 100 * (i + 1),
          }),
        ),
        f.gateway("/bet", {
          session_token: "no-such-token",
          transaction_id: "many-bx",
          round_id: "many-rx",
          amount: 1,
        }),
      ]);
      players.forEach((_, i) =>
        assert.deepEqual(bets[i]?.json, {
          transaction_id: `many-b${i}`,
          balance: 10_000 + i - 100 * (i + 1),
          currency: "EUR",
        }),
      );
      assertProblem(bets[12]!, 404, "SESSION_NOT_FOUND");
      const wins = await Promise.all(
        players.map(({ token }, i) =>
          f.gateway("/win", {
            session_token: token,
            transaction_id: `many-w${i}`,
            round_id: `many-r${i}`,
            amount: 1_000 * i,
            round_closed: true,
          }),
        ),
      );
      for (const [i, { playerId }] of players.entries()) {
        assert.equal(wins[i]?.status, 200, wins[i]?.text);
        assert.equal(await f.walletBalance(playerId), 10_000 + i - 100 * (i + 1) + 1_000 * i);
      }
    });

    test("insufficient funds: refused with the balance, stored and replayed", async () => {
      const { playerId, token } = await playing(f, 100);
      const bet = { session_token: token, transaction_id: "poor-b1", round_id: "poor-r1", amount: 500 };
      const refused = await f.gateway("/bet", bet);
      assertProblem(refused, 402, "INSUFFICIENT_FUNDS");
      assert.equal(refused.json.balance, 100);
      const again = await f.gateway("/bet", bet);
      assertProblem(again, 402, "INSUFFICIENT_FUNDS");
      assert.equal(again.headers.get(REPLAY_HEADER), "true");
      assert.equal(walletCallsOf(f, playerId).filter((c) => c.action === "debit").length, 1);
      assert.equal(await f.walletBalance(playerId), 100);
      // A win in a round whose only bet was refused has nothing to pay against.
      const win = {
        session_token: token,
        transaction_id: "poor-w1",
        round_id: "poor-r1",
        amount: 50,
        round_closed: true,
      };
      assertProblem(await f.gateway("/win", win), 409, "NO_ACCEPTED_BET");
    });
    test("end round without a win: a closing credit of 0", async () => {
      const { playerId, token } = await playing(f, 1_000);
      assertProblem(
        await f.gateway("/round/end", { session_token: token, transaction_id: "end-e0", round_id: "end-r0" }),
        404,
        "ROUND_NOT_FOUND",
      );
      const placed = await f.gateway("/bet", {
        session_token: token,
        transaction_id: "end-b1",
        round_id: "end-r1",
        amount: 300,
      });
      assert.equal(placed.status, 200, placed.text);
      const ended = await f.gateway("/round/end", {
        session_token: token,
        transaction_id: "end-e1",
        round_id: "end-r1",
      });
      assert.equal(ended.status, 200, ended.text);
      assert.deepEqual(ended.json, {
        transaction_id: "end-e1",
        delivery: "acknowledged",
        round_closed: true,
        balance: 700,
      });
      assert.equal(await f.walletBalance(playerId), 700);
      assert.deepEqual(walletCallsOf(f, playerId).at(-1), {
        action: "credit",
        player_id: playerId,
        amount: 0,
        round_id: "gr_acme_end-r1",
      });
      assertProblem(
        await f.gateway("/bet", {
          session_token: token,
          transaction_id: "end-b2",
          round_id: "end-r1",
          amount: 10,
        }),
        409,
        "ROUND_CLOSED",
      );
    });
    test("rollback of a bet by its transaction id; a rollback before its bet refuses the bet", async () => {
      const { playerId, token } = await playing(f, 1_000);
      await f.gateway("/bet", {
        session_token: token,
        transaction_id: "rb-b1",
        round_id: "rb-r1",
        amount: 400,
      });
      assert.equal(await f.walletBalance(playerId), 600);
      const rollback = { session_token: token, transaction_id: "rb-x1", bet_transaction_id: "rb-b1" };
      const rolled = await f.gateway("/rollback", rollback);
      assert.equal(rolled.status, 200, rolled.text);
      assert.deepEqual(rolled.json, {
        transaction_id: "rb-x1",
        rolled_back: true,
        delivery: "acknowledged",
        balance: 1_000,
      });
      assert.equal(await f.walletBalance(playerId), 1_000);
      const again = await f.gateway("/rollback", rollback);
      assert.deepEqual(again.json, rolled.json);
      assert.equal(again.headers.get(REPLAY_HEADER), "true");
      const other = await f.gateway("/rollback", { ...rollback, transaction_id: "rb-x2" });
      assert.equal(other.status, 200);
      assert.equal(other.json.rolled_back_by, "rb-x1");
      assert.equal(await f.walletBalance(playerId), 1_000, "rolled back once");

      const early = await f.gateway("/rollback", {
        session_token: token,
        transaction_id: "rb-x3",
        bet_transaction_id: "rb-b9",
      });
      assert.equal(early.status, 200, early.text);
      assert.equal(early.json.rolled_back, false);
      assert.equal(early.json.balance, 1_000);
      const late = await f.gateway("/bet", {
        session_token: token,
        transaction_id: "rb-b9",
        round_id: "rb-r9",
        amount: 100,
      });
      assertProblem(late, 409, "BET_ROLLED_BACK");
      assert.equal(await f.walletBalance(playerId), 1_000);
      assert.deepEqual(
        walletCallsOf(f, playerId)
          .filter((c) => c.action !== "balance")
          .map((c) => [c.action, c.amount]),
        [
          ["debit", 400],
          ["credit", 400],
        ],
      );
    });
    test("an expired session refuses new bets; the open round still settles", async () => {
      const { playerId, token, sessionId } = await playing(f, 1_000);
      await f.gateway("/bet", {
        session_token: token,
        transaction_id: "exp-b1",
        round_id: "exp-r1",
        amount: 200,
      });
      f.advance(31 * 60_000);
      const refused = await f.gateway("/bet", {
        session_token: token,
        transaction_id: "exp-b2",
        round_id: "exp-r2",
        amount: 100,
      });
      assertProblem(refused, 403, "SESSION_EXPIRED");
      const win = {
        session_token: token,
        transaction_id: "exp-w1",
        round_id: "exp-r1",
        amount: 500,
        round_closed: true,
      };
      const paid = await f.gateway("/win", win);
      assert.equal(paid.status, 200, paid.text);
      assert.equal(await f.walletBalance(playerId), 1_300);
      const session = await f.h.request("GET", `/v1/sessions/${sessionId}`, { token: f.apiToken });
      assert.equal(session.json.status, "expired");
      assert.equal(session.json.end_reason, "idle");
      // A retried bet id refused by the session check was not claimed: it stays refused, not conflicting.
      assertProblem(
        await f.gateway("/bet", {
          session_token: token,
          transaction_id: "exp-b2",
          round_id: "exp-r2",
          amount: 999,
        }),
        403,
        "SESSION_EXPIRED",
      );
    });
    test("an ended session and a suspended operator: no new rounds; open rounds settle", async () => {
      const { playerId, token, sessionId } = await playing(f, 1_000);
      await f.gateway("/bet", {
        session_token: token,
        transaction_id: "end-op-b1",
        round_id: "end-op-r1",
        amount: 100,
      });
      const ended = await f.h.request("POST", `/v1/sessions/${sessionId}/end`, { token: f.apiToken });
      assert.equal(ended.json.status, "ended");
      assertProblem(
        await f.gateway("/bet", {
          session_token: token,
          transaction_id: "end-op-b2",
          round_id: "end-op-r2",
          amount: 100,
        }),
        403,
        "SESSION_ENDED",
      );
      const win = {
        session_token: token,
        transaction_id: "end-op-w1",
        round_id: "end-op-r1",
        amount: 250,
        round_closed: true,
      };
      assert.equal((await f.gateway("/win", win)).status, 200);
      assert.equal(await f.walletBalance(playerId), 1_150);

      const other = await playing(f, 1_000);
      await f.gateway("/bet", {
        session_token: other.token,
        transaction_id: "susp-b1",
        round_id: "susp-r1",
        amount: 100,
      });
      const suspend = await f.h.request("POST", `/admin/operators/${f.operatorId}/suspend`, {
        token: f.h.adminToken,
        body: { reason: "review" },
      });
      assert.equal(suspend.status, 200, suspend.text);
      try {
        assertProblem(
          await f.gateway("/bet", {
            session_token: other.token,
            transaction_id: "susp-b2",
            round_id: "susp-r2",
            amount: 100,
          }),
          403,
          "OPERATOR_SUSPENDED",
        );
        const more = await f.gateway("/bet", {
          session_token: other.token,
          transaction_id: "susp-b3",
          round_id: "susp-r1",
          amount: 50,
        });
        assert.equal(more.status, 200, "a round already open takes its further bets");
        const closing = {
          session_token: other.token,
          transaction_id: "susp-w1",
          round_id: "susp-r1",
          amount: 0,
          round_closed: true,
        };
        assert.equal((await f.gateway("/win", closing)).status, 200);
      } finally {
        const reinstated = await f.h.request("POST", `/admin/operators/${f.operatorId}/reinstate`, {
          token: f.h.adminToken,
        });
        assert.equal(reinstated.status, 200, reinstated.text);
      }
      assert.equal(await f.walletBalance(other.playerId), 850);
    });
    test("a bet whose answer comes too late is refused; the engine rolls the debit back", async () => {
      const { playerId, token } = await playing(f, 1_000);
      const patch = (timeoutMs: number) =>
        f.h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
          token: f.boToken,
          body: { timeoutMs },
        });
      assert.equal((await patch(500)).status, 200);
      f.advance(10_000); // past the endpoint cache's lifetime
      try {
        f.slowOnce.set(playerId, 900);
        const bet = { session_token: token, transaction_id: "late-b1", round_id: "late-r1", amount: 300 };
        const failed = await f.gateway("/bet", bet);
        assertProblem(failed, 502, "BET_FAILED");
        assertProblem(await f.gateway("/bet", bet), 502, "BET_FAILED");
        await eventually(async () => {
          const rollback = await f.h.db.db
            .selectFrom("wallet_calls")
            .select("state")
            .where("player_id", "=", playerId)
            .where("rb", "=", 1)
            .executeTakeFirst();
          return rollback?.state === "ok";
        });
        // The late debit reaches the wallet after its rollback or before it: either way it ends undone.
        await eventually(async () =>
          f.walletAnswered.some((c) => c.player_id === playerId && c.action === "debit"),
        );
        assert.equal(await f.walletBalance(playerId), 1_000, "the late debit was rolled back");
        const win = {
          session_token: token,
          transaction_id: "late-w1",
          round_id: "late-r1",
          amount: 10,
          round_closed: true,
        };
        assertProblem(await f.gateway("/win", win), 409, "NO_ACCEPTED_BET");
      } finally {
        assert.equal((await patch(5_000)).status, 200);
        f.advance(10_000);
      }
    });
  });
}
