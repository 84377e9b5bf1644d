import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import type { UnsignedWalletRequest } from "@croupier/protocol";
import type { ManagedWalletStore } from "../../admin/player-admin-types.ts";
import type { WalletHttpAnswer } from "../../handler/handler-types.ts";
import type { CallRecord } from "../../store/wallet-store.ts";
import { balanceCall, moneyCall, rollbackCall } from "../../test/calls.ts";
import { send, transactOnly, withClient, withoutTxId } from "../../test/pg-settle-helpers.ts";
import { StoreFixture, uniqueId } from "../../test/store-fixtures.ts";
import {
  assertLedgerConsistent,
  balanceOf,
  ledgerOf,
  newPlayer,
  testHandler,
} from "../../test/wallet-helpers.ts";
import { POSTGRES_SCHEMA_VERSION } from "./pg-schema.ts";

type Who = "main" | "other" | "ghost";
type Op =
  | {
      kind: "call";
      action: "balance" | "debit" | "credit";
      who: Who;
      /** A rollback of the n-th money call sent (or of a call never sent, when there is none). */
      rb: number | undefined;
      /** How a rollback differs from a correct one: 0 not at all, 1 same action, 2 other amount. */
      twist: number;
      amount: number;
      currency: "EUR" | "USD";
    }
  | { kind: "replay" | "reuse" | "late"; index: number }
  | { kind: "block"; blocked: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant("call" as const),
      action: fc.constantFrom("balance" as const, "debit" as const, "credit" as const),
      who: fc.oneof(
        { weight: 10, arbitrary: fc.constant("main" as const) },
        { weight: 1, arbitrary: fc.constantFrom("other" as const, "ghost" as const) },
      ),
      rb: fc.option(fc.nat(), { nil: undefined, freq: 2 }),
      twist: fc.oneof(
        { weight: 8, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.constantFrom(1, 2) },
      ),
      amount: fc.oneof(
        { weight: 12, arbitrary: fc.integer({ min: 0, max: 800 }) },
        { weight: 1, arbitrary: fc.constant(Number.MAX_SAFE_INTEGER) },
      ),
      currency: fc.oneof(
        { weight: 15, arbitrary: fc.constant("EUR" as const) },
        { weight: 1, arbitrary: fc.constant("USD" as const) },
      ),
    }),
  },
  { weight: 3, arbitrary: fc.nat().map((index) => ({ kind: "replay" as const, index })) },
  { weight: 1, arbitrary: fc.nat().map((index) => ({ kind: "reuse" as const, index })) },
  { weight: 2, arbitrary: fc.nat().map((index) => ({ kind: "late" as const, index })) },
  { weight: 1, arbitrary: fc.boolean().map((blocked) => ({ kind: "block" as const, blocked })) },
);

/** Turns operations into requests, keeping what was sent so that later ones can refer to it. */
class Scenario {
  readonly sent: UnsignedWalletRequest[] = [];
  /** Originals that rollbacks named before they were sent. */
  readonly unsent: UnsignedWalletRequest[] = [];
  readonly prefix: string;
  #next = 0;
  constructor(prefix: string) {
    this.prefix = prefix;
  }

  request(o: Exclude<Op, { kind: "block" }>): UnsignedWalletRequest | undefined {
    const pick = <T>(list: readonly T[], index: number) => list[index % Math.max(1, list.length)];
    switch (o.kind) {
      case "replay":
        return pick(this.sent, o.index);
      case "reuse": {
        const old = pick(this.sent, o.index);
        return old === undefined ? undefined : { ...old, game_id: "game-2" };
      }
      case "late":
        return pick(this.unsent, o.index);
      case "call":
        return this.#call(o);
    }
  }

  #call(o: Extract<Op, { kind: "call" }>): UnsignedWalletRequest {
    const player = { playerId: `${this.prefix}-${o.who}`, currency: o.currency };
    const callId = `${this.prefix}-c${this.#next++}`;
    if (o.action === "balance") return balanceCall(player, callId);
    if (o.rb === undefined) return moneyCall(o.action, player, callId, o.amount);
    const money = this.sent.filter((r) => r.action !== "balance");
    let target = o.rb % 4 === 0 ? undefined : money[o.rb % Math.max(1, money.length)];
    if (target === undefined) {
      const original = moneyCall(o.action, player, `${this.prefix}-c${this.#next++}`, o.amount);
      this.unsent.push(original);
      if (original.action === "balance") throw new Error("moneyCall made a balance call");
      target = original;
    }
    const opposite = target.action === "debit" ? "credit" : "debit";
    const action = o.twist === 1 ? target.action : opposite;
    const amount = o.twist === 2 ? o.amount : target.amount;
    return rollbackCall(action, player, callId, target.call_id, amount);
  }
}

/** A recorded call without what differs between two stores by construction (random tx_id). */
function comparable(record: CallRecord | undefined): unknown {
  if (record === undefined) return undefined;
  const { txId: _txId, response, ...rest } = record;
  return { ...rest, response: withoutTxId(JSON.stringify(response)) };
}

