import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../../db/test-databases.ts";
import { openRound } from "../open-round.ts";
import { placeBet } from "../place-bet.ts";
import type { Round } from "../round-deps.ts";
import { settleWin } from "../settle-win.ts";
import { drain, startEngine, type EngineFixture } from "../test/engine-fixture.ts";

const PLAYERS = 5;
const CAP = 2;

for (const kind of testDialects) {
  describe(`recovery after an operator outage (${kind})`, () => {
    let f: EngineFixture;
    before(async () => {
      // random 1: every backoff delay is the top of its jitter range, the slowest schedule.
      f = await startEngine(kind, { random: () => 1, endpoint: { maxConcurrency: CAP } });
    });
    after(() => f.close());

    test("waiting wins are brought forward when the wallet answers again, a concurrency cap at a time", async () => {
      const winIds: string[] = [];
      const rounds: Round[] = [];
      for (let index = 0; index < PLAYERS; index += 1) {
        const playerId = `outage_${index}`;
        f.wallet.addPlayer(playerId, 1_000);
        const opened = await openRound(f.deps, f.session(playerId));
        assert.ok(opened.ok);
        assert.ok((await placeBet(f.deps, { round: opened.round, betRef: "b", amountMinor: 100 })).ok);
        rounds.push(opened.round);
      }
      // The outage: every answer a 500; the wins start failing a second apart.
      f.faults = Array.from({ length: 1_000 }, () => "http-500" as const);
      for (const round of rounds) {
        const win = await settleWin(f.deps, {
          round,
          winRef: "w",
          amountMinor: 50,
          closeRound: true,
        });
        assert.ok(win.ok && win.delivery === "retrying");
        winIds.push(win.callId!);
        f.advance(1_000);
      }
      // Long enough for the backoff to reach minutes: retry each win when it is due.
      for (let pass = 0; pass < 60; pass += 1) {
        const calls = await Promise.all(winIds.map((id) => f.call(id)));
        if (calls.every((call) => call.attempts >= 10)) break;
        f.now = Math.min(...calls.map((call) => call.next_attempt_at_ms));
        await drain(f);
      }
      const waiting = await Promise.all(winIds.map((id) => f.call(id)));
      assert.ok(waiting.every((call) => call.state === "pending"));
      assert.ok(waiting.every((call) => call.next_attempt_at_ms - f.now >= 0));
      const slowest = Math.max(...waiting.map((call) => call.next_attempt_at_ms));
      assert.ok(slowest - f.now > 200_000, "backoff has grown to minutes");

      // The wallet recovers. The first win due gets through: a definite answer.
      f.faults = [];
      f.now = Math.min(...waiting.map((call) => call.next_attempt_at_ms));
      assert.equal(await f.dispatcher.runOnce(), 1);
      const afterFirst = await Promise.all(winIds.map((id) => f.call(id)));
      assert.equal(afterFirst.filter((call) => call.state === "ok").length, 1);
      assert.equal(
        afterFirst.filter((call) => call.state === "pending" && call.next_attempt_at_ms <= f.now).length,
        CAP,
        "a concurrency cap's worth brought forward, no more",
      );

      // The clock stands still: the rest follow within a few polls, not minutes.
      for (let poll = 0; poll < 4; poll += 1) await f.dispatcher.runOnce();
      const delivered = await Promise.all(winIds.map((id) => f.call(id)));
      assert.deepEqual(
        delivered.map((call) => call.state),
        winIds.map(() => "ok"),
      );
      for (let index = 0; index < PLAYERS; index += 1) {
        assert.equal(f.wallet.balanceOf(`outage_${index}`), 950);
      }
      await drain(f);
    });

    test("a credit that just failed is not raced by a bring-forward", async () => {
      f.faults = [];
      f.wallet.addPlayer("blink", 1_000);
      const opened = await openRound(f.deps, f.session("blink"));
      assert.ok(opened.ok);
      assert.ok((await placeBet(f.deps, { round: opened.round, betRef: "b", amountMinor: 100 })).ok);
      f.faults = ["http-500"];
      const win = await settleWin(f.deps, {
        round: opened.round,
        winRef: "w",
        amountMinor: 10,
        closeRound: true,
      });
      assert.ok(win.ok && win.delivery === "retrying");
      const before = await f.call(win.callId!);
      // Another call answered at once: the win's failed attempt may still be on its way.
      const other = await openRound(f.deps, f.session("blink"));
      assert.ok(other.ok);
      assert.ok((await placeBet(f.deps, { round: other.round, betRef: "b", amountMinor: 10 })).ok);
      await f.outbox.batcher.flush();
      assert.equal(await f.dispatcher.runOnce(), 0);
      assert.equal((await f.call(win.callId!)).next_attempt_at_ms, before.next_attempt_at_ms);
      f.now = before.next_attempt_at_ms;
      await drain(f);
      assert.equal((await f.call(win.callId!)).state, "ok");
    });
  });
}
