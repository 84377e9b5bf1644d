import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../../db/test-databases.ts";
import { openRound } from "../open-round.ts";
import { placeBet } from "../place-bet.ts";
import type { Round } from "../round-deps.ts";
import { settleWin } from "../settle-win.ts";
import { drain, startEngine, type EngineFixture } from "../test/engine-fixture.ts";
import { getCallWithAttempts, markResolved, retryNow } from "./manual-resolution.ts";

const HORIZON_MS = 30 * 60_000;

for (const kind of testDialects) {
  describe(`outbox retries (${kind})`, () => {
    let f: EngineFixture;
    before(async () => {
      // random 1: every delay is the top of its jitter range, so the schedule is exact.
      f = await startEngine(kind, { retryHorizonMs: HORIZON_MS, random: () => 1 });
    });
    after(() => f.close());

    async function roundWithBet(playerId: string): Promise<Round> {
      f.faults = [];
      f.wallet.options.clock = () => f.now;
      f.wallet.addPlayer(playerId, 1_000);
      const opened = await openRound(f.deps, f.session(playerId));
      assert.ok(opened.ok);
      assert.ok((await placeBet(f.deps, { round: opened.round, betRef: "b", amountMinor: 100 })).ok);
      return opened.round;
    }

    test("backoff 1 s doubling to 10 min, then manual at the horizon; retryNow delivers it", async () => {
      const round = await roundWithBet("backoff");
      f.faults = Array.from({ length: 100 }, () => "http-500" as const);
      const win = await settleWin(f.deps, { round, winRef: "w", amountMinor: 40, closeRound: true });
      assert.ok(win.ok && win.delivery === "retrying");
      const callId = win.callId!;
      const delays: number[] = [];
      for (let pass = 0; pass < 30; pass += 1) {
        const call = await f.call(callId);
        if (call.state !== "pending") break;
        delays.push(call.next_attempt_at_ms - f.now);
        f.now = call.next_attempt_at_ms;
        assert.equal(await f.dispatcher.runOnce(), 1);
      }
      const created = (await f.call(callId)).created_at_ms;
      // 1+2+…+512 s, then the 10 min cap; the last wait (177 s) is cut short so that the last
      // attempt happens at the 30 min horizon itself.
      assert.deepEqual(
        delays,
        [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 600_000, 177_000],
      );
      assert.equal(f.now, created + HORIZON_MS);
      const manual = await f.call(callId);
      assert.equal(manual.state, "manual");
      assert.match(manual.outcome_reason ?? "", /retry horizon passed/);
      assert.equal(manual.attempts, delays.length + 1);
      assert.equal(f.wallet.balanceOf("backoff"), 900, "never applied");
      assert.match(await f.registry.metrics(), /croupier_outbox_manual_calls 1/);

      // The dispatcher leaves it alone now.
      f.advance(24 * 3_600_000);
      assert.equal(await f.dispatcher.runOnce(), 0);

      f.faults = [];
      const retried = await retryNow(f.deps, callId);
      assert.deepEqual(retried, { ok: true, state: "ok", reason: null });
      assert.equal(f.wallet.balanceOf("backoff"), 940);
      const resolved = await markResolved(f.deps, callId, "done", "adm_1");
      assert.equal(!resolved.ok && resolved.code, "CALL_NOT_MANUAL");
      const again = await retryNow(f.deps, callId);
      assert.equal(!again.ok && again.code, "CALL_NOT_RETRYABLE");
    });

    test("a manual call that fails again returns to manual; markResolved closes it", async () => {
      const round = await roundWithBet("resolve");
      f.faults = Array.from({ length: 100 }, () => "http-500" as const);
      const win = await settleWin(f.deps, { round, winRef: "w", amountMinor: 40, closeRound: true });
      assert.ok(win.ok);
      f.advance(HORIZON_MS);
      await drain(f);
      assert.equal((await f.call(win.callId!)).state, "manual");
      const retried = await retryNow(f.deps, win.callId!);
      assert.ok(retried.ok);
      assert.equal(retried.state, "manual");
      const bad = await markResolved(f.deps, win.callId!, "   ", "adm_1");
      assert.equal(!bad.ok && bad.code, "INVALID_INPUT");
      assert.deepEqual(await markResolved(f.deps, win.callId!, "paid by bank transfer, ticket 77", "adm_1"), {
        ok: true,
      });
      const found = await getCallWithAttempts(f.outbox, win.callId!);
      assert.equal(found?.call.state, "resolved");
      assert.equal(found?.call.resolved_by, "adm_1");
      assert.equal(found?.attempts.length, found?.call.attempts);
      assert.equal((await retryNow(f.deps, "nope")).ok, false);
      f.faults = [];
    });

    test("a definite refusal of a credit goes straight to manual", async () => {
      const round = await roundWithBet("blocked");
      // Remove the player: PLAYER_NOT_FOUND is stored and replayed by the operator, retrying is pointless.
      f.wallet.players.delete("blocked");
      const win = await settleWin(f.deps, { round, winRef: "w", amountMinor: 40, closeRound: true });
      assert.ok(win.ok);
      assert.equal(win.delivery, "manual");
      const call = await f.call(win.callId!);
      assert.equal(call.state, "manual");
      assert.equal(call.error_code, "PLAYER_NOT_FOUND");
    });

    test("an operator clock 40 s off: credits retried with an alarm, delivered once it is fixed", async () => {
      const round = await roundWithBet("skew");
      f.wallet.options.clock = () => f.now + 40_000;
      const win = await settleWin(f.deps, { round, winRef: "w", amountMinor: 60, closeRound: true });
      assert.ok(win.ok && win.delivery === "retrying");
      for (let pass = 0; pass < 3; pass += 1) {
        f.advance(2 * 60_000);
        await drain(f);
      }
      const waiting = await f.call(win.callId!);
      assert.equal(waiting.state, "pending");
      assert.equal(waiting.error_code, "TIMESTAMP_EXPIRED");
      assert.equal(waiting.attempts, 4);
      assert.match(
        await f.registry.metrics(),
        /croupier_wallet_callback_auth_refusals_total\{[^}]*action="credit"[^}]*code="TIMESTAMP_EXPIRED"\} 4/,
      );
      f.wallet.options.clock = () => f.now;
      f.advance(2 * 60_000);
      await drain(f);
      assert.equal((await f.call(win.callId!)).state, "ok");
      assert.equal(f.wallet.balanceOf("skew"), 960);
    });

    test("circuit open: a bet is refused unsent, a win waits and is delivered after the cooldown", async () => {
      const round = await roundWithBet("circuit");
      const endpoint = { ...f.endpoint, breaker: { failureThreshold: 2, cooldownMs: 60_000 } };
      f.lookup.set(endpoint);
      try {
        f.faults = ["http-500", "http-500"];
        const win = await settleWin(f.deps, { round, winRef: "w", amountMinor: 70, closeRound: false });
        assert.ok(win.ok && win.delivery === "retrying");
        f.advance(5_000);
        await drain(f);
        assert.notEqual(f.client.circuitRetryAtMs(endpoint), undefined, "open after two failures");
        const sentBefore = f.wallet.received.length;
        const bet = await placeBet(f.deps, { round, betRef: "b2", amountMinor: 10 });
        assert.equal(!bet.ok && bet.code, "WALLET_UNAVAILABLE");
        const closing = await settleWin(f.deps, { round, winRef: "w2", amountMinor: 0, closeRound: true });
        assert.ok(closing.ok && closing.delivery === "queued", "behind the first win");
        f.advance(10_000);
        await drain(f);
        assert.equal(f.wallet.received.length, sentBefore, "nothing sent while open");
        // After the cooldown one trial goes; once it succeeds the rest follow.
        f.advance(60_000);
        await drain(f);
        f.advance(2_000);
        await drain(f);
        assert.equal((await f.call(win.callId!)).state, "ok");
        assert.equal((await f.call(closing.callId!)).state, "ok");
        assert.equal(f.wallet.balanceOf("circuit"), 970);
        assert.equal(f.client.circuitRetryAtMs(endpoint), undefined);
      } finally {
        f.lookup.set(f.endpoint);
      }
    });
  });
}
