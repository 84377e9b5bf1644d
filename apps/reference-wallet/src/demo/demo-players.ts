import type { PlayerAdmin } from "../store/types.ts";

export interface DemoPlayer {
  readonly playerId: string;
  readonly currency: string;
  /** Minor units: EUR/USD have 2 decimals, JPY none, KWD 3 — the point of having all four. */
  readonly balanceMinor: number;
}

/** Seeded into an empty store in demo mode, so a fresh checkout has someone to bet with. */
export const DEMO_PLAYERS: readonly DemoPlayer[] = [
  { playerId: "demo-eur-1", currency: "EUR", balanceMinor: 100_000 }, // 1 000.00 EUR
  { playerId: "demo-eur-2", currency: "EUR", balanceMinor: 100_000 },
  { playerId: "demo-eur-3", currency: "EUR", balanceMinor: 100_000 },
  { playerId: "demo-usd-1", currency: "USD", balanceMinor: 100_000 }, // 1 000.00 USD
  { playerId: "demo-jpy-1", currency: "JPY", balanceMinor: 100_000 }, // 100 000 JPY
  { playerId: "demo-kwd-1", currency: "KWD", balanceMinor: 1_000_000 }, // 1 000.000 KWD
];

/**
 * Creates the demo players when the store has no player at all; a store someone has already
 * used is left alone. Returns the players created (empty when nothing was seeded).
 */
export async function seedDemoPlayers(store: PlayerAdmin): Promise<readonly DemoPlayer[]> {
  if ((await store.countPlayers()) > 0) return [];
  const created: DemoPlayer[] = [];
  for (const player of DEMO_PLAYERS) {
    const result = await store.createPlayer({ ...player, blocked: false });
    // PLAYER_EXISTS: another instance seeded the same store first; that is fine.
    if (result.ok) created.push(player);
    else if (result.code !== "PLAYER_EXISTS") {
      throw new Error(`could not seed demo player ${player.playerId}: ${result.message}`);
    }
  }
  return created;
}
