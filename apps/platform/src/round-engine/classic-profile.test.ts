// The compatibility (GameHub) profile against a wallet that follows the classic rules literally:
// a rollback is processed like a plain credit, without looking for the original. An automatic
// rollback of a debit the wallet never took would pay the player; the engine holds it instead,
// and a person resolving by the operator's ledger leaves every balance exact (ADR 0006).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testEndpoint } from "../callbacks/test/test-endpoint.ts";
import type { Fault } from "../callbacks/test/test-wallet.ts";
import { testDialects } from "../db/test-databases.ts";
import { markResolved, retryNow } from "./outbox/manual-resolution.ts";
import { rollbackCallId } from "./outbox/attempt.ts";
import { openRound } from "./open-round.ts";
import { placeBet } from "./place-bet.ts";
import { drain, startEngine, type EngineFixture } from "./test/engine-fixture.ts";

const FAULTS: readonly Fault[] = [
  "none",
  "http-500",
  "garbage",
  "reset",
  "hang",
  "apply-then-reset",
  "apply-then-hang",
  "none",
];

for (const kind of testDialects) {
  describe(`compatibility profile, literal classic wallet (${kind})`, () => {
    let f: EngineFixture;
    before(async () => {
      f = await startEngine(kind);
      // A short timeout: "hang" must end as an unknown outcome quickly; no assertion depends on it.
      f.lookup.set(testEndpoint(f.wallet.gameHubUrl, { profile: "gamehub", timeoutMs: 300 }));
      f.wallet.options.literalClassicRollbacks = true;
    });
    after(() => f.close());

    test("faults on debits: nothing is rolled back blindly, and resolving by the ledger loses nothing", async () => {
      const initial = 10_000;
      f.wallet.addPlayer("lit", initial);
      const bets: { callId: string; amount: number; stood: boolean }[] = [];
      for (const [i, fault] of FAULTS.entries()) {
        const opened = await openRound(f.deps, f.session("lit"));
        assert.ok(opened.ok);
        f.faults = [fault];
        const amount = 100 + i;
        const bet = await placeBet(f.deps, { round: opened.round, betRef: `b${i}`, amountMinor: amount });
        if (bet.ok) bets.push({ callId: bet.callId, amount, stood: true });
        else {
          assert.equal(bet.code, "BET_OUTCOME_UNKNOWN", `${String(fault)}: ${bet.code}`);
          bets.push({ callId: (bet as { callId: string }).callId, amount, stood: false });
        }
      }
      await drain(f);
      const standing = bets.filter((bet) => bet.stood).reduce((sum, bet) => sum + bet.amount, 0);
      assert.equal(bets.filter((bet) => !bet.stood).length, 6);

      // Nothing was sent for the unknown debits: the wallet never saw a rollback.
      assert.equal(f.wallet.received.filter((request) => request.rb === "1").length, 0);
      const held = [];
      for (const bet of bets.filter((b) => !b.stood)) {
        const rollback = await f.call(rollbackCallId(bet.callId));
        assert.equal(rollback.state, "manual");
        assert.equal(rollback.rb_call_id, bet.callId);
        assert.match(rollback.outcome_reason ?? "", /held for review \(compatibility profile\)/);
        assert.ok(rollback.outcome_reason?.includes(bet.callId), "the evidence names the debit");
        held.push({ bet, rollback });
      }

      // A person asks the operator's ledger about each debit, and acts on the answer.
      for (const { bet, rollback } of held) {
        if (f.wallet.applied.has(bet.callId)) {
          const sent = await retryNow(f.deps, rollback.call_id);
          assert.ok(sent.ok && sent.state === "ok", JSON.stringify(sent));
        } else {
          const closed = await markResolved(
            f.deps,
            rollback.call_id,
            "not in the operator's ledger",
            "adm_1",
          );
          assert.ok(closed.ok);
        }
      }
      await drain(f);
      assert.equal(f.wallet.balanceOf("lit"), initial - standing, "no cent lost or paid twice");
      for (const count of f.wallet.applied.values()) assert.equal(count, 1);
    });

    test("the native profile still rolls back at once (a wallet that looks for the original)", async () => {
      f.wallet.options.literalClassicRollbacks = false;
      f.lookup.set(testEndpoint(f.wallet.url, { operatorId: "op_native", timeoutMs: 300 }));
      try {
        f.wallet.addPlayer("nat", 1_000);
        const opened = await openRound(f.deps, { ...f.session("nat"), operatorId: "op_native" });
        assert.ok(opened.ok);
        f.faults = ["hang"];
        const bet = await placeBet(f.deps, { round: opened.round, betRef: "b", amountMinor: 100 });
        assert.ok(!bet.ok && bet.code === "BET_OUTCOME_UNKNOWN");
        await drain(f);
        const rollback = await f.call(rollbackCallId((bet as { callId: string }).callId));
        assert.equal(rollback.state, "ok");
        assert.equal(f.wallet.balanceOf("nat"), 1_000);
      } finally {
        f.wallet.options.literalClassicRollbacks = true;
      }
    });
  });
}
