import type { StudioGame } from "../catalogue/seed.ts";

/**
 * The built-in studio's titles as catalogue entries. Registered at every start of the platform
 * (server.ts, `seedBuiltInCatalogue`), so an approved operator can open them without importing a
 * feed; the demo registers the same list. Ids, RTP and limits as in @croupier/games.
 */
export const BUILT_IN_TITLES: readonly StudioGame[] = [
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
