import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import type { ManagedWalletStore } from "../../admin/player-admin-types.ts";
import type { WalletHandler, WalletHttpAnswer } from "../../handler/handler-types.ts";
import { balanceCall, moneyCall, rollbackCall } from "../../test/calls.ts";
import { send, withClient } from "../../test/pg-settle-helpers.ts";
import { StoreFixture, uniqueId } from "../../test/store-fixtures.ts";
import {
  assertLedgerConsistent,
  balanceOf,
  ledgerOf,
  newPlayer,
  testHandler,
} from "../../test/wallet-helpers.ts";
import { openPostgresWalletStore } from "./open-postgres-store.ts";

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
    // Tried as one plain statement first, which the failure undid whole; then each call in its
    // own subtransaction.
    assert.ok(sent.includes("wallet_v2_settle_rows"), sent.join(", "));
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
    assert.ok(sent.includes("wallet_v2_settle_rows"), sent.join(", "));
    assert.ok(!sent.includes("wallet_v2_settle_batch"), "no call failed: no subtransactions");
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

describe("PostgreSQL store: wallet call statements in flight", () => {
  const fixture = new StoreFixture("postgres");
  before(() => fixture.setUp());
  after(() => fixture.tearDown());

  /** Runs `run` while counting the settle statements the pool's clients have running at once. */
  async function mostAtOnce(run: () => Promise<unknown>): Promise<{ most: number; statements: number }> {
    const original = pg.Client.prototype.query;
    let running = 0;
    let most = 0;
    let statements = 0;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as { name?: string } | string;
      const settles = typeof config === "object" && config.name?.startsWith("wallet_v2_settle") === true;
      const result = (original as (...a: unknown[]) => unknown).apply(this, args);
      if (!settles) return result;
      statements++;
      most = Math.max(most, ++running);
      return (result as Promise<unknown>).finally(() => running--);
    } as typeof original;
    try {
      await run();
      return { most, statements };
    } finally {
      pg.Client.prototype.query = original;
    }
  }

  async function sixtyDebits(store: ManagedWalletStore): Promise<void> {
    const handler = testHandler(store);
    const players = await Promise.all(Array.from({ length: 6 }, () => newPlayer(store, 10_000)));
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        send(handler, moneyCall("debit", players[i % 6] as { playerId: string }, uniqueId("bet"), 10)),
      ),
    );
    assert.ok(answers.every((a) => a.response.status === "ok"));
    for (const p of players) assert.equal(await balanceOf(store, p.playerId), 9_900);
  }

  test("by default two at once, whatever the pool; the other calls go together", async () => {
    const store = await openPostgresWalletStore({ connectionString: fixture.location.target, poolSize: 10 });
    try {
      const { most, statements } = await mostAtOnce(() => sixtyDebits(store));
      assert.equal(most, 2);
      assert.ok(statements < 60, `${statements} statements for 60 calls`);
    } finally {
      await store.close();
    }
  });

  test("settleConcurrency sets it, up to the pool's size", async () => {
    for (const [settleConcurrency, poolSize, expected] of [
      [5, 10, 5],
      [8, 3, 3],
    ] as const) {
      const store = await openPostgresWalletStore({
        connectionString: fixture.location.target,
        poolSize,
        settleConcurrency,
      });
      try {
        const { most } = await mostAtOnce(() => sixtyDebits(store));
        assert.ok(most <= expected, `${most} at once, at most ${expected} expected`);
        assert.ok(most > 2, `${most} at once: the setting was not used`);
      } finally {
        await store.close();
      }
    }
  });

  test("a settleConcurrency that is not a positive integer is refused at opening", async () => {
    for (const settleConcurrency of [0, -1, 1.5, Number.NaN]) {
      await assert.rejects(
        openPostgresWalletStore({ connectionString: fixture.location.target, settleConcurrency }),
        { name: "RangeError", message: /settleConcurrency must be a positive integer/ },
      );
    }
  });
});
