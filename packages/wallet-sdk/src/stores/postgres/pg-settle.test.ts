import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import pg from "pg";
import { signCall, type UnsignedWalletRequest } from "@croupier/protocol";
import type { ManagedWalletStore } from "../../admin/player-admin-types.ts";
import type { WalletHandler, WalletHttpAnswer } from "../../handler/handler-types.ts";
import type { CallRecord } from "../../store/wallet-store.ts";
import { balanceCall, moneyCall, NOW_MS, rollbackCall, SALT } from "../../test/calls.ts";
import { StoreFixture, uniqueId } from "../../test/store-fixtures.ts";
import {
  assertLedgerConsistent,
  balanceOf,
  ledgerOf,
  newPlayer,
  testHandler,
} from "../../test/wallet-helpers.ts";
import { openPostgresWalletStore } from "./open-postgres-store.ts";
import { POSTGRES_SCHEMA_VERSION } from "./pg-schema.ts";

/** The same store without `settle`: the handler then runs the TypeScript duties over `transact`. */
function transactOnly(store: ManagedWalletStore): ManagedWalletStore {
  const copy = { ...store };
  delete copy.settle;
  return copy;
}

function send(handler: WalletHandler, request: UnsignedWalletRequest, step = 0): Promise<WalletHttpAnswer> {
  const signed = signCall(request as never, SALT, NOW_MS - (step % 20) * 1_000);
  return handler({ body: signed.body, headers: signed.headers });
}

