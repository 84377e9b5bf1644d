import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { openRound } from "./open-round.ts";
import { placeBet } from "./place-bet.ts";
import type { Round } from "./round-deps.ts";
import { rollbackBet } from "./rollback-bet.ts";
import { settleWin } from "./settle-win.ts";
import { drain, startEngine, type EngineFixture } from "./test/engine-fixture.ts";

for (const kind of testDialects) {
  describe(`a round whose only bet failed closes at once (${kind})`, () => {
    let f: EngineFixture;
    before(async () => {
      f = await startEngine(kind);
    });
    after(() => f.close());

    async function newRound(playerId: string, balance: number): Promise<Round> {
      f.faults = [];
      f.wallet.addPlayer(playerId, balance);
      const opened = await openRound(f.deps, f.session(playerId));
      assert.ok(opened.ok);
      return opened.round;
    }

    const roundStatus = async (roundId: string) =>
      (
        await f.db.db
          .selectFrom("rounds")
          .select(["status", "close_reason"])
          .where("round_id", "=", roundId)
          .executeTakeFirstOrThrow()
      ).status;

    test("debit unknown: its rollback carries round_closed and the round is void once it is acknowledged", async () => {
      const round = await newRound("lost-bet", 1_000);
      f.faults = ["http-500"];
      const bet = await placeBet(f.deps, { round, betRef: "b1", amountMinor: 300 });
      assert.equal(!bet.ok && bet.code, "BET_OUTCOME_UNKNOWN");
      const [debit, rollback] = (await f.calls()).filter((call) => call.round_id === round.roundId);
      assert.equal(debit!.state, "unknown");
      assert.deepEqual([rollback!.rb, rollback!.round_closed, rollback!.state], [1, 1, "pending"]);
      // Nothing may follow the closing call: a new bet in the round is refused, nothing is sent.
      const sent = f.wallet.received.length;
      const next = await placeBet(f.deps, { round, betRef: "b2", amountMinor: 100 });
      assert.equal(!next.ok && next.code, "ROUND_CLOSED");
      assert.equal(f.wallet.received.length, sent);
      assert.equal(await roundStatus(round.roundId), "open", "until the rollback is acknowledged");

      await drain(f);
      assert.equal((await f.call(rollback!.call_id)).state, "ok");
      assert.equal(await roundStatus(round.roundId), "void");
      const last = f.wallet.received.filter((request) => request.round_id === round.roundId).at(-1);
      assert.equal(last?.call_id, rollback!.call_id);
      assert.equal(last?.round_closed, true, "the operator hears the round closed");
      assert.equal(f.wallet.balanceOf("lost-bet"), 1_000);
      // A win is refused as before (no bet stood); ending it again changes nothing.
      const win = await settleWin(f.deps, { round, winRef: "w1", amountMinor: 10, closeRound: true });
      assert.equal(!win.ok && win.code, "DEBIT_NOT_ACKNOWLEDGED");
      const end = await settleWin(f.deps, { round, winRef: "end", amountMinor: 0, closeRound: true });
      assert.ok(end.ok && end.delivery === "void");
      // The game asking to roll the same bet back gets that very rollback, not a conflict.
      const asked = await rollbackBet(f.deps, { round, betRef: "b1" });
      assert.ok(asked.ok);
      assert.deepEqual([asked.delivery, asked.callId], ["acknowledged", rollback!.call_id]);
    });

    test("debit refused: the round stays open for a smaller stake, as before", async () => {
      const round = await newRound("refused-bet", 100);
      const bet = await placeBet(f.deps, { round, betRef: "b1", amountMinor: 500 });
      assert.equal(!bet.ok && bet.code, "BET_REFUSED");
      await f.outbox.batcher.flush();
      assert.equal(await roundStatus(round.roundId), "open");
      const again = await placeBet(f.deps, { round, betRef: "b2", amountMinor: 50 });
      assert.ok(again.ok && again.balanceMinor === 50);
      const win = await settleWin(f.deps, { round, winRef: "w1", amountMinor: 10, closeRound: true });
      assert.ok(win.ok && win.delivery === "acknowledged");
      assert.equal(await roundStatus(round.roundId), "closed");
    });

    test("another bet of the round stands: a failed one leaves the round open, its rollback not closing", async () => {
      const round = await newRound("second-bet", 1_000);
      assert.ok((await placeBet(f.deps, { round, betRef: "b1", amountMinor: 100 })).ok);
      f.faults = ["http-500"];
      const failed = await placeBet(f.deps, { round, betRef: "b2", amountMinor: 200 });
      assert.equal(!failed.ok && failed.code, "BET_OUTCOME_UNKNOWN");
      const refused = await placeBet(f.deps, { round, betRef: "b3", amountMinor: 5_000 });
      assert.equal(!refused.ok && refused.code, "BET_REFUSED");
      await drain(f);
      const rollback = (await f.calls()).find((call) => call.round_id === round.roundId && call.rb === 1);
      assert.deepEqual([rollback?.round_closed, rollback?.state], [0, "ok"]);
      assert.equal(await roundStatus(round.roundId), "open");
      const win = await settleWin(f.deps, { round, winRef: "w1", amountMinor: 150, closeRound: true });
      assert.ok(win.ok && win.delivery === "acknowledged");
      assert.equal(await roundStatus(round.roundId), "closed");
      assert.equal(f.wallet.balanceOf("second-bet"), 1_050);
    });
  });
}
