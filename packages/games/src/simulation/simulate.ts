import type { Rng } from "../rng/rng.ts";
import type { SimulationKernel } from "../types.ts";

/** z for a two-sided 99% normal interval. */
export const Z99 = 2.5758293035489;

/** What a simulation measured. */
export interface SimulationStats {
  readonly rounds: number;
  /** Mean return per unit stake. */
  readonly rtp: number;
  /** 99% confidence interval of the RTP (normal approximation: rtp ± z·s/√n). */
  readonly ci99: readonly [number, number];
  /** Sample standard deviation of the return per unit stake. */
  readonly stdDev: number;
  readonly hitFrequency: number;
}

/** Rounds between progress callbacks. */
const CHUNK = 1 << 16;

/** Raw sums of a run, in kernel units: runs of the same kernel merge by adding them. */
export interface RoundSums {
  rounds: number;
  sum: number;
  sumSquares: number;
  hits: number;
}

/**
 * The simulation loop: plays `rounds` rounds of `kernel` with `rng`. Sums of returns are integers
 * in kernel units, exact up to 2^53; the sum of squares is a double.
 *
 * @example
 * const sums = runRounds(loaded.kernel(), 1e6, createSeededRng("slice-1"));
 */
export function runRounds(
  kernel: SimulationKernel,
  rounds: number,
  rng: Rng,
  onProgress?: (done: number) => void,
): RoundSums {
  let sum = 0;
  let sumSquares = 0;
  let hits = 0;
  for (let done = 0; done < rounds;) {
    const end = Math.min(rounds, done + CHUNK);
    for (let i = done; i < end; i++) {
      const v = kernel.round(rng);
      sum += v;
      sumSquares += v * v;
      if (kernel.hit) hits++;
    }
    done = end;
    onProgress?.(done);
  }
  return { rounds, sum, sumSquares, hits };
}

/**
 * Plays `rounds` rounds and summarises them per unit stake.
 *
 * @example
 * const stats = simulate(loaded.kernel(), 1e6, createSeededRng("check"));
 * stats.ci99; // [0.951, 0.962]
 */
export function simulate(
  kernel: SimulationKernel,
  rounds: number,
  rng: Rng,
  onProgress?: (done: number) => void,
): SimulationStats {
  const s = runRounds(kernel, rounds, rng, onProgress);
  return summarize(s, kernel.unitsPerBet);
}

/**
 * Turns raw sums (in kernel units) into statistics per unit stake.
 *
 * @example
 * summarize({ rounds: a.rounds + b.rounds, sum: a.sum + b.sum, sumSquares: a.sumSquares + b.sumSquares, hits: a.hits + b.hits }, 20);
 */
export function summarize(
  { rounds, sum, sumSquares, hits }: RoundSums,
  unitsPerBet: number,
): SimulationStats {
  const mean = sum / rounds;
  const variance = Math.max(0, (sumSquares - rounds * mean * mean) / Math.max(1, rounds - 1));
  const sd = Math.sqrt(variance) / unitsPerBet;
  const rtp = mean / unitsPerBet;
  const half = (Z99 * sd) / Math.sqrt(rounds);
  return { rounds, rtp, ci99: [rtp - half, rtp + half], stdDev: sd, hitFrequency: hits / rounds };
}