/** An answer body with its operator `tx_id` (random per store) blanked. */
function withoutTxId(body: string): string {
  return body.replace(/"tx_id":"[^"]*"/, '"tx_id":"-"');
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

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

describe("PostgreSQL store: two wallet processes on one database", () => {
  const fixture = new StoreFixture("postgres");
  let first: WalletHandler;
  let second: WalletHandler;
  before(async () => {
    await fixture.setUp();
    first = testHandler(fixture.store);
    second = testHandler(await fixture.openAnother());
  });
  after(() => fixture.tearDown());
  const either = (i: number) => (i % 2 === 0 ? first : second);

  test("40 concurrent debits on one player, through both: exactly those that fit apply", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => send(either(i), moneyCall("debit", p, uniqueId("bet"), 100))),
    );
    const ok = answers.filter((a) => a.response.status === "ok");
    const refused = answers.filter(
      (a) => a.response.status === "error" && a.response.code === "INSUFFICIENT_FUNDS",
    );
    assert.equal(ok.length, 10);
    assert.equal(refused.length, 30);
    assert.deepEqual(
      ok.map((a) => a.response.balance).sort((x, y) => (x ?? 0) - (y ?? 0)),
      [0, 100, 200, 300, 400, 500, 600, 700, 800, 900],
    );
    assert.equal(await balanceOf(fixture.store, p.playerId), 0);
    await assertLedgerConsistent(fixture.store, p.playerId, 1_000);
  });

  test("a bet and its replays racing through both: one answer, money moved once", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const bet = moneyCall("debit", p, uniqueId("bet"), 250);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => send(either(i), bet, i)));
    assert.equal(new Set(answers.map((a) => a.body)).size, 1);
    assert.deepEqual([answers[0]?.response.status, answers[0]?.response.balance], ["ok", 750]);
    assert.equal((await ledgerOf(fixture.store, p.playerId)).length, 1);
  });

  test("one call_id for an unknown player racing through both: one recorded answer", async () => {
    const call = moneyCall("credit", { playerId: uniqueId("ghost") }, uniqueId("win"), 10);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => send(either(i), call, i)));
    assert.equal(new Set(answers.map((a) => a.body)).size, 1);
    assert.equal(answers[0]?.response.status === "error" && answers[0].response.code, "PLAYER_NOT_FOUND");
  });

  test("a bet racing its rollback through the other process: one of the two legal outcomes", async () => {
    for (let round = 0; round < 15; round++) {
      const p = await newPlayer(fixture.store, 1_000);
      const betId = uniqueId("bet");
      const [bet, rollback] = await Promise.all([
        send(either(round), moneyCall("debit", p, betId, 300)),
        send(either(round + 1), rollbackCall("credit", p, uniqueId("rb"), betId, 300)),
      ]);
      assert.equal(rollback.response.status, "ok");
      if (bet.response.status === "ok") {
        // The bet came first: the rollback returned it.
        assert.equal(bet.response.balance, 700);
        assert.equal(rollback.response.balance, 1_000);
      } else {
        // The rollback came first and is remembered: the late bet is refused.
        assert.equal(bet.response.code, "ROLLED_BACK");
        assert.equal(rollback.response.balance, 1_000);
      }
      assert.equal(await balanceOf(fixture.store, p.playerId), 1_000);
      await assertLedgerConsistent(fixture.store, p.playerId, 1_000);
    }
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

describe("PostgreSQL store: calls waiting for a connection settle as one batch", () => {
  const fixture = new StoreFixture("postgres");
  let store: ManagedWalletStore;
  let handler: WalletHandler;
  /** Statement names sent by the store, to see which calls went together. */
  const sent: string[] = [];
  before(async () => {
    await fixture.setUp();
    // One connection: while one statement runs, every other call waits and joins the next batch.
    store = await openPostgresWalletStore({ connectionString: fixture.location.target, poolSize: 1 });
    handler = testHandler(store);
  });
  after(async () => {
    await store.close();
    await fixture.tearDown();
  });

  /** Runs `run` while recording the names of the statements the pool's clients send. */
  async function observed<T>(run: () => Promise<T>): Promise<T> {
    const original = pg.Client.prototype.query;
    sent.length = 0;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as { name?: string } | string;
      if (typeof config === "object" && config.name !== undefined) sent.push(config.name);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    try {
      return await run();
    } finally {
      pg.Client.prototype.query = original;
    }
  }

  test("a call that fails inside a batch is rolled back alone; the batch's others are kept", async () => {
    const players = await Promise.all(Array.from({ length: 8 }, () => newPlayer(store, 1_000)));
    const calls = players.map((p, i) => ({
      ...moneyCall("debit", p, uniqueId("bet"), 100 + i),
      game_id: i === 5 ? "refused-game" : "game-1",
    }));
    await withClient(fixture.location.target, (c) =>
      c.query("ALTER TABLE wallet_calls ADD CONSTRAINT test_refuse CHECK (game_id <> 'refused-game')"),
    );
    let answers: WalletHttpAnswer[];
    try {
      answers = await observed(() => Promise.all(calls.map((call) => send(handler, call))));
    } finally {
      await withClient(fixture.location.target, (c) =>
        c.query("ALTER TABLE wallet_calls DROP CONSTRAINT test_refuse"),
      );
    }
    assert.ok(sent.includes("wallet_v2_settle_batch"), sent.join(", "));
    for (const [i, answer] of answers.entries()) {
      const player = players[i] as { playerId: string };
      if (i === 5) {
        assert.equal(answer.response.status === "error" && answer.response.code, "INTERNAL_ERROR");
        assert.equal(await balanceOf(store, player.playerId), 1_000);
        assert.deepEqual(await ledgerOf(store, player.playerId), []);
      } else {
        assert.deepEqual([answer.response.status, answer.response.balance], ["ok", 900 - i]);
        assert.equal(await balanceOf(store, player.playerId), 900 - i);
      }
    }
  });

  test("one player's calls, replays and an unknown player's call_id twice, in one batch", async () => {
    const p = await newPlayer(store, 500);
    const bet = moneyCall("debit", p, uniqueId("bet"), 200);
    const ghost = moneyCall("credit", { playerId: uniqueId("ghost") }, uniqueId("win"), 10);
    const calls = [
      balanceCall(p, uniqueId("bal")), // goes alone; the rest wait for it
      bet,
      bet,
      moneyCall("debit", p, uniqueId("bet"), 200),
      moneyCall("debit", p, uniqueId("bet"), 200),
      rollbackCall("credit", p, uniqueId("rb"), bet.call_id, 200),
      ghost,
      ghost,
    ];
    const answers = await observed(() => Promise.all(calls.map((call, i) => send(handler, call, i))));
    assert.ok(sent.includes("wallet_v2_settle_batch"), sent.join(", "));
    assert.equal(answers[1]?.body, answers[2]?.body, "the replay repeats the answer");
    assert.equal(answers[6]?.body, answers[7]?.body, "the unknown player's call is recorded once");
    assert.equal(answers[6]?.response.status === "error" && answers[6].response.code, "PLAYER_NOT_FOUND");
    const refused = answers.filter(
      (a) => a.response.status === "error" && a.response.code === "INSUFFICIENT_FUNDS",
    );
    assert.equal(refused.length, 1, "of three bets of 200 on 500, one does not fit");
    await assertLedgerConsistent(store, p.playerId, 500);
    assert.equal(await balanceOf(store, p.playerId), 300);
  });
});
