import assert from "node:assert/strict";
import type { ManagedWalletStore } from "../admin/player-admin-types.ts";
import { createWalletHandler } from "../handler/create-wallet-handler.ts";
import type { WalletHandler, WalletHandlerOptions } from "../handler/handler-types.ts";
import type { LedgerEntry } from "../store/wallet-store.ts";
import { CURRENCY, NOW_MS, SALT } from "./calls.ts";
import { uniqueId } from "./store-fixtures.ts";

/** A handler over `store` with the tests' salt and fixed clock. */
export function testHandler(
  store: ManagedWalletStore,
  overrides: Partial<WalletHandlerOptions> = {},
): WalletHandler {
  return createWalletHandler({ salts: [SALT], store, clock: () => NOW_MS, ...overrides });
}

/** Creates a fresh player and returns its id. */
export async function newPlayer(
  store: ManagedWalletStore,
  balanceMinor: number,
  options: { currency?: string; blocked?: boolean } = {},
): Promise<{ playerId: string; currency: string }> {
  const playerId = uniqueId("player");
  const currency = options.currency ?? CURRENCY;
  const created = await store.createPlayer({ playerId, currency, balanceMinor, blocked: options.blocked });
  assert.equal(created.ok, true);
  return { playerId, currency };
}

/** The player's balance; fails the test for an unknown player. */
export async function balanceOf(store: ManagedWalletStore, playerId: string): Promise<number> {
  const player = await store.getPlayer(playerId);
  assert.ok(player, `player ${playerId} exists`);
  return player.balanceMinor;
}

/** Every ledger row of a player, oldest first. */
export async function ledgerOf(store: ManagedWalletStore, playerId: string): Promise<LedgerEntry[]> {
  const rows: LedgerEntry[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await store.listTransactions(playerId, { limit: 500, before });
    rows.push(...page.items);
    if (page.nextCursor === undefined) return rows.reverse();
    before = page.nextCursor;
  }
}

/**
 * The bookkeeping invariant: balance = opening balance + the ledger's signed amounts, every
 * row's balance_after chains from the previous one, never negative, each call at most once.
 */
export async function assertLedgerConsistent(
  store: ManagedWalletStore,
  playerId: string,
  openingMinor: number,
): Promise<void> {
  const rows = await ledgerOf(store, playerId);
  let running = openingMinor;
  const calls = new Set<string>();
  for (const row of rows) {
    running += row.amountMinor;
    assert.equal(row.balanceAfterMinor, running, `ledger row ${row.entryId} chains`);
    assert.ok(running >= 0, "balance never negative");
    if (row.callId !== undefined) {
      assert.ok(!calls.has(row.callId), `call ${row.callId} moved money once`);
      calls.add(row.callId);
    }
  }
  assert.equal(await balanceOf(store, playerId), running);
}
