import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, test } from "node:test";
import { okResponse } from "@croupier/protocol";
import { moneyCall, NOW_MS, rollbackCall } from "../test/calls.ts";
import { postSigned, serveWallet, type LoopbackServer } from "../test/http-client.ts";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import {
  assertLedgerConsistent,
  balanceOf,
  ledgerOf,
  newPlayer,
  testHandler,
} from "../test/wallet-helpers.ts";

describeEachStore("concurrent calls over HTTP", (fixture) => {
  let server: LoopbackServer;
  before(async () => {
    server = await serveWallet(testHandler(fixture.store));
  });
  after(() => server.close());

  test("one call_id sent 20 times at once moves money once; all 20 answers are identical", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const bet = moneyCall("debit", p, uniqueId("bet"), 250);
    // Each attempt is signed separately with its own timestamp, like real retries.
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postSigned(server.url, bet, { nowMs: NOW_MS - i * 1_000 })),
    );
    const texts = new Set(replies.map((r) => r.text));
    assert.equal(texts.size, 1, [...texts].join("\n"));
    assert.deepEqual([replies[0]?.json.status, replies[0]?.json.balance], ["ok", 750]);
    assert.equal(await balanceOf(fixture.store, p.playerId), 750);
    assert.equal((await ledgerOf(fixture.store, p.playerId)).length, 1);
  });

  test("one call_id for an unknown player 20 times at once: one recorded answer, replayed", async () => {
    const callId = uniqueId("ghost-bet");
    const bet = moneyCall("debit", { playerId: uniqueId("ghost") }, callId, 250);
    const replies = await Promise.all(Array.from({ length: 20 }, () => postSigned(server.url, bet)));
    assert.equal(new Set(replies.map((r) => r.text)).size, 1);
    assert.equal(replies[0]?.json.status === "error" && replies[0].json.code, "PLAYER_NOT_FOUND");
  });

  test("12 concurrent debits of which 4 fit: exactly 4 apply", async () => {
    const p = await newPlayer(fixture.store, 400);
    const replies = await Promise.all(
      Array.from({ length: 12 }, () => postSigned(server.url, moneyCall("debit", p, uniqueId("bet"), 100))),
    );
    const ok = replies.filter((r) => r.json.status === "ok");
    const refused = replies.filter((r) => r.json.status === "error" && r.json.code === "INSUFFICIENT_FUNDS");
    assert.equal(ok.length, 4);
    assert.equal(refused.length, 8);
    assert.deepEqual(
      ok.map((r) => r.json.balance).sort((a, b) => (a ?? 0) - (b ?? 0)),
      [0, 100, 200, 300],
    );
    assert.equal(await balanceOf(fixture.store, p.playerId), 0);
    await assertLedgerConsistent(fixture.store, p.playerId, 400);
  });

  test("a bet and its rollback racing each other settle to one of the two legal outcomes", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const betId = uniqueId("bet");
    const [bet, rollback] = await Promise.all([
      postSigned(server.url, moneyCall("debit", p, betId, 300)),
      postSigned(server.url, rollbackCall("credit", p, uniqueId("rb"), betId, 300)),
    ]);
    assert.equal(rollback.json.status, "ok");
    // Either the bet came first and was returned, or the rollback came first and the bet is ROLLED_BACK.
    if (bet.json.status === "ok") assert.equal(rollback.json.balance, 1_000);
    else assert.equal(bet.json.code, "ROLLED_BACK");
    assert.equal(await balanceOf(fixture.store, p.playerId), 1_000);
    await assertLedgerConsistent(fixture.store, p.playerId, 1_000);
  });

  test("a rollback recorded while the bet waits for the player's lock makes the bet ROLLED_BACK", async () => {
    const p = await newPlayer(fixture.store, 1_000);
    const betId = uniqueId("bet");
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // Holds the player's lock, then records a rollback of the bet, as a concurrent rollback would.
    const holder = fixture.store.transact(async (tx) => {
      await tx.lockPlayer(p.playerId);
      locked();
      await gate;
      await tx.insertCall({
        callId: uniqueId("rb"),
        txId: uniqueId("tx"),
        fingerprint: "r".repeat(64),
        action: "credit",
        playerId: p.playerId,
        amountMinor: 300,
        rb: 1,
        rbCallId: betId,
        roundId: "round-1",
        gameId: "game-1",
        applied: false,
        response: okResponse(1_000, "tx-rb"),
        createdAt: new Date(NOW_MS).toISOString(),
      });
    });
    await isLocked;
    const bet = postSigned(server.url, moneyCall("debit", p, betId, 300));
    await sleep(100); // lets the bet reach the lock; the outcome is the same if it has not yet
    openGate();
    await holder;
    const reply = await bet;
    assert.equal(reply.json.status === "error" && reply.json.code, "ROLLED_BACK");
    assert.equal(await balanceOf(fixture.store, p.playerId), 1_000);
  });

  test("many players at once: every ledger stays consistent", async () => {
    const players = await Promise.all(Array.from({ length: 8 }, () => newPlayer(fixture.store, 1_000)));
    await Promise.all(
      players.flatMap((p) =>
        Array.from({ length: 10 }, (_, i) =>
          postSigned(server.url, moneyCall(i % 3 === 0 ? "credit" : "debit", p, uniqueId("c"), 40 + i)),
        ),
      ),
    );
    for (const p of players) await assertLedgerConsistent(fixture.store, p.playerId, 1_000);
  });
});