describe("PostgreSQL store: a wallet call in one statement (wallet_settle)", () => {
  const one = new StoreFixture("postgres");
  const reference = new StoreFixture("postgres");
  before(async () => {
    await one.setUp();
    await reference.setUp();
  });
  after(async () => {
    await one.tearDown();
    await reference.tearDown();
  });

  test("answers, records, balances and ledgers equal the TypeScript duties' over transact", async () => {
    const viaSettle = testHandler(one.store);
    const viaTransact = testHandler(transactOnly(reference.store));
    assert.equal(typeof one.store.settle, "function");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 6, arbitrary: fc.integer({ min: 0, max: 1_500 }) },
          { weight: 1, arbitrary: fc.constant(Number.MAX_SAFE_INTEGER - 100) },
        ),
        fc.array(op, { minLength: 5, maxLength: 30, size: "max" }),
        async (opening, ops) => {
          const prefix = uniqueId("diff");
          for (const fixture of [one, reference]) {
            await fixture.store.createPlayer({
              playerId: `${prefix}-main`,
              currency: "EUR",
              balanceMinor: opening,
            });
            await fixture.store.createPlayer({
              playerId: `${prefix}-other`,
              currency: "EUR",
              balanceMinor: 500,
            });
          }
          const scenario = new Scenario(prefix);
          for (const [step, o] of ops.entries()) {
            if (o.kind === "block") {
              await one.store.setBlocked(`${prefix}-main`, o.blocked);
              await reference.store.setBlocked(`${prefix}-main`, o.blocked);
              continue;
            }
            const request = scenario.request(o);
            if (request === undefined) continue;
            scenario.sent.push(request);
            const got = await send(viaSettle, request, step);
            const expected = await send(viaTransact, request, step);
            const context = `step ${step}: ${JSON.stringify(request)}`;
            assert.equal(withoutTxId(got.body), withoutTxId(expected.body), context);
          }
          for (const who of ["main", "other"] as const) {
            const playerId = `${prefix}-${who}`;
            assert.equal(await balanceOf(one.store, playerId), await balanceOf(reference.store, playerId));
            const rows = async (store: ManagedWalletStore) =>
              (await ledgerOf(store, playerId)).map(({ entryId: _entryId, ...row }) => row);
            assert.deepEqual(await rows(one.store), await rows(reference.store));
          }
          for (const { call_id: callId } of [...scenario.sent, ...scenario.unsent]) {
            const find = (store: ManagedWalletStore) => store.transact((tx) => tx.findCall(callId));
            assert.deepEqual(comparable(await find(one.store)), comparable(await find(reference.store)));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  test("a failure inside the statement leaves neither balance, ledger row nor record", async () => {
    const handler = testHandler(one.store);
    const p = await newPlayer(one.store, 1_000);
    const bet = { ...moneyCall("debit", p, uniqueId("bet"), 300), game_id: "refused-game" };
    // The call row is written last: refusing it must take the balance change back with it.
    await withClient(one.location.target, (c) =>
      c.query("ALTER TABLE wallet_calls ADD CONSTRAINT test_refuse CHECK (game_id <> 'refused-game')"),
    );
    let failed: WalletHttpAnswer;
    try {
      failed = await send(handler, bet);
    } finally {
      await withClient(one.location.target, (c) =>
        c.query("ALTER TABLE wallet_calls DROP CONSTRAINT test_refuse"),
      );
    }
    assert.equal(failed.response.status === "error" && failed.response.code, "INTERNAL_ERROR");
    assert.equal(await balanceOf(one.store, p.playerId), 1_000);
    assert.deepEqual(await ledgerOf(one.store, p.playerId), []);
    assert.equal(await one.store.transact((tx) => tx.findCall(bet.call_id)), undefined);
    const retried = await send(handler, bet);
    assert.deepEqual([retried.response.status, retried.response.balance], ["ok", 700]);
  });
});

describe("PostgreSQL store: upgrade of a schema version 1 store", () => {
  const fixture = new StoreFixture("postgres");
  before(() => fixture.setUp());
  after(() => fixture.tearDown());

  test("opening it adds the settle functions; calls recorded before replay and new calls settle", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const bet = moneyCall("debit", p, uniqueId("bet"), 300);
    const before = await send(testHandler(transactOnly(fixture.store)), bet);
    // What an older SDK left: version 1, no wallet_settle.
    await fixture.store.close();
    await withClient(fixture.location.target, async (c) => {
      await c.query("DROP FUNCTION wallet_settle_batch");
      await c.query("DROP FUNCTION wallet_settle");
      await c.query("DELETE FROM wallet_schema_version WHERE version > 1");
    });
    const store = await fixture.reopen();
    const version = await withClient(fixture.location.target, (c) =>
      c.query<{ v: number }>("SELECT max(version) AS v FROM wallet_schema_version"),
    );
    assert.equal(version.rows[0]?.v, POSTGRES_SCHEMA_VERSION);
    assert.equal(POSTGRES_SCHEMA_VERSION, 2);
    const handler = testHandler(store);
    assert.equal((await send(handler, bet, 3)).body, before.body);
    const win = await send(handler, moneyCall("credit", p, uniqueId("win"), 50));
    assert.deepEqual([win.response.status, win.response.balance], ["ok", 750]);
    const rollback = await send(handler, rollbackCall("credit", p, uniqueId("rb"), bet.call_id, 300));
    assert.deepEqual([rollback.response.status, rollback.response.balance], ["ok", 1_050]);
    await assertLedgerConsistent(store, p.playerId, 1_000);
  });
});
