import type { LoadedTitle } from "../engine.ts";
import { createSeededRng } from "../rng/seeded-rng.ts";
import { simulate, type SimulationStats } from "./simulate.ts";

/** Width of the acceptance band, in standard errors: a correct engine fails about once in 16 000 runs. */
export const SIGMAS = 4;

/** Outcome of comparing a seeded simulation with a theoretical RTP. */
export interface RtpCheck {
  readonly rounds: number;
  readonly theory: number;
  readonly simulated: number;
  /** Half-width of the acceptance band: SIGMAS · σ / √rounds (plus the theory's own uncertainty). */
  readonly band: number;
  readonly passed: boolean;
  readonly stats: SimulationStats;
}

/**
 * Rounds for which the SIGMAS-σ band is half of `effect`: a pay-table error moving the RTP by
 * `effect` then lands at least one band-width outside the band around the true RTP.
 *
 * @example
 * roundsToDetect(2.2, 0.05); // 30 977 rounds detect a 5-point RTP error at σ = 2.2
 */
export function roundsToDetect(stdDev: number, effect: number): number {
  return Math.ceil(((2 * SIGMAS * stdDev) / effect) ** 2);
}

/**
 * Simulates `rounds` rounds of `loaded` with a seeded generator and checks the mean return lies
 * within SIGMAS standard errors of `theory` (default: the title's own theoretical RTP of the
 * simulated reference play). σ is the exact one for exact titles.
 *
 * @example
 * const check = checkRtp(bundledCatalogue().get("fruit-fiesta")!, 200_000, "ci");
 * assert.ok(check.passed);
 */
export function checkRtp(
  loaded: LoadedTitle,
  rounds: number,
  seed: string,
  theory?: { rtp: number; stdDev: number; slack?: number },
): RtpCheck {
  const a = loaded.analyze();
  const expected = theory?.rtp ?? (a.referenceRtp ?? a.rtp).toNumber();
  const sd = theory?.stdDev ?? a.stdDev;
  const stats = simulate(loaded.kernel(), rounds, createSeededRng(seed));
  const band = (SIGMAS * sd) / Math.sqrt(rounds) + (theory?.slack ?? 0);
  return {
    rounds,
    theory: expected,
    simulated: stats.rtp,
    band,
    passed: Math.abs(stats.rtp - expected) <= band,
    stats,
  };
}
