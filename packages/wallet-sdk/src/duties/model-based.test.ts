import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { signCall, type UnsignedWalletRequest } from "@croupier/protocol";
import type { ManagedWalletStore } from "../admin/player-admin-types.ts";
import type { WalletHandler } from "../handler/handler-types.ts";
import { balanceCall, moneyCall, NOW_MS, rollbackCall, SALT } from "../test/calls.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { assertLedgerConsistent, balanceOf, ledgerOf, testHandler } from "../test/wallet-helpers.ts";
import { verdictOf, WalletModel } from "../test/wallet-model.ts";

type Op =
  | { kind: "balance" }
  | { kind: "bet" | "win"; amount: number }
  | { kind: "rollback"; target: number; fresh: boolean; sameAction: boolean; amountDelta: number }
  | { kind: "replay" | "conflict"; index: number }
  | { kind: "late"; index: number }
  | { kind: "block"; blocked: boolean }
  | { kind: "ghost" | "wrongCurrency" };

const amount = fc.integer({ min: 0, max: 600 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: "balance" as const }) },
  { weight: 5, arbitrary: amount.map((a) => ({ kind: "bet" as const, amount: a })) },
  { weight: 4, arbitrary: amount.map((a) => ({ kind: "win" as const, amount: a })) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("rollback" as const),
      target: fc.nat(),
      fresh: fc.boolean(),
      sameAction: fc.oneof(
        { weight: 9, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
      amountDelta: fc.oneof(
        { weight: 8, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) },
      ),
    }),
  },
  { weight: 4, arbitrary: fc.nat().map((index) => ({ kind: "replay" as const, index })) },
  { weight: 2, arbitrary: fc.nat().map((index) => ({ kind: "conflict" as const, index })) },
  { weight: 3, arbitrary: fc.nat().map((index) => ({ kind: "late" as const, index })) },
  { weight: 1, arbitrary: fc.boolean().map((blocked) => ({ kind: "block" as const, blocked })) },
  { weight: 1, arbitrary: fc.constant({ kind: "ghost" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "wrongCurrency" as const }) },
);

/** One random run: a fresh player, a sequence of operations, SDK and model compared after each. */
async function runScenario(store: ManagedWalletStore, handler: WalletHandler, opening: number, ops: Op[]) {
  const playerId = uniqueId("model");
  const created = await store.createPlayer({ playerId, currency: "EUR", balanceMinor: opening });
  assert.ok(created.ok);
  const model = new WalletModel(playerId, opening);
  const player = { playerId };
  const sent: UnsignedWalletRequest[] = [];
  /** Originals that rollbacks named before they were sent: [call id, action, amount]. */
  const future: Array<[string, "debit" | "credit", number]> = [];
  /** The SDK's first answer text per recorded call id: replays must repeat it byte for byte. */
  const firstAnswers = new Map<string, string>();
  const newId = () => uniqueId("m");

  for (const [step, o] of ops.entries()) {
    let request: UnsignedWalletRequest | undefined;
    switch (o.kind) {
      case "balance":
        request = balanceCall(player, newId());
        break;
      case "bet":
      case "win":
        request = moneyCall(o.kind === "bet" ? "debit" : "credit", player, newId(), o.amount);
        break;
      case "rollback": {
        const money = sent.filter((r) => r.action !== "balance");
        const target = o.fresh || money.length === 0 ? undefined : money[o.target % money.length];
        if (target === undefined) {
          const id = newId();
          const originalAction = o.target % 2 === 0 ? "debit" : "credit";
          const amountMinor = o.target % 500;
          future.push([id, originalAction, amountMinor]);
          const action = o.sameAction ? originalAction : originalAction === "debit" ? "credit" : "debit";
          request = rollbackCall(action, player, newId(), id, amountMinor);
        } else {
          const opposite = target.action === "debit" ? "credit" : "debit";
          const rbAmount = Math.max(0, target.amount + o.amountDelta);
          request = rollbackCall(
            o.sameAction ? target.action : opposite,
            player,
            newId(),
            target.call_id,
            rbAmount,
          );
        }
        break;
      }
      case "replay":
        request = sent[o.index % Math.max(1, sent.length)];
        break;
      case "conflict": {
        const base = sent[o.index % Math.max(1, sent.length)];
        if (base !== undefined) request = { ...balanceCall(player, base.call_id), game_id: "other-game" };
        break;
      }
      case "late": {
        const pending = future[o.index % Math.max(1, future.length)];
        if (pending !== undefined) request = moneyCall(pending[1], player, pending[0], pending[2]);
        break;
      }
      case "block":
        await store.setBlocked(playerId, o.blocked);
        model.blocked = o.blocked;
        break;
      case "ghost":
        request = moneyCall("credit", { playerId: uniqueId("ghost") }, newId(), 10);
        break;
      case "wrongCurrency":
        request = moneyCall("credit", { playerId, currency: "USD" }, newId(), 10);
        break;
    }
    if (request === undefined) continue;
    sent.push(request);

    const signed = signCall(request as never, SALT, NOW_MS - (step % 20) * 1_000);
    const answer = await handler({ body: signed.body, headers: signed.headers });
    const expected = model.apply(request);
    const context = `step ${step} ${JSON.stringify(o)} ${signed.body}`;
    assert.deepEqual(verdictOf(answer.response), expected, context);
    const first = firstAnswers.get(request.call_id);
    if (first !== undefined && model.calls.get(request.call_id)?.content === JSON.stringify(request)) {
      assert.equal(answer.body, first, `replay is byte-identical: ${context}`);
    } else if (model.calls.has(request.call_id) && first === undefined) {
      firstAnswers.set(request.call_id, answer.body);
    }

    const balance = await balanceOf(store, playerId);
    assert.equal(balance, model.balance, context);
    assert.equal(balance, opening + model.movedTotal(), context);
    assert.ok(balance >= 0);
    const applied = (await ledgerOf(store, playerId)).map((row) => row.callId);
    assert.equal(new Set(applied).size, applied.length, "each call_id applied at most once");
  }
  await assertLedgerConsistent(store, playerId, opening);
}

describeEachStore("model-based: random call sequences against a model", (fixture) => {
  test("every answer and balance matches the model", async () => {
    const handler = testHandler(fixture.store);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1_500 }),
        fc.array(op, { minLength: 1, maxLength: 40 }),
        (opening, ops) => runScenario(fixture.store, handler, opening, ops),
      ),
      { numRuns: fixture.kind === "sqlite" ? 150 : 100 },
    );
  });
});
