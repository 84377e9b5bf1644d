import assert from "node:assert/strict";
import { test } from "node:test";
import { describeEachStore, uniqueId } from "../test/store-fixtures.ts";
import { balanceOf, ledgerOf, newPlayer } from "../test/wallet-helpers.ts";

describeEachStore("PlayerAdmin", (fixture) => {
  test("createPlayer creates a wallet and refuses a taken id", async () => {
    const playerId = uniqueId("p");
    const created = await fixture.store.createPlayer({ playerId, currency: "JPY", balanceMinor: 500 });
    assert.ok(created.ok);
    assert.equal(created.player.blocked, false);
    assert.deepEqual(await fixture.store.getPlayer(playerId), created.player);
    const again = await fixture.store.createPlayer({ playerId, currency: "EUR", balanceMinor: 0 });
    assert.deepEqual(again.ok ? "created" : again.code, "PLAYER_EXISTS");
    assert.equal((await fixture.store.getPlayer(playerId))?.currency, "JPY");
  });

  test("createPlayer refuses malformed input and creates nothing", async () => {
    const before = await fixture.store.countPlayers();
    const bad: Array<Record<string, unknown>> = [
      { playerId: "", currency: "EUR", balanceMinor: 0 },
      { playerId: "x".repeat(65), currency: "EUR", balanceMinor: 0 },
      { playerId: "tab\there", currency: "EUR", balanceMinor: 0 },
      { playerId: 42, currency: "EUR", balanceMinor: 0 },
      { playerId: uniqueId("p"), currency: "eur", balanceMinor: 0 },
      { playerId: uniqueId("p"), currency: "XAU", balanceMinor: 0 },
      { playerId: uniqueId("p"), currency: "ABC", balanceMinor: 0 },
      { playerId: uniqueId("p"), currency: "EUR", balanceMinor: 1.5 },
      { playerId: uniqueId("p"), currency: "EUR", balanceMinor: -1 },
      { playerId: uniqueId("p"), currency: "EUR", balanceMinor: 2 ** 60 },
      { playerId: uniqueId("p"), currency: "EUR", balanceMinor: "100" },
      { playerId: uniqueId("p"), currency: "EUR", balanceMinor: 0, blocked: "yes" },
    ];
    for (const input of bad) {
      const result = await fixture.store.createPlayer(input as never);
      assert.equal(result.ok ? "created" : result.code, "INVALID_INPUT", JSON.stringify(input));
    }
    assert.equal(await fixture.store.countPlayers(), before);
  });

  test("countPlayers counts", async () => {
    const before = await fixture.store.countPlayers();
    await newPlayer(fixture.store, 0);
    await newPlayer(fixture.store, 0);
    assert.equal(await fixture.store.countPlayers(), before + 2);
  });

  test("getPlayer gives undefined for an unknown id", async () => {
    assert.equal(await fixture.store.getPlayer("no-such-player"), undefined);
  });

  test("adjustBalance deposits and withdraws, writing ledger rows", async () => {
    const { playerId } = await newPlayer(fixture.store, 1_000);
    const deposit = await fixture.store.adjustBalance({
      playerId,
      amountMinor: 500,
      reference: uniqueId("ref"),
    });
    assert.ok(deposit.ok);
    assert.equal(deposit.player.balanceMinor, 1_500);
    assert.equal(deposit.replayed, false);
    const reference = uniqueId("ref");
    const withdrawal = await fixture.store.adjustBalance({
      playerId,
      amountMinor: -1_200,
      reference,
      reason: "cash out",
    });
    assert.ok(withdrawal.ok);
    assert.equal(withdrawal.player.balanceMinor, 300);
    const rows = await ledgerOf(fixture.store, playerId);
    assert.deepEqual(
      rows.map((r) => [r.kind, r.amountMinor, r.balanceAfterMinor, r.reason]),
      [
        ["deposit", 500, 1_500, undefined],
        ["withdrawal", -1_200, 300, "cash out"],
      ],
    );
    assert.equal(rows[1]?.reference, reference);
  });

  test("adjustBalance is idempotent by reference and refuses a reused one", async () => {
    const { playerId } = await newPlayer(fixture.store, 100);
    const reference = uniqueId("ref");
    const first = await fixture.store.adjustBalance({ playerId, amountMinor: 50, reference });
    const replay = await fixture.store.adjustBalance({ playerId, amountMinor: 50, reference });
    assert.ok(first.ok && replay.ok);
    assert.equal(replay.replayed, true);
    assert.equal(replay.player.balanceMinor, 150);
    const other = await fixture.store.adjustBalance({ playerId, amountMinor: 60, reference });
    assert.equal(other.ok ? "ok" : other.code, "REFERENCE_CONFLICT");
    const { playerId: otherPlayer } = await newPlayer(fixture.store, 100);
    const elsewhere = await fixture.store.adjustBalance({
      playerId: otherPlayer,
      amountMinor: 50,
      reference,
    });
    assert.equal(elsewhere.ok ? "ok" : elsewhere.code, "REFERENCE_CONFLICT");
    assert.equal(await balanceOf(fixture.store, playerId), 150);
    assert.equal(await balanceOf(fixture.store, otherPlayer), 100);
  });

  test("concurrent adjustments with one reference apply once", async () => {
    const { playerId } = await newPlayer(fixture.store, 0);
    const reference = uniqueId("ref");
    const results = await Promise.all(
      Array.from({ length: 10 }, () => fixture.store.adjustBalance({ playerId, amountMinor: 70, reference })),
    );
    assert.ok(results.every((r) => r.ok));
    assert.equal(results.filter((r) => r.ok && !r.replayed).length, 1);
    assert.equal(await balanceOf(fixture.store, playerId), 70);
  });

  test("adjustBalance refusals change nothing", async () => {
    const { playerId } = await newPlayer(fixture.store, 100);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ playerId, amountMinor: -101, reference: uniqueId("r") }, "INSUFFICIENT_FUNDS"],
      [{ playerId: "ghost", amountMinor: 5, reference: uniqueId("r") }, "PLAYER_NOT_FOUND"],
      [{ playerId, amountMinor: 0, reference: uniqueId("r") }, "INVALID_INPUT"],
      [{ playerId, amountMinor: 1.5, reference: uniqueId("r") }, "INVALID_INPUT"],
      [{ playerId, amountMinor: 2 ** 60, reference: uniqueId("r") }, "INVALID_INPUT"],
      [{ playerId, amountMinor: Number.MAX_SAFE_INTEGER, reference: uniqueId("r") }, "INVALID_INPUT"],
      [{ playerId, amountMinor: 5, reference: "" }, "INVALID_INPUT"],
      [{ playerId, amountMinor: 5, reference: "a\u0000b" }, "INVALID_INPUT"],
      [{ playerId, amountMinor: 5, reference: uniqueId("r"), reason: "x".repeat(501) }, "INVALID_INPUT"],
    ];
    for (const [input, code] of cases) {
      const result = await fixture.store.adjustBalance(input as never);
      assert.equal(result.ok ? "ok" : result.code, code, JSON.stringify(input));
    }
    assert.equal(await balanceOf(fixture.store, playerId), 100);
    assert.deepEqual(await ledgerOf(fixture.store, playerId), []);
  });

  test("setBlocked blocks and unblocks; unknown player gives undefined", async () => {
    const { playerId } = await newPlayer(fixture.store, 100);
    assert.equal((await fixture.store.setBlocked(playerId, true))?.blocked, true);
    assert.equal((await fixture.store.getPlayer(playerId))?.blocked, true);
    assert.equal((await fixture.store.setBlocked(playerId, false))?.blocked, false);
    assert.equal(await fixture.store.setBlocked("ghost", true), undefined);
  });

  test("listTransactions pages newest first with a cursor", async () => {
    const { playerId } = await newPlayer(fixture.store, 0);
    for (let i = 1; i <= 7; i++) {
      await fixture.store.adjustBalance({ playerId, amountMinor: i, reference: uniqueId("r") });
    }
    const seen: number[] = [];
    let page = await fixture.store.listTransactions(playerId, { limit: 3 });
    seen.push(...page.items.map((r) => r.amountMinor));
    while (page.nextCursor !== undefined) {
      page = await fixture.store.listTransactions(playerId, { limit: 3, before: page.nextCursor });
      seen.push(...page.items.map((r) => r.amountMinor));
    }
    assert.deepEqual(seen, [7, 6, 5, 4, 3, 2, 1]);
    const exact = await fixture.store.listTransactions(playerId, { limit: 7 });
    assert.equal(exact.items.length, 7);
    assert.equal(exact.nextCursor, undefined);
  });

  test("listTransactions clamps the limit and refuses a foreign cursor", async () => {
    const { playerId } = await newPlayer(fixture.store, 0);
    await fixture.store.adjustBalance({ playerId, amountMinor: 1, reference: uniqueId("r") });
    await fixture.store.adjustBalance({ playerId, amountMinor: 2, reference: uniqueId("r") });
    assert.equal((await fixture.store.listTransactions(playerId, { limit: 0 })).items.length, 1);
    assert.equal((await fixture.store.listTransactions(playerId, { limit: -5 })).items.length, 1);
    assert.equal((await fixture.store.listTransactions(playerId, { limit: 10_000 })).items.length, 2);
    await assert.rejects(fixture.store.listTransactions(playerId, { limit: 5, before: "abc" }), RangeError);
    await assert.rejects(
      fixture.store.listTransactions(playerId, { limit: 5, before: "1; DROP" }),
      RangeError,
    );
    assert.deepEqual((await fixture.store.listTransactions("ghost", { limit: 5 })).items, []);
  });
});
