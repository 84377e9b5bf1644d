import type { Rational } from "./math/rational.ts";
import type { Result } from "./result.ts";
import type { Rng } from "./rng/rng.ts";

/** Engines shipped in this package. */
export type EngineId = "line-slot" | "ways-slot" | "roulette" | "blackjack" | "keno";

/** Lobby grouping of an engine. */
export type GameType = "slot" | "table" | "lottery";

/** Classes of the standard deviation of the return per unit bet; thresholds in `catalogue/volatility.ts`. */
export type Volatility = "low" | "medium" | "high";

/** Fields every title file carries, whatever its engine. */
export interface TitleBase {
  /** Stable id, kebab-case: the platform stores it on every round. */
  readonly id: string;
  readonly name: string;
  readonly engine: EngineId;
  /** What the studio advertises; checked against the computed figures on load and in tests. */
  readonly published: { readonly rtp: string; readonly volatility: Volatility };
  /** Default stake limits in minor units; operators may narrow them. */
  readonly betLimits: { readonly minMinor: number; readonly maxMinor: number };
}

/** A round request: the total stake to debit and engine-specific options. */
/** A stake range in the round's currency, minor units. */
export interface StakeLimits {
  readonly minMinor: number;
  readonly maxMinor: number;
}

export interface PlayRequest<O = unknown> {
  /** Total stake of the round in minor units (the amount the platform debits). */
  readonly betMinor: number;
  /**
   * The stake limits of the round's currency, when the platform sets them (its catalogue lists
   * them per currency: a KWD range is in thousandths, a JPY one in yen); they replace the
   * title's own `betLimits`, which hold for a currency nobody set limits for. The caller keeps
   * `maxMinor × maxWinMultiplier` below 2^53 so that every win stays exact.
   */
  readonly limits?: StakeLimits;
  readonly options?: O;
}

/** A finished single-step round (slot spin, roulette spin, keno draw). */
export interface RoundOutcome<D = unknown> {
  /** Total stake debited, minor units. */
  readonly betMinor: number;
  /** Total to credit, minor units (0 on a loss); always an exact integer. */
  readonly totalWinMinor: number;
  /** What the player saw: reel stops and grid, winning lines, wheel number, drawn balls... */
  readonly display: D;
  /** Every value the RNG returned, in order; `replayRound` turns them back into this outcome. */
  readonly draws: readonly number[];
}

/** A game resolved in one call. */
export interface InstantGame<O = unknown, D = unknown> {
  readonly kind: "instant";
  readonly title: TitleBase;
  /** Plays one round; refuses bad stakes/options with a code instead of throwing. */
  play(request: PlayRequest<O>, rng: Rng): Result<RoundOutcome<D>>;
}

/** Exact (or, for blackjack, simulated and so labelled) figures of a title. */
export interface TitleAnalysis {
  /** Return to player as a fraction of the stake. */
  readonly rtp: Rational;
  /** `exact`: enumeration / probability analysis; `simulation`: documented large simulation. */
  readonly rtpMethod: "exact" | "simulation";
  /** For `simulation`: the 99% confidence interval of the RTP, as decimal strings. */
  readonly rtpCi99?: readonly [string, string];
  /** Standard deviation of the return per unit bet of one round. */
  readonly stdDev: number;
  /** Probability that a round credits anything (a slot feature trigger counts as a hit). */
  readonly hitFrequency: number;
  /** Largest credit of one round divided by its stake (an upper bound for slots with free spins). */
  readonly maxWinMultiplier: number;
  /**
   * The play the simulation kernel, `stdDev` and `hitFrequency` refer to when the game has player
   * choices (a roulette bet, blackjack basic strategy).
   */
  readonly reference?: string;
  /** RTP of that reference play when it differs from the headline `rtp` (La Partage on red). */
  readonly referenceRtp?: Rational;
}

/**
 * A tight, allocation-free loop body for RTP simulation. `round` returns the round's return in
 * `unitsPerBet`-ths of the stake (credit minus any extra stakes), so the RTP estimate is
 * `sum / (rounds * unitsPerBet)`.
 */
export interface SimulationKernel {
  readonly unitsPerBet: number;
  /** True when the last round credited anything (or triggered a feature). */
  hit: boolean;
  round(rng: Rng): number;
}

/** Feature flags shown in the lobby. */
export interface Features {
  readonly freeSpins: boolean;
  readonly buyFeature: boolean;
  readonly jackpot: boolean;
}
