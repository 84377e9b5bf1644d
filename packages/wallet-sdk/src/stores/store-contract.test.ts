import assert from "node:assert/strict";
import { test } from "node:test";
import { errorResponse, okResponse } from "@croupier/protocol";
import type { CallRecord, LedgerPosting } from "../store/wallet-store.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { balanceOf, ledgerOf, newPlayer } from "../test/wallet-helpers.ts";

const T0 = "2026-01-01T00:00:00.000Z";

function callRecord(overrides: Partial<CallRecord> & Pick<CallRecord, "callId" | "playerId">): CallRecord {
  return {
    txId: uniqueId("tx"),
    fingerprint: "f".repeat(64),
    action: "debit",
    amountMinor: 250,
    rb: 0,
    roundId: "round-1",
    gameId: "game-1",
    applied: true,
    response: okResponse(750, "tx"),
    createdAt: T0,
    ...overrides,
  };
}

function posting(
  playerId: string,
  amountMinor: number,
  balanceAfterMinor: number,
  callId?: string,
): LedgerPosting {
  return {
    playerId,
    kind: amountMinor < 0 ? "debit" : "credit",
    amountMinor,
    balanceAfterMinor,
    callId,
    roundId: callId === undefined ? undefined : "round-1",
    createdAt: T0,
  };
}

