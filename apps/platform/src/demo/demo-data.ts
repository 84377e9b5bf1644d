/**
 * What the demo sets up: one sandbox operator wired to the reference wallet, its players, and the
 * built-in studio's titles in the catalogue. Demo only: nothing here is used outside `npm start`.
 */
import type { StudioGame } from "../catalogue/seed.ts";

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

/** Built-in titles (ids, RTP and limits as in @croupier/games), registered under the built-in studio. */
export const DEMO_TITLES: readonly StudioGame[] = [
  {
    id: "fruit-fiesta",
    name: "Fruit Fiesta",
    type: "slot",
    rtp: "95.68",
    volatility: "low",
    betLimits: { EUR: { minMinor: 10, maxMinor: 10_000 } },
    releaseDate: "2026-01-01",
    demoAvailable: true,
  },
  {
    id: "european-roulette",
    name: "European Roulette",
    type: "table",
    rtp: "97.30",
    volatility: "low",
    betLimits: { EUR: { minMinor: 10, maxMinor: 100_000 } },
    releaseDate: "2026-01-01",
    demoAvailable: true,
  },
  {
    id: "blackjack-classic",
    name: "Blackjack Classic",
    type: "table",
    rtp: "99.59",
    volatility: "low",
    betLimits: { EUR: { minMinor: 100, maxMinor: 500_000 } },
    releaseDate: "2026-01-01",
    demoAvailable: true,
  },
  {
    id: "keno-ten",
    name: "Keno Ten",
    type: "lottery",
    rtp: "96.43",
    volatility: "high",
    betLimits: { EUR: { minMinor: 10, maxMinor: 10_000 } },
    releaseDate: "2026-01-01",
    demoAvailable: true,
  },
];
