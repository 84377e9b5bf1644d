// The writes a caller hands the engine with a bet (BetCommitWrites): the claim is written with the
// debit, and what `onAcknowledged` returns rides in the acknowledgement's commit, stored only for
// a debit that is `ok`. On SQLite and PostgreSQL, against a real HTTP test wallet.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { newTxRow } from "../provider-gateway/transactions.ts";
import { openRound } from "./open-round.ts";
import { placeBet } from "./place-bet.ts";
import { storeClaimAnswerLater } from "./ride-along.ts";
import type { Round } from "./round-deps.ts";
import { settleWin } from "./settle-win.ts";
import { startEngine, type EngineFixture } from "./test/engine-fixture.ts";
import type { BetCommitWrites, ClaimRow } from "./write-model/riding-writes.ts";

for (const kind of testDialects) {
  describe(`writes riding in a bet's commits (${kind})`, () => {
    let f: EngineFixture;
    before(async () => {
      f = await startEngine(kind, { endpoint: { timeoutMs: 300 } });
    });
    after(() => f.close());

    async function newRound(playerId: string, balance: number): Promise<Round> {
      f.wallet.addPlayer(playerId, balance);
      const opened = await openRound(f.deps, f.session(playerId));
      assert.ok(opened.ok);
      return opened.round;
    }

    function claimRow(round: Round, txId: string, amountMinor: number): ClaimRow {
      return newTxRow(
        {
          studioId: "studio",
          txId,
          kind: "bet",
          sessionId: round.sessionId,
          roundRef: round.roundId,
          roundId: round.roundId,
          amountMinor,
          roundClosed: false,
          rollbackOf: null,
        },
        f.now,
      );
    }

    const stored = (txId: string) =>
      f.db.db
        .selectFrom("gateway_transactions")
        .select(["state", "result_code", "outcome"])
        .where("studio_id", "=", "studio")
        .where("tx_id", "=", txId)
        .executeTakeFirst();

    function riding(claim: ClaimRow, seen: { callId: string; balanceMinor: number }[]): BetCommitWrites {
      return {
        claim: { row: claim, unrecordedRefusals: [] },
        onAcknowledged: (acknowledged) => {
          seen.push(acknowledged);
          return {
            claimAnswer: {
              studioId: claim.studio_id,
              txId: claim.tx_id,
              resultCode: "OK",
              outcome: JSON.stringify({ balance: acknowledged.balanceMinor }),
            },
          };
        },
      };
    }

    test("an acknowledged bet: the claim is written with the debit and answered in the acknowledgement's commit", async () => {
      const round = await newRound("acked", 1_000);
      const claim = claimRow(round, "tx-acked", 300);
      const seen: { callId: string; balanceMinor: number }[] = [];
      const bet = await placeBet(f.deps, {
        round,
        betRef: "tx-acked",
        amountMinor: 300,
        riding: riding(claim, seen),
      });
      assert.ok(bet.ok);
      assert.deepEqual(seen, [{ callId: bet.callId, balanceMinor: 700 }]);
      // The bet's answer waited for the acknowledgement's commit, which carried the claim's answer.
      assert.deepEqual(await stored("tx-acked"), {
        state: "done",
        result_code: "OK",
        outcome: JSON.stringify({ balance: 700 }),
      });
      const again = await placeBet(f.deps, {
        round,
        betRef: "tx-acked",
        amountMinor: 300,
        riding: riding(claim, seen),
      });
      assert.equal(!again.ok && again.code, "CLAIM_EXISTS", "the same claim again ends the op");
      assert.equal(seen.length, 1);
    });

    test("a refused bet: nothing rides with it and the claim stays for the caller to answer", async () => {
      const round = await newRound("poor", 100);
      const claim = claimRow(round, "tx-poor", 300);
      const seen: { callId: string; balanceMinor: number }[] = [];
      const bet = await placeBet(f.deps, {
        round,
        betRef: "tx-poor",
        amountMinor: 300,
        riding: riding(claim, seen),
      });
      assert.equal(!bet.ok && bet.code, "BET_REFUSED");
      assert.deepEqual(seen, []);
      assert.equal((await stored("tx-poor"))?.state, "pending");
      storeClaimAnswerLater(f.deps, {
        studioId: "studio",
        txId: "tx-poor",
        resultCode: "INSUFFICIENT_FUNDS",
        outcome: "{}",
      });
      await f.outbox.batcher.flush();
      assert.equal((await stored("tx-poor"))?.result_code, "INSUFFICIENT_FUNDS");
    });

    test("a bet whose debit times out: no answer rides, the claim stays pending", async () => {
      const round = await newRound("hung", 1_000);
      const claim = claimRow(round, "tx-hung", 300);
      const seen: { callId: string; balanceMinor: number }[] = [];
      f.faults = ["hang"];
      const bet = await placeBet(f.deps, {
        round,
        betRef: "tx-hung",
        amountMinor: 300,
        riding: riding(claim, seen),
      });
      assert.equal(!bet.ok && bet.code, "BET_OUTCOME_UNKNOWN");
      assert.deepEqual(seen, []);
      await f.outbox.batcher.flush();
      assert.equal((await stored("tx-hung"))?.state, "pending");
    });

    test("a win's claim is written with its credit", async () => {
      const round = await newRound("winner", 1_000);
      const bet = await placeBet(f.deps, { round, betRef: "b-win", amountMinor: 100 });
      assert.ok(bet.ok);
      const claim = { ...claimRow(round, "tx-win", 50), kind: "win" as const };
      const win = await settleWin(f.deps, {
        round,
        winRef: "tx-win",
        amountMinor: 50,
        closeRound: true,
        riding: { claim: { row: claim, unrecordedRefusals: ["ROUND_NOT_FOUND"] } },
      });
      assert.ok(win.ok);
      assert.equal((await stored("tx-win"))?.state, "pending");
    });
  });
}
