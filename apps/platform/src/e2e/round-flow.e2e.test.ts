// End to end through the platform's own HTTP surfaces (/v1 launch, /launch/:token, the provider
// gateway) against the real reference wallet: a full round, insufficient funds, and what the
// operator then reads in its history (/v1/rounds, /v1/transactions) and /metrics.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { roundIds, startWorld, type World } from "./support/world.ts";

for (const kind of testDialects) {
  describe(`a round end to end (${kind})`, () => {
    let w: World;
    before(async () => {
      w = await startWorld(kind);
    });
    after(async () => w?.close());

    test("launch, open, bet, win: the wallet moves once each way; history shows every call and attempt", async () => {
      const s = await w.playing(10_000);
      const ids = roundIds();
      const bet = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: ids.bet,
        round_id: ids.round,
        amount: 250,
      });
      assert.equal(bet.status, 200, bet.text);
      assert.equal(bet.json.balance, 9_750);
      const win = await w.gateway("/win", {
        session_token: s.token,
        transaction_id: ids.win,
        round_id: ids.round,
        amount: 1_000,
        round_closed: true,
      });
      assert.equal(win.status, 200, win.text);
      assert.equal(win.json.delivery, "acknowledged");
      assert.equal(win.json.balance, 10_750);
      assert.equal(await w.wallet.balance(s.playerId), 10_750);
      // A repeated win is answered from the record; the wallet sees nothing new.
      const seen = w.proxy.seen.length;
      const again = await w.gateway("/win", {
        session_token: s.token,
        transaction_id: ids.win,
        round_id: ids.round,
        amount: 1_000,
        round_closed: true,
      });
      assert.equal(again.headers.get("idempotent-replayed"), "true");
      assert.equal(w.proxy.seen.length, seen);

      const token = w.operator.apiToken;
      const rounds = await w.http("GET", `/v1/rounds?player_id=${s.playerId}`, { token });
      assert.equal(rounds.status, 200, rounds.text);
      assert.equal(rounds.json.items.length, 1);
      const round = rounds.json.items[0];
      assert.equal(round.status, "closed");
      assert.equal(round.session_id, s.sessionId);

      const detail = await w.http("GET", `/v1/rounds/${round.round_id}`, { token });
      assert.equal(detail.status, 200, detail.text);
      assert.deepEqual(detail.json.totals, { debited: 250, credited: 1_000, rolled_back: 0 });
      const [debit, credit] = detail.json.transactions;
      assert.equal(debit.action, "debit");
      assert.equal(debit.status, "ok");
      assert.equal(debit.balance, 9_750);
      assert.equal(credit.action, "credit");
      assert.equal(credit.round_closed, true);
      for (const call of [debit, credit]) {
        assert.equal(call.attempt_log.length, 1);
        const attempt = call.attempt_log[0];
        assert.equal(attempt.outcome, "ok");
        assert.equal(attempt.http_status, 200);
        assert.ok(attempt.latency_micros > 0);
        // The request is exactly what the wallet received, the response what it answered.
        const sent = JSON.parse(attempt.request);
        assert.equal(sent.call_id, call.call_id);
        assert.equal(sent.amount, call.amount);
        assert.match(sent.key, /^[0-9a-f]{32}$/);
        assert.equal(JSON.parse(attempt.response_body).status, "ok");
      }

      const listed = await w.http("GET", `/v1/transactions?round_id=${round.round_id}`, { token });
      assert.deepEqual(
        listed.json.items.map((t: { call_id: string }) => t.call_id).sort(),
        [debit.call_id, credit.call_id].sort(),
      );
      const one = await w.http("GET", `/v1/transactions/${credit.call_id}`, { token });
      assert.equal(one.status, 200);
      assert.equal(one.json.amount, 1_000);
      const sessions = await w.http("GET", `/v1/sessions?player_id=${s.playerId}`, { token });
      assert.deepEqual(
        sessions.json.items.map((x: { session_id: string }) => x.session_id),
        [s.sessionId],
      );

      const metrics = await (await fetch(`${w.baseUrl}/metrics`)).text();
      const op = w.operator.operatorId;
      assert.match(
        metrics,
        new RegExp(
          `croupier_wallet_callback_duration_seconds_count\\{operator_id="${op}",environment="sandbox",action="debit"\\} [1-9]`,
        ),
      );
      assert.match(
        metrics,
        new RegExp(`croupier_wallet_callback_outcomes_total\\{[^}]*operator_id="${op}"[^}]*outcome="ok"`),
      );
      assert.match(metrics, /croupier_outbox_pending_calls \d+/);
      assert.match(metrics, /croupier_outbox_oldest_pending_age_seconds \d/);
      assert.match(metrics, /croupier_rounds_open \d+/);
    });

    test("insufficient funds: the bet is refused with the balance, nothing moves, no rollback", async () => {
      const s = await w.playing(100);
      const ids = roundIds();
      const bet = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: ids.bet,
        round_id: ids.round,
        amount: 500,
      });
      assert.equal(bet.status, 402, bet.text);
      assert.equal(bet.json.code, "INSUFFICIENT_FUNDS");
      assert.equal(bet.json.balance, 100);
      assert.equal(await w.wallet.balance(s.playerId), 100);
      const calls = await w.callsOf({ playerId: s.playerId });
      const debits = calls.filter((c) => c.action === "debit");
      assert.equal(debits.length, 1);
      assert.equal(debits[0]!.state, "refused");
      assert.equal(debits[0]!.error_code, "INSUFFICIENT_FUNDS");
      assert.ok(!calls.some((c) => c.rb === 1), "a definite refusal is never rolled back");
      const listed = await w.http("GET", `/v1/transactions?player_id=${s.playerId}&status=refused`, {
        token: w.operator.apiToken,
      });
      assert.equal(listed.json.items.length, 1);
      assert.equal(listed.json.items[0].error_code, "INSUFFICIENT_FUNDS");
    });
  });
}
