import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { drain, startEngine, type EngineFixture } from "./test/engine-fixture.ts";
import { testEndpoint } from "../callbacks/test/test-endpoint.ts";
import { closeAbandonedRounds } from "./abandoned-rounds.ts";
import { getBalance } from "./get-balance.ts";
import { openRound } from "./open-round.ts";
import { placeBet } from "./place-bet.ts";
import { rollbackBet } from "./rollback-bet.ts";
import type { Round } from "./round-deps.ts";
import { settleWin } from "./settle-win.ts";

for (const kind of testDialects) {
  describe(`round engine (${kind})`, () => {
    let f: EngineFixture;
    before(async () => {
      f = await startEngine(kind);
    });
    after(() => f.close());

    async function newRound(playerId: string, balance: number): Promise<Round> {
      f.wallet.addPlayer(playerId, balance);
      const opened = await openRound(f.deps, f.session(playerId));
      assert.ok(opened.ok);
      return opened.round;
    }

    test("a full round: balance, debit, credit closing the round", async () => {
      const round = await newRound("full", 1_000);
      const balance = await getBalance(f.deps, f.session("full"));
      assert.deepEqual(balance.ok && balance.balanceMinor, 1_000);
      const bet = await placeBet(f.deps, { round, betRef: "b1", amountMinor: 300 });
      assert.ok(bet.ok);
      assert.equal(bet.balanceMinor, 700);
      const win = await settleWin(f.deps, { round, winRef: "w1", amountMinor: 500, closeRound: true });
      assert.ok(win.ok);
      assert.equal(win.delivery, "acknowledged");
      assert.equal(win.balanceMinor, 1_200);
      assert.equal(f.wallet.balanceOf("full"), 1_200);
      await f.outbox.batcher.flush();

      const calls = (await f.calls()).filter((call) => call.player_id === "full");
      assert.deepEqual(
        calls.map((call) => [call.action, call.state, call.amount_minor, call.round_closed, call.attempts]),
        [
          ["balance", "ok", null, 0, 1],
          ["debit", "ok", 300, 0, 1],
          ["credit", "ok", 500, 1, 1],
        ],
      );
      const closed = await f.db.db
        .selectFrom("rounds")
        .selectAll()
        .where("round_id", "=", round.roundId)
        .executeTakeFirstOrThrow();
      assert.equal(closed.status, "closed");
      assert.equal(closed.close_reason, "game");
      // Every call and attempt is on record, request and answer included.
      const attempt = await f.db.db
        .selectFrom("wallet_call_attempts")
        .selectAll()
        .where("call_id", "=", calls[1]!.call_id)
        .executeTakeFirstOrThrow();
      assert.equal(attempt.http_status, 200);
      assert.match(attempt.request, /"action":"debit"/);
      assert.equal(attempt.response_body, '{"status":"ok","balance":700}');
      // A round cannot be bet on after it closed.
      const late = await placeBet(f.deps, { round, betRef: "b2", amountMinor: 1 });
      assert.equal(!late.ok && late.code, "ROUND_CLOSED");
    });

    test("a bet is answered ok only once its acknowledgement is on record (a crash then cannot undo it)", async () => {
      const round = await newRound("durable", 1_000);
      const bet = await placeBet(f.deps, { round, betRef: "b1", amountMinor: 300 });
      assert.ok(bet.ok);
      // No flush: what a restart right now would find.
      const debit = await f.db.db
        .selectFrom("wallet_calls")
        .select(["state", "balance_minor", "lease_owner"])
        .where("call_id", "=", bet.callId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(debit, { state: "ok", balance_minor: 700, lease_owner: null });
      // Closed, so that the abandoned-round test below finds only its own rounds.
      assert.ok((await settleWin(f.deps, { round, winRef: "w1", amountMinor: 0, closeRound: true })).ok);
    });

    test("insufficient funds: the bet is refused, no rollback", async () => {
      const round = await newRound("poor", 100);
      const bet = await placeBet(f.deps, { round, betRef: "b1", amountMinor: 500 });
      assert.equal(bet.ok, false);
      assert.ok(!bet.ok);
      assert.equal(bet.code, "BET_REFUSED");
      assert.equal(bet.walletCode, "INSUFFICIENT_FUNDS");
      assert.equal(bet.balanceMinor, 100);
      const calls = (await f.calls()).filter((call) => call.player_id === "poor");
      assert.deepEqual(
        calls.map((call) => [call.action, call.rb, call.state, call.error_code]),
        [["debit", 0, "refused", "INSUFFICIENT_FUNDS"]],
      );
      const win = await settleWin(f.deps, { round, winRef: "w1", amountMinor: 10, closeRound: true });
      assert.equal(!win.ok && win.code, "DEBIT_NOT_ACKNOWLEDGED");
      // A losing round with no acknowledged bet closes as void, without a call.
      const close = await settleWin(f.deps, { round, winRef: "w2", amountMinor: 0, closeRound: true });
      assert.ok(close.ok);
      assert.equal(close.delivery, "void");
      assert.equal(f.wallet.balanceOf("poor"), 100);
    });

    test("a debit that times out: refused to the game, rolled back, balance restored", async () => {
      const round = await newRound("slow", 1_000);
      f.faults = ["apply-then-hang"];
      const bet = await f.withEndpoint({ timeoutMs: 250 }, () =>
        placeBet(f.deps, { round, betRef: "b1", amountMinor: 400 }),
      );
      assert.ok(!bet.ok);
      assert.equal(bet.code, "BET_OUTCOME_UNKNOWN");
      assert.equal(f.wallet.balanceOf("slow"), 600, "the wallet applied the debit it could not answer");
      const [debit, rollback] = (await f.calls()).filter((call) => call.player_id === "slow");
      assert.equal(debit!.state, "unknown");
      assert.equal(rollback!.action, "credit");
      assert.equal(rollback!.rb, 1);
      assert.equal(rollback!.rb_call_id, debit!.call_id);
      assert.equal(rollback!.amount_minor, 400);
      assert.equal(rollback!.state, "pending");
      await drain(f);
      assert.equal((await f.call(rollback!.call_id)).state, "ok");
      assert.equal(f.wallet.balanceOf("slow"), 1_000);
      // A win in that round is refused: its only debit was not acknowledged.
      const win = await settleWin(f.deps, { round, winRef: "w1", amountMinor: 800, closeRound: true });
      assert.equal(!win.ok && win.code, "DEBIT_NOT_ACKNOWLEDGED");
    });

    test("a credit meeting 500, garbage, reset, timeout and a lost answer is applied exactly once", async () => {
      const round = await newRound("flaky", 1_000);
      assert.ok((await placeBet(f.deps, { round, betRef: "b1", amountMinor: 100 })).ok);
      f.faults = ["http-500", "garbage", "reset", "hang", "internal-error", "apply-then-reset"];
      const win = await f.withEndpoint({ timeoutMs: 250 }, async () => {
        const settled = await settleWin(f.deps, { round, winRef: "w1", amountMinor: 250, closeRound: true });
        for (let pass = 0; pass < 10 && f.faults.length > 0; pass += 1) {
          f.advance(20 * 60_000);
          await drain(f);
        }
        f.advance(20 * 60_000);
        await drain(f);
        return settled;
      });
      assert.ok(win.ok);
      assert.equal(win.delivery, "retrying");
      const credit = await f.call(win.callId!);
      assert.equal(credit.state, "ok");
      assert.equal(credit.balance_minor, 1_150);
      assert.equal(f.wallet.applied.get(win.callId!), 1, "applied once");
      assert.equal(f.wallet.balanceOf("flaky"), 1_150);
      const attempts = await f.attempts(win.callId!);
      assert.deepEqual(
        attempts.map((attempt) => [attempt.outcome, attempt.http_status]),
        [
          ["unknown", 500],
          ["unknown", 200],
          ["unknown", null],
          ["unknown", null],
          ["unknown", 200],
          ["unknown", null],
          ["ok", 200],
        ],
      );
    });

    test("a closing win waits for an earlier win still being delivered: round_closed is on the last call", async () => {
      const round = await newRound("last-call", 1_000);
      assert.ok((await placeBet(f.deps, { round, betRef: "b1", amountMinor: 100 })).ok);
      f.faults = ["http-500"];
      const first = await settleWin(f.deps, { round, winRef: "w1", amountMinor: 30, closeRound: false });
      assert.equal(first.ok && first.delivery, "retrying");
      const closing = await settleWin(f.deps, { round, winRef: "w2", amountMinor: 20, closeRound: true });
      assert.ok(closing.ok);
      assert.equal(closing.delivery, "queued");
      await drain(f);
      // Not sent while the first win is due later.
      assert.deepEqual(await f.attempts(closing.callId!), []);
      f.advance(2_000);
      await drain(f);
      const [win, last] = [await f.call(first.ok ? first.callId! : ""), await f.call(closing.callId!)];
      assert.deepEqual([win.state, last.state], ["ok", "ok"]);
      assert.equal(f.wallet.balanceOf("last-call"), 950);
      // The wallet applied them in this order (its map keeps the order of first application).
      const order = [...f.wallet.applied.keys()];
      assert.ok(order.indexOf(win.call_id) >= 0 && order.indexOf(win.call_id) < order.indexOf(last.call_id));
      assert.equal(last.round_closed, 1);
    });

    test("a bet repeated with the same id is debited once; other content is a conflict", async () => {
      const round = await newRound("twice", 1_000);
      const first = await placeBet(f.deps, { round, betRef: "same", amountMinor: 100 });
      const again = await placeBet(f.deps, { round, betRef: "same", amountMinor: 100 });
      assert.ok(first.ok && again.ok);
      assert.equal(again.replayed, true);
      assert.equal(again.callId, first.callId);
      assert.equal(again.balanceMinor, 900);
      const other = await placeBet(f.deps, { round, betRef: "same", amountMinor: 200 });
      assert.equal(!other.ok && other.code, "IDEMPOTENCY_CONFLICT");
      assert.equal(f.wallet.balanceOf("twice"), 900);
      const win = await settleWin(f.deps, { round, winRef: "w", amountMinor: 50, closeRound: true });
      const winAgain = await settleWin(f.deps, { round, winRef: "w", amountMinor: 50, closeRound: true });
      assert.ok(win.ok && winAgain.ok);
      assert.equal(winAgain.replayed, true);
      assert.equal(f.wallet.balanceOf("twice"), 950);
    });

    test("a bet rolled back at the game's request: money back once, no win on it", async () => {
      const round = await newRound("cancel", 1_000);
      assert.ok((await placeBet(f.deps, { round, betRef: "b1", amountMinor: 300 })).ok);
      const refused = await placeBet(f.deps, { round, betRef: "b2", amountMinor: 5_000 });
      assert.ok(!refused.ok && refused.code === "BET_REFUSED");
      const first = await rollbackBet(f.deps, { round, betRef: "b1" });
      assert.ok(first.ok && first.delivery === "acknowledged" && first.balanceMinor === 1_000);
      const again = await rollbackBet(f.deps, { round, betRef: "b1" });
      assert.ok(again.ok && again.delivery === "acknowledged" && again.callId === first.callId);
      assert.equal(f.wallet.applied.get(first.callId!), 1);
      assert.equal(f.wallet.balanceOf("cancel"), 1_000);
      assert.deepEqual(await rollbackBet(f.deps, { round, betRef: "b2" }), { ok: true, delivery: "nothing" });
      assert.deepEqual(await rollbackBet(f.deps, { round, betRef: "never" }), {
        ok: true,
        delivery: "nothing",
      });
      const win = await settleWin(f.deps, { round, winRef: "w1", amountMinor: 100, closeRound: true });
      assert.equal(!win.ok && win.code, "DEBIT_NOT_ACKNOWLEDGED");
    });

    test("bad input changes nothing", async () => {
      const round = await newRound("bad", 1_000);
      const float = await placeBet(f.deps, { round, betRef: "b", amountMinor: 1.5 });
      assert.equal(!float.ok && float.code, "INVALID_INPUT");
      const negative = await settleWin(f.deps, { round, winRef: "w", amountMinor: -1, closeRound: false });
      assert.equal(!negative.ok && negative.code, "INVALID_INPUT");
      const currency = await openRound(f.deps, { ...f.session("bad"), currency: "euro" });
      assert.equal(!currency.ok && currency.code, "INVALID_INPUT");
      const missing = await placeBet(f.deps, {
        round: { ...round, roundId: "nope" },
        betRef: "b",
        amountMinor: 1,
      });
      assert.equal(!missing.ok && missing.code, "ROUND_NOT_FOUND");
      const forged = await placeBet(f.deps, {
        round: { ...round, playerId: "twice" },
        betRef: "b",
        amountMinor: 1,
      });
      assert.equal(!forged.ok && forged.code, "ROUND_MISMATCH");
      assert.equal(f.wallet.balanceOf("bad"), 1_000);
    });

    test("the GameHub profile: the same round over GET and GameHub answers", async () => {
      f.lookup.set(testEndpoint(f.wallet.gameHubUrl, { operatorId: "op_gh", profile: "gamehub" }));
      f.wallet.addPlayer("gh", 1_000);
      const session = { ...f.session("gh"), operatorId: "op_gh" };
      const balance = await getBalance(f.deps, session);
      assert.ok(balance.ok && balance.balanceMinor === 1_000);
      const opened = await openRound(f.deps, session);
      assert.ok(opened.ok);
      const refused = await placeBet(f.deps, { round: opened.round, betRef: "big", amountMinor: 5_000 });
      assert.ok(!refused.ok && refused.code === "BET_REFUSED" && refused.walletCode === "INSUFFICIENT_FUNDS");
      // That round's only bet was refused: it is void (failed-bet-close.ts); the game plays a new one.
      const next = await openRound(f.deps, session);
      assert.ok(next.ok);
      const bet = await placeBet(f.deps, { round: next.round, betRef: "b1", amountMinor: 200 });
      assert.ok(bet.ok && bet.balanceMinor === 800);
      const win = await settleWin(f.deps, {
        round: next.round,
        winRef: "w1",
        amountMinor: 50,
        closeRound: true,
      });
      assert.ok(win.ok && win.delivery === "acknowledged" && win.balanceMinor === 850);
      await f.outbox.batcher.flush();
      const credit = await f.call(win.callId!);
      const attempt = await f.db.db
        .selectFrom("wallet_call_attempts")
        .selectAll()
        .where("call_id", "=", credit.call_id)
        .executeTakeFirstOrThrow();
      assert.match(
        attempt.request,
        /^http:.*\/gamehub\?action=credit&call_id=.*&username=gh&.*gameplay_final=1/,
      );
      assert.equal(attempt.response_body, '{"error":0,"balance":850}');
    });

    test("abandoned rounds: closed with the game's payout and round_closed, or voided", async () => {
      const lost = await newRound("gone", 1_000);
      assert.ok((await placeBet(f.deps, { round: lost, betRef: "b1", amountMinor: 100 })).ok);
      const paid = await newRound("gone-paid", 1_000);
      assert.ok((await placeBet(f.deps, { round: paid, betRef: "b1", amountMinor: 100 })).ok);
      const empty = await newRound("gone-empty", 1_000);
      f.advance(11 * 60_000);
      const active = await newRound("still-here", 1_000);
      assert.ok((await placeBet(f.deps, { round: active, betRef: "b1", amountMinor: 100 })).ok);
      await f.outbox.batcher.flush();

      const report = await closeAbandonedRounds(f.deps, {
        abandonAfterMs: 10 * 60_000,
        resolveAbandonedRound: (round) => (round.playerId === "gone-paid" ? 150 : 0),
      });
      // Earlier tests' rounds without an acknowledged bet are voided too.
      assert.equal(report.closed, 2);
      assert.ok(report.voided >= 1);
      assert.equal(report.skipped, 0);
      await drain(f);
      assert.equal(f.wallet.balanceOf("gone"), 900);
      assert.equal(f.wallet.balanceOf("gone-paid"), 1_050);
      const statuses = await f.db.db
        .selectFrom("rounds")
        .select(["round_id", "status", "close_reason"])
        .where("round_id", "in", [lost.roundId, paid.roundId, empty.roundId, active.roundId])
        .execute();
      const byId = new Map(statuses.map((row) => [row.round_id, [row.status, row.close_reason]]));
      assert.deepEqual(byId.get(lost.roundId), ["closed", "abandoned"]);
      assert.deepEqual(byId.get(paid.roundId), ["closed", "abandoned"]);
      assert.deepEqual(byId.get(empty.roundId), ["void", "abandoned"]);
      assert.deepEqual(byId.get(active.roundId), ["open", null]);
      const closing = (await f.calls()).filter(
        (call) => call.round_id === lost.roundId && call.action === "credit",
      );
      assert.deepEqual(
        closing.map((call) => [call.amount_minor, call.round_closed, call.state]),
        [[0, 1, "ok"]],
      );
      // The game arriving late finds its round closed.
      const late = await settleWin(f.deps, { round: lost, winRef: "w1", amountMinor: 10, closeRound: true });
      assert.equal(!late.ok && late.code, "ROUND_CLOSED");
      assert.match(await f.registry.metrics(), /croupier_outbox_pending_calls 0/);
    });

    test("abandoned rounds: a rule that answers 'later' keeps the round open; a failing rule too", async () => {
      const waiting = await newRound("gone-later", 1_000);
      assert.ok((await placeBet(f.deps, { round: waiting, betRef: "b1", amountMinor: 100 })).ok);
      const broken = await newRound("gone-broken", 1_000);
      assert.ok((await placeBet(f.deps, { round: broken, betRef: "b1", amountMinor: 100 })).ok);
      f.advance(11 * 60_000);
      await f.outbox.batcher.flush();
      const rule = (round: { playerId: string }) => {
        if (round.playerId === "gone-later") return { later: "a stake awaits the wallet" };
        if (round.playerId === "gone-broken") throw new Error("needs a person");
        return 0;
      };
      const first = await closeAbandonedRounds(f.deps, {
        abandonAfterMs: 10 * 60_000,
        resolveAbandonedRound: rule,
      });
      assert.equal(first.skipped, 2);
      const open = await f.db.db
        .selectFrom("rounds")
        .select("status")
        .where("round_id", "in", [waiting.roundId, broken.roundId])
        .execute();
      assert.deepEqual(
        open.map((row) => row.status),
        ["open", "open"],
      );
      // Once the rule has an answer, the next sweep closes it with that payout.
      const second = await closeAbandonedRounds(f.deps, {
        abandonAfterMs: 10 * 60_000,
        resolveAbandonedRound: (round) => (round.playerId === "gone-later" ? 40 : { later: "still" }),
      });
      assert.equal(second.closed, 1);
      await drain(f);
      assert.equal(f.wallet.balanceOf("gone-later"), 940);
    });

    test("abandoned rounds: rounds left open page after page do not hold back the ones behind them", async () => {
      const stuck: Round[] = [];
      for (const player of ["stuck-1", "stuck-2", "stuck-3"]) {
        const round = await newRound(player, 1_000);
        assert.ok((await placeBet(f.deps, { round, betRef: "b1", amountMinor: 100 })).ok);
        stuck.push(round);
      }
      f.advance(1_000);
      const behind = await newRound("behind", 1_000);
      assert.ok((await placeBet(f.deps, { round: behind, betRef: "b1", amountMinor: 100 })).ok);
      f.advance(11 * 60_000);
      await f.outbox.batcher.flush();
      const report = await closeAbandonedRounds(f.deps, {
        abandonAfterMs: 10 * 60_000,
        pageSize: 2,
        resolveAbandonedRound: (round) => (round.playerId.startsWith("stuck-") ? { later: "not yet" } : 25),
      });
      // Earlier tests' rounds may be idle by now too: only these four are asserted on.
      assert.ok(report.skipped >= 3 && report.closed >= 1);
      await drain(f);
      assert.equal(f.wallet.balanceOf("behind"), 925);
      // The stuck ones close once their game has an answer.
      const later = await closeAbandonedRounds(f.deps, { abandonAfterMs: 10 * 60_000, pageSize: 2 });
      assert.ok(later.closed >= 3);
      await drain(f);
      for (const round of stuck) assert.equal(f.wallet.balanceOf(round.playerId), 900);
    });
  });
}
