/**
 * @croupier/games — the built-in studio's game engines and titles. Pure TypeScript: engines do
 * no I/O (randomness comes in through an {@link Rng}); the only file access is reading the
 * bundled title files once.
 *
 * @example
 * import { loadTitle, createCryptoRng, replayRound } from "@croupier/games";
 * const r = loadTitle("fruit-fiesta");
 * if (r.ok && r.game.kind === "instant") {
 *   const round = r.game.play({ betMinor: 200 }, createCryptoRng());
 *   if (round.ok) store(round.totalWinMinor, round.display, round.draws);
 * }
 */
import type { Game } from "./engine.ts";
import { bundledCatalogue } from "./catalogue/bundled-titles.ts";
import { catalogueEntry, type CatalogueEntry } from "./catalogue/catalogue.ts";
import type { Result } from "./result.ts";

export type { BlackjackGame, BlackjackSettlement, BlackjackView } from "./blackjack/blackjack-game.ts";
export type { BlackjackAction, BlackjackHand, BlackjackState } from "./blackjack/blackjack-state.ts";
export type { Card } from "./blackjack/cards.ts";
export type { BlackjackRules } from "./blackjack/rules.ts";
export { basicStrategy } from "./blackjack/strategy.ts";
export { createCatalogue, type Catalogue, type CatalogueEntry } from "./catalogue/catalogue.ts";
export { bundledCatalogue, bundledTitleFiles } from "./catalogue/bundled-titles.ts";
export { ENGINES, loadTitleDefinition } from "./catalogue/engines.ts";
export { canonicalJson, titleVersion } from "./catalogue/title-version.ts";
export { VOLATILITY_THRESHOLDS, volatilityOf } from "./catalogue/volatility.ts";
export type { EngineModule, Game, LoadOptions, LoadedTitle } from "./engine.ts";
export type { KenoDisplay, KenoGame, KenoOptions } from "./keno/keno.ts";
export { Rational } from "./math/rational.ts";
export { replayRound } from "./play-recorded.ts";
export { fail, type GameError, type GameErrorCode, type Result } from "./result.ts";
export { createCryptoRng } from "./rng/crypto-rng.ts";
export { createSeededRng } from "./rng/seeded-rng.ts";
export { recordDraws, replayDraws } from "./rng/recording.ts";
export type { Rng } from "./rng/rng.ts";
export type { RouletteBet, RouletteOptions } from "./roulette/bets.ts";
export type { RouletteDisplay, RouletteGame } from "./roulette/roulette.ts";
export type { SlotDisplay, SpinView } from "./slots/common/play-slot.ts";
export type { SlotGame } from "./slots/common/slot-title.ts";
export type { LineWin } from "./slots/line/line-evaluator.ts";
export type { WaysWin } from "./slots/ways/ways-evaluator.ts";
export {
  runRounds,
  simulate,
  summarize,
  type RoundSums,
  type SimulationStats,
} from "./simulation/simulate.ts";
export { checkRtp, roundsToDetect, type RtpCheck } from "./simulation/rtp-check.ts";
export type {
  EngineId,
  Features,
  GameType,
  InstantGame,
  PlayRequest,
  StakeLimits,
  RoundOutcome,
  SimulationKernel,
  TitleAnalysis,
  TitleBase,
  Volatility,
} from "./types.ts";

/**
 * The playable game of a bundled title. `game.kind` is `"instant"` (slots, roulette, keno:
 * `play`) or `"multi-step"` (blackjack: `start` / `act` / `settle`).
 *
 * @example
 * const r = loadTitle("european-roulette");
 * if (!r.ok) throw new Error(r.message); // UNKNOWN_TITLE
 */
export function loadTitle(id: string): Result<{ game: Game }> {
  return bundledCatalogue().loadTitle(id);
}

/**
 * Lobby entries of every bundled title: id, name, type, engine, exact RTP, volatility, hit
 * frequency, max win multiplier, default bet limits, features. The first call analyses every
 * title (seconds); later calls are cached.
 *
 * @example
 * listCatalogue().map((e) => `${e.name} ${e.rtp.percent}% ${e.volatility}`);
 */
export function listCatalogue(): CatalogueEntry[] {
  return bundledCatalogue().list();
}

const entries = new Map<string, CatalogueEntry>();

/**
 * The lobby entry of one bundled title (exact RTP, volatility, max win multiplier...), analysed
 * on first use and cached; undefined when no bundled title has this id. Cheaper than
 * `listCatalogue()` when one title is wanted.
 *
 * @example
 * catalogueEntryOf("golden-pharaoh")?.rtp.percent; // "95.4868"
 */
export function catalogueEntryOf(id: string): CatalogueEntry | undefined {
  const cached = entries.get(id);
  if (cached !== undefined) return cached;
  const loaded = bundledCatalogue().get(id);
  if (loaded === undefined) return undefined;
  const entry = catalogueEntry(loaded);
  entries.set(id, entry);
  return entry;
}
