/**
 * What the demo sets up: one sandbox operator wired to the reference wallet, its players, and the
 * built-in studio's titles in the catalogue. Demo only: nothing here is used outside `npm start`.
 */
import { BUILT_IN_TITLES } from "../builtin-studio/catalogue-titles.ts";

export const DEMO_OPERATOR = {
  companyName: "Demo Casino",
  website: "https://demo-casino.example",
  userEmail: "operator@demo-casino.example",
} as const;

export const DEMO_CURRENCY = "EUR";

/** Players created in the wallet on first start (balances in cents). */
export const DEMO_PLAYERS: ReadonlyArray<{ readonly playerId: string; readonly balanceMinor: number }> = [
  { playerId: "demo-player-1", balanceMinor: 100_000 },
  { playerId: "demo-player-2", balanceMinor: 50_000 },
  { playerId: "demo-player-3", balanceMinor: 2_500 },
];

/** The built-in studio's titles (registered at every start, demo or not; see catalogue-titles.ts). */
export const DEMO_TITLES = BUILT_IN_TITLES;