describeEachStore("WalletStore contract", (fixture) => {
  test("lockPlayer reads a player and gives undefined for an unknown one", async () => {
    const { playerId } = await newPlayer(fixture.store, 1_000);
    const player = await fixture.store.transact((tx) => tx.lockPlayer(playerId));
    assert.equal(player?.balanceMinor, 1_000);
    assert.equal(player?.currency, "EUR");
    assert.equal(player?.blocked, false);
    assert.equal(await fixture.store.transact((tx) => tx.lockPlayer("nobody-here")), undefined);
  });

  test("a call record reads back exactly, optional fields absent when unset", async () => {
    const { playerId } = await newPlayer(fixture.store, 1_000);
    const money = callRecord({ callId: uniqueId("c"), playerId });
    const balance: CallRecord = {
      callId: uniqueId("c"),
      txId: uniqueId("tx"),
      fingerprint: "a".repeat(64),
      action: "balance",
      playerId,
      rb: 0,
      gameId: "game-1",
      applied: false,
      response: errorResponse("PLAYER_BLOCKED", "player is blocked"),
      createdAt: T0,
    };
    await fixture.store.transact(async (tx) => {
      await tx.insertCall(money);
      await tx.insertCall(balance);
    });
    assert.deepEqual(await fixture.store.transact((tx) => tx.findCall(money.callId)), money);
    assert.deepEqual(await fixture.store.transact((tx) => tx.findCall(balance.callId)), balance);
    assert.equal(await fixture.store.transact((tx) => tx.findCall("never-recorded")), undefined);
  });

  test("a second record with a taken call_id fails and the first one stays", async () => {
    const { playerId } = await newPlayer(fixture.store, 1_000);
    const first = callRecord({ callId: uniqueId("c"), playerId });
    await fixture.store.transact((tx) => tx.insertCall(first));
    await assert.rejects(
      fixture.store.transact((tx) =>
        tx.insertCall({ ...first, txId: uniqueId("tx"), fingerprint: "b".repeat(64) }),
      ),
    );
    assert.deepEqual(await fixture.store.transact((tx) => tx.findCall(first.callId)), first);
  });

  test("findRollbackOf finds only rollbacks answered ok that name the call", async () => {
    const { playerId } = await newPlayer(fixture.store, 1_000);
    const original = uniqueId("orig");
    const refused = callRecord({
      callId: uniqueId("rb"),
      playerId,
      action: "credit",
      rb: 1,
      rbCallId: original,
      applied: false,
      response: errorResponse("CURRENCY_MISMATCH", "currency"),
    });
    const plain = callRecord({ callId: uniqueId("plain"), playerId, rbCallId: undefined });
    await fixture.store.transact(async (tx) => {
      await tx.insertCall(refused);
      await tx.insertCall(plain);
    });
    assert.equal(await fixture.store.transact((tx) => tx.findRollbackOf(original)), undefined);
    const accepted = callRecord({
      callId: uniqueId("rb"),
      playerId,
      action: "credit",
      rb: 1,
      rbCallId: original,
    });
    await fixture.store.transact((tx) => tx.insertCall(accepted));
    assert.deepEqual(await fixture.store.transact((tx) => tx.findRollbackOf(original)), accepted);
  });

  test("postEntry sets the balance and appends the ledger row", async () => {
    const { playerId } = await newPlayer(fixture.store, 1_000);
    const callId = uniqueId("c");
    await fixture.store.transact((tx) => tx.postEntry(posting(playerId, -300, 700, callId)));
    assert.equal(await balanceOf(fixture.store, playerId), 700);
    const rows = await ledgerOf(fixture.store, playerId);
    assert.equal(rows.length, 1);
    assert.deepEqual({ ...rows[0], entryId: "x" }, { ...posting(playerId, -300, 700, callId), entryId: "x" });
  });

  test("postEntry for an unknown player fails", async () => {
    await assert.rejects(fixture.store.transact((tx) => tx.postEntry(posting("ghost", 5, 5))));
  });

  test("a ledger call_id moves money only once (unique)", async () => {
    const { playerId } = await newPlayer(fixture.store, 1_000);
    const callId = uniqueId("c");
    await fixture.store.transact((tx) => tx.postEntry(posting(playerId, -100, 900, callId)));
    await assert.rejects(fixture.store.transact((tx) => tx.postEntry(posting(playerId, -100, 800, callId))));
    assert.equal(await balanceOf(fixture.store, playerId), 900);
  });

  test("a work that throws rolls back everything it did", async () => {
    const { playerId } = await newPlayer(fixture.store, 1_000);
    const callId = uniqueId("c");
    await assert.rejects(
      fixture.store.transact(async (tx) => {
        await tx.postEntry(posting(playerId, -400, 600, callId));
        await tx.insertCall(callRecord({ callId, playerId }));
        throw new Error("boom");
      }),
      /boom/,
    );
    assert.equal(await balanceOf(fixture.store, playerId), 1_000);
    assert.equal(await fixture.store.transact((tx) => tx.findCall(callId)), undefined);
    assert.deepEqual(await ledgerOf(fixture.store, playerId), []);
  });

  test("concurrent transactions are isolated: one failing leaves the others committed", async () => {
    const players = await Promise.all(Array.from({ length: 8 }, () => newPlayer(fixture.store, 100)));
    const results = await Promise.allSettled(
      players.map(({ playerId }, index) =>
        fixture.store.transact(async (tx) => {
          await tx.postEntry(posting(playerId, 10, 110));
          if (index % 3 === 0) throw new Error(`fail ${index}`);
          return index;
        }),
      ),
    );
    for (const [index, { playerId }] of players.entries()) {
      const failed = index % 3 === 0;
      assert.equal(results[index]?.status, failed ? "rejected" : "fulfilled");
      assert.equal(await balanceOf(fixture.store, playerId), failed ? 100 : 110);
    }
  });

  test("the largest safe balance round-trips exactly", async () => {
    const { playerId } = await newPlayer(fixture.store, Number.MAX_SAFE_INTEGER - 1);
    await fixture.store.transact((tx) => tx.postEntry(posting(playerId, 1, Number.MAX_SAFE_INTEGER)));
    assert.equal(await balanceOf(fixture.store, playerId), Number.MAX_SAFE_INTEGER);
    const [row] = await ledgerOf(fixture.store, playerId);
    assert.equal(row?.balanceAfterMinor, Number.MAX_SAFE_INTEGER);
  });

  test("a transaction handle used after its work finished is refused", async () => {
    const { playerId } = await newPlayer(fixture.store, 1_000);
    const leaked = await fixture.store.transact(async (tx) => tx);
    await assert.rejects(leaked.postEntry(posting(playerId, 1, 1_001)), /over/);
    assert.equal(await balanceOf(fixture.store, playerId), 1_000);
  });

  test("data survives close and reopen; opening an existing database again is harmless", async () => {
    const { playerId } = await newPlayer(fixture.store, 1_234);
    const callId = uniqueId("c");
    const record = callRecord({ callId, playerId });
    await fixture.store.transact((tx) => tx.insertCall(record));
    const second = await fixture.openAnother();
    assert.equal(await balanceOf(second, playerId), 1_234);
    const reopened = await fixture.reopen();
    assert.equal(await balanceOf(reopened, playerId), 1_234);
    assert.deepEqual(await reopened.transact((tx) => tx.findCall(callId)), record);
  });

  test("close waits for running transactions, then refuses new ones", async () => {
    const store = await fixture.openAnother();
    const { playerId } = await newPlayer(store, 10);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const running = store.transact(async (tx) => {
      await gate;
      await tx.postEntry(posting(playerId, 5, 15));
      return "done";
    });
    const closing = store.close();
    release();
    assert.equal(await running, "done");
    await closing;
    await assert.rejects(
      store.transact((tx) => tx.lockPlayer(playerId)),
      /closed/,
    );
    assert.equal(await balanceOf(fixture.store, playerId), 15);
  });
});
