import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { UnsignedWalletRequest, WalletResponse } from "@croupier/protocol";
import type { WalletStore, WalletTransaction } from "../store/wallet-store.ts";
import { balanceCall, moneyCall, NOW_MS, rollbackCall } from "../test/calls.ts";
import { postSigned, serveWallet, type LoopbackServer } from "../test/http-client.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import {
  assertLedgerConsistent,
  balanceOf,
  ledgerOf,
  newPlayer,
  testHandler,
} from "../test/wallet-helpers.ts";

/** PROTOCOL "Operator duties", each through real HTTP on loopback. */
describeEachStore("operator duties over HTTP", (fixture) => {
  let server: LoopbackServer;
  before(async () => {
    server = await serveWallet(testHandler(fixture.store));
  });
  after(() => server.close());

  /** Sends with a fresh timestamp each time, as a retrying platform does. */
  let tick = 0;
  async function send(unsigned: UnsignedWalletRequest): Promise<WalletResponse> {
    tick = (tick + 1) % 20;
    const reply = await postSigned(server.url, unsigned, { nowMs: NOW_MS - tick * 1_000 });
    assert.equal(reply.status, 200);
    return reply.json;
  }
  const code = (r: WalletResponse) => (r.status === "ok" ? "ok" : r.code);

  test("idempotency: a replay returns the original answer exactly, tx_id included, and changes nothing", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const bet = moneyCall("debit", p, uniqueId("bet"), 300);
    const first = await send(bet);
    assert.equal(first.status, "ok");
    assert.equal(first.balance, 700);
    assert.ok(first.status === "ok" && typeof first.tx_id === "string" && first.tx_id.length > 0);
    await send(moneyCall("credit", p, uniqueId("win"), 50));
    assert.deepEqual(await send(bet), first, "same status, same balance as first answered");
    assert.deepEqual(await send(bet), first);
    assert.equal(await balanceOf(fixture.store, p.playerId), 750);
    await assertLedgerConsistent(fixture.store, p.playerId, 1_000);
  });

  test("idempotency: refusals are recorded and replayed, even when they would now succeed", async () => {
    const p = await newPlayer(fixture.store, 100);
    const bet = moneyCall("debit", p, uniqueId("bet"), 150);
    const refused = await send(bet);
    assert.deepEqual([code(refused), refused.balance], ["INSUFFICIENT_FUNDS", 100]);
    await fixture.store.adjustBalance({
      playerId: p.playerId,
      amountMinor: 1_000,
      reference: uniqueId("dep"),
    });
    assert.deepEqual(await send(bet), refused);
    assert.equal(await balanceOf(fixture.store, p.playerId), 1_100);

    const ghost = { playerId: uniqueId("later") };
    const early = moneyCall("credit", ghost, uniqueId("win"), 10);
    assert.equal(code(await send(early)), "PLAYER_NOT_FOUND");
    await fixture.store.createPlayer({ playerId: ghost.playerId, currency: "EUR", balanceMinor: 0 });
    assert.equal(code(await send(early)), "PLAYER_NOT_FOUND", "the recorded answer is replayed");
    assert.equal(await balanceOf(fixture.store, ghost.playerId), 0);
  });

  test("idempotency: calls refused by key, timestamp or shape do not claim their call_id", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const callId = uniqueId("c");
    const genuine = moneyCall("debit", p, callId, 100);
    const forged = await postSigned(server.url, moneyCall("debit", p, callId, 999), { salt: "attacker" });
    assert.equal(code(forged.json), "INVALID_KEY");
    const stale = await postSigned(server.url, moneyCall("debit", p, callId, 999), {
      nowMs: NOW_MS - 60_000,
    });
    assert.equal(code(stale.json), "TIMESTAMP_EXPIRED");
    const malformed = await postSigned(server.url, {
      ...moneyCall("debit", p, callId, 999),
      amount: 9.5,
    } as never);
    assert.equal(code(malformed.json), "INVALID_REQUEST");
    const answer = await send(genuine);
    assert.deepEqual([answer.status, answer.balance], ["ok", 900]);
  });

  test("rollback: a credit with rb 1 returns a debited bet exactly once", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const betId = uniqueId("bet");
    await send(moneyCall("debit", p, betId, 400));
    const rollback = rollbackCall("credit", p, uniqueId("rb"), betId, 400);
    const first = await send(rollback);
    assert.deepEqual([first.status, first.balance], ["ok", 1_000]);
    assert.deepEqual(await send(rollback), first, "a retried rollback replays");
    const second = await send(rollbackCall("credit", p, uniqueId("rb"), betId, 400));
    assert.deepEqual([second.status, second.balance], ["ok", 1_000], "another rollback changes nothing");
    assert.deepEqual(
      (await ledgerOf(fixture.store, p.playerId)).map((r) => [r.kind, r.amountMinor]),
      [
        ["debit", -400],
        ["debit_reversal", 400],
      ],
    );
  });

  test("rollback: a debit with rb 1 takes back a credited win", async () => {
    const p = await newPlayer(fixture.store, 100);
    const winId = uniqueId("win");
    await send(moneyCall("credit", p, winId, 250));
    const answer = await send(rollbackCall("debit", p, uniqueId("rb"), winId, 250));
    assert.deepEqual([answer.status, answer.balance], ["ok", 100]);
    await assertLedgerConsistent(fixture.store, p.playerId, 100);
  });

  test("rollback: another amount is INVALID_REQUEST, not recorded; the corrected call then applies", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const betId = uniqueId("bet");
    await send(moneyCall("debit", p, betId, 400));
    const rbId = uniqueId("rb");
    assert.equal(code(await send(rollbackCall("credit", p, rbId, betId, 399))), "INVALID_REQUEST");
    assert.equal(code(await send(rollbackCall("credit", p, rbId, betId, 401))), "INVALID_REQUEST");
    assert.equal(await balanceOf(fixture.store, p.playerId), 600);
    const fixed = await send(rollbackCall("credit", p, rbId, betId, 400));
    assert.deepEqual([fixed.status, fixed.balance], ["ok", 1_000]);
  });

  test("rollback: the same action, another player, a balance call or a rollback cannot be reversed", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const other = await newPlayer(fixture.store, 1_000);
    const betId = uniqueId("bet");
    await send(moneyCall("debit", p, betId, 100));
    const balanceId = uniqueId("bal");
    await send(balanceCall(p, balanceId));
    const rbId = uniqueId("rb");
    await send(rollbackCall("credit", p, rbId, betId, 100));
    for (const bad of [
      rollbackCall("debit", p, uniqueId("rb"), betId, 100),
      rollbackCall("credit", other, uniqueId("rb"), betId, 100),
      rollbackCall("credit", p, uniqueId("rb"), balanceId, 0),
      rollbackCall("debit", p, uniqueId("rb"), rbId, 100),
    ]) {
      assert.equal(code(await send(bad)), "INVALID_REQUEST");
    }
    assert.equal(await balanceOf(fixture.store, p.playerId), 1_000);
    assert.equal(await balanceOf(fixture.store, other.playerId), 1_000);
  });

  test("rollback of a call never received: ok, unchanged, remembered; the late original is ROLLED_BACK", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const betId = uniqueId("bet");
    const rb = await send(rollbackCall("credit", p, uniqueId("rb"), betId, 300));
    assert.deepEqual([rb.status, rb.balance], ["ok", 1_000]);
    const late = moneyCall("debit", p, betId, 300);
    const refused = await send(late);
    assert.equal(code(refused), "ROLLED_BACK");
    assert.deepEqual(await send(late), refused, "the ROLLED_BACK answer replays");

    const winId = uniqueId("win");
    assert.equal((await send(rollbackCall("debit", p, uniqueId("rb"), winId, 50))).status, "ok");
    assert.equal(code(await send(moneyCall("credit", p, winId, 50))), "ROLLED_BACK");
    assert.equal(await balanceOf(fixture.store, p.playerId), 1_000);
    assert.deepEqual(await ledgerOf(fixture.store, p.playerId), []);
  });

  test("rollback of a refused original: ok with the balance unchanged", async () => {
    const p = await newPlayer(fixture.store, 100);
    const betId = uniqueId("bet");
    assert.equal(code(await send(moneyCall("debit", p, betId, 500))), "INSUFFICIENT_FUNDS");
    const rb = await send(rollbackCall("credit", p, uniqueId("rb"), betId, 500));
    assert.deepEqual([rb.status, rb.balance], ["ok", 100]);
    assert.deepEqual(await ledgerOf(fixture.store, p.playerId), []);
  });

  test("rollback: taking back a win larger than the balance is INSUFFICIENT_FUNDS, recorded", async () => {
    const p = await newPlayer(fixture.store, 0);
    const winId = uniqueId("win");
    await send(moneyCall("credit", p, winId, 500));
    await send(moneyCall("debit", p, uniqueId("bet"), 400));
    const rollback = rollbackCall("debit", p, uniqueId("rb"), winId, 500);
    const refused = await send(rollback);
    assert.deepEqual([code(refused), refused.balance], ["INSUFFICIENT_FUNDS", 100]);
    assert.deepEqual(await send(rollback), refused);
    assert.equal(await balanceOf(fixture.store, p.playerId), 100);
  });

  test("blocked player: balance and bets refused; wins and rollbacks still settle", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const betId = uniqueId("bet");
    const winId = uniqueId("win");
    await send(moneyCall("debit", p, betId, 200));
    await send(moneyCall("credit", p, winId, 50));
    await fixture.store.setBlocked(p.playerId, true);
    assert.equal(code(await send(balanceCall(p, uniqueId("bal")))), "PLAYER_BLOCKED");
    assert.equal(code(await send(moneyCall("debit", p, uniqueId("bet"), 10))), "PLAYER_BLOCKED");
    const win = await send(moneyCall("credit", p, uniqueId("win"), 30));
    assert.deepEqual([win.status, win.balance], ["ok", 880]);
    const returned = await send(rollbackCall("credit", p, uniqueId("rb"), betId, 200));
    assert.deepEqual([returned.status, returned.balance], ["ok", 1_080]);
    const takenBack = await send(rollbackCall("debit", p, uniqueId("rb"), winId, 50));
    assert.deepEqual([takenBack.status, takenBack.balance], ["ok", 1_030]);
    await assertLedgerConsistent(fixture.store, p.playerId, 1_000);
  });

  test("a zero amount is answered ok without moving money", async () => {
    const p = await newPlayer(fixture.store, 10);
    const answer = await send(moneyCall("debit", p, uniqueId("bet"), 0));
    assert.deepEqual([answer.status, answer.balance], ["ok", 10]);
    assert.deepEqual(await ledgerOf(fixture.store, p.playerId), []);
  });

  test("a credit beyond the largest exact balance is INVALID_REQUEST and not recorded", async () => {
    const p = await newPlayer(fixture.store, Number.MAX_SAFE_INTEGER - 10);
    const callId = uniqueId("win");
    assert.equal(code(await send(moneyCall("credit", p, callId, 11))), "INVALID_REQUEST");
    assert.equal(await balanceOf(fixture.store, p.playerId), Number.MAX_SAFE_INTEGER - 10);
    const fits = await send(moneyCall("credit", p, callId, 10));
    assert.deepEqual([fits.status, fits.balance], ["ok", Number.MAX_SAFE_INTEGER]);
  });

  test("atomicity: a failure after the balance moved leaves neither balance nor record behind", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    let failNext = true;
    const faulty: WalletStore = {
      transact: (work) =>
        fixture.store.transact((tx) => {
          const wrapped: WalletTransaction = {
            lockPlayer: (id) => tx.lockPlayer(id),
            findCall: (id) => tx.findCall(id),
            findRollbackOf: (id) => tx.findRollbackOf(id),
            postEntry: (posting) => tx.postEntry(posting),
            insertCall: async (call) => {
              if (failNext) {
                failNext = false;
                throw new Error("disk full");
              }
              return tx.insertCall(call);
            },
          };
          return work(wrapped);
        }),
      close: () => Promise.resolve(),
    };
    const faultyServer = await serveWallet(testHandler(fixture.store, { store: faulty }));
    try {
      const bet = moneyCall("debit", p, uniqueId("bet"), 300);
      const failed = await postSigned(faultyServer.url, bet);
      assert.equal(code(failed.json), "INTERNAL_ERROR");
      assert.equal(await balanceOf(fixture.store, p.playerId), 1_000);
      assert.deepEqual(await ledgerOf(fixture.store, p.playerId), []);
      const retried = await postSigned(faultyServer.url, bet);
      assert.deepEqual([retried.json.status, retried.json.balance], ["ok", 700]);
      await assertLedgerConsistent(fixture.store, p.playerId, 1_000);
    } finally {
      await faultyServer.close();
    }
  });
});
