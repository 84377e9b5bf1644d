// End to end: the faults between the platform and a real wallet. A fault proxy sits between
// them; the wallet is the reference wallet, so what it applied is what its ledger says.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import type { ProxyFault } from "./support/wallet-proxy.ts";
import { roundIds, startWorld, type World } from "./support/world.ts";

const TIMEOUT_MS = 500;
const LATE: ProxyFault = { kind: "late", ms: TIMEOUT_MS * 2 };

type Plan = Map<string, Array<{ action: string; fault: ProxyFault }>>;

/** Faults by player, in order: a request takes the first planned fault of its action (else passes). */
function faultPlan(w: World, plan: Plan): void {
  w.proxy.decide = (call) => {
    const entries = plan.get(String(call.player_id)) ?? [];
    const index = entries.findIndex((entry) => entry.action === call.action);
    if (index < 0) return { kind: "pass" };
    const [entry] = entries.splice(index, 1);
    return entry!.fault;
  };
}

for (const kind of testDialects) {
  describe(`wallet faults end to end (${kind})`, () => {
    let w: World;
    const plan: Plan = new Map();
    before(async () => {
      w = await startWorld(kind, { timeoutMs: TIMEOUT_MS });
      faultPlan(w, plan);
    });
    after(async () => w?.close());

    test("a debit that times out: the bet fails, its rollback is delivered, the wallet is back where it was", async () => {
      const s = await w.playing(5_000);
      // The debit's answer comes too late; the rollback's first attempt meets a 500.
      plan.set(s.playerId, [
        { action: "debit", fault: LATE },
        { action: "credit", fault: { kind: "status500" } },
      ]);
      const ids = roundIds();
      const bet = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: ids.bet,
        round_id: ids.round,
        amount: 700,
      });
      assert.equal(bet.status, 502, bet.text);
      assert.equal(bet.json.code, "BET_FAILED");
      const calls = await w.settle();
      const mine = calls.filter((c) => c.player_id === s.playerId);
      const debit = mine.find((c) => c.action === "debit" && c.rb === 0);
      const rollback = mine.find((c) => c.rb === 1);
      assert.equal(debit?.state, "unknown");
      assert.equal(rollback?.state, "ok");
      assert.equal(rollback?.rb_call_id, debit?.call_id);
      assert.equal(rollback?.amount_minor, 700);
      assert.equal(rollback?.attempts, 2);
      assert.equal(await w.wallet.balance(s.playerId), 5_000);
      // The wallet applied the debit (its answer was only late) and reversed it exactly once.
      const ledger = await w.wallet.ledger(s.playerId);
      assert.deepEqual(
        ledger.map((row) => [row.kind, row.amountMinor]),
        [
          ["debit", -700],
          ["debit_reversal", 700],
        ],
      );
      // The operator sees both calls in the round, the rollback with both attempts.
      const detail = await w.http("GET", `/v1/rounds/${debit!.round_id}`, { token: w.operator.apiToken });
      const shown = detail.json.transactions.find((t: { rb: number }) => t.rb === 1);
      assert.deepEqual(
        shown.attempt_log.map((a: { outcome: string; http_status: number | null }) => [
          a.outcome,
          a.http_status,
        ]),
        [
          ["unknown", 500],
          ["ok", 200],
        ],
      );
      assert.equal(detail.json.totals.rolled_back, 700);
      assert.equal(detail.json.transactions[0].attempt_log[0].http_status, null);
      assert.match(detail.json.transactions[0].attempt_log[0].reason, /no answer within/);
    });

    test("a credit meeting a 500, garbage, a reset and a timeout is delivered exactly once", async () => {
      const s = await w.playing(5_000);
      const ids = roundIds();
      const bet = await w.gateway("/bet", {
        session_token: s.token,
        transaction_id: ids.bet,
        round_id: ids.round,
        amount: 300,
      });
      assert.equal(bet.status, 200, bet.text);
      plan.set(
        s.playerId,
        [{ kind: "status500" }, { kind: "garbage" }, { kind: "reset" }, LATE].map((fault) => ({
          action: "credit",
          fault: fault as ProxyFault,
        })),
      );
      const win = await w.gateway("/win", {
        session_token: s.token,
        transaction_id: ids.win,
        round_id: ids.round,
        amount: 1_200,
        round_closed: true,
      });
      assert.equal(win.status, 200, win.text);
      assert.equal(win.json.delivery, "pending", "the win is owed, delivered later");
      const calls = await w.settle();
      const credit = calls.find((c) => c.player_id === s.playerId && c.action === "credit");
      assert.equal(credit?.state, "ok");
      assert.equal(credit?.attempts, 5);
      // Every attempt reached the wallet, which applied the first and answered the rest from its record.
      const attempts = w.proxy.seen.filter((c) => c.call_id === credit!.call_id);
      assert.deepEqual(
        attempts.map((a) => a.fault),
        ["status500", "garbage", "reset", "late", "pass"],
      );
      const ledger = await w.wallet.ledger(s.playerId);
      assert.deepEqual(
        ledger.filter((row) => row.callId === credit!.call_id).map((row) => row.amountMinor),
        [1_200],
      );
      assert.equal(await w.wallet.balance(s.playerId), 5_000 - 300 + 1_200);
      const detail = await w.http("GET", `/v1/transactions/${credit!.call_id}`, {
        token: w.operator.apiToken,
      });
      assert.deepEqual(
        detail.json.attempt_log.map((a: { outcome: string }) => a.outcome),
        ["unknown", "unknown", "unknown", "unknown", "ok"],
      );
      // Every attempt carried the same call_id and content; only timestamp and key changed.
      const bodies = detail.json.attempt_log.map((a: { request: string }) => JSON.parse(a.request));
      const content = (b: Record<string, unknown>) => JSON.stringify({ ...b, timestamp: 0, key: "" });
      assert.equal(new Set(bodies.map(content)).size, 1);
      assert.equal(new Set(bodies.map((b: { key: string }) => b.key)).size, 5);
    });
  });
}
