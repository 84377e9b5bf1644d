import { Rational } from "../../math/rational.ts";
import { stopCombinations } from "../common/scatter.ts";
import { matchesPerStop } from "./ways-evaluator.ts";
import type { WaysModel } from "./ways-model.ts";

/**
 * Exact expected ways coins of one spin. Reels are independent, so for a run of exactly n reels
 * E[ways · 1{run = n}] = Π_{i<n} E[matches_i] · P(matches_n = 0) (the last factor dropped when
 * n is every reel); summing pay × that over symbols and n gives the expectation.
 */
export function expectedWaysCoins(model: WaysModel, strips: readonly Int32Array[]): Rational {
  const { reels, paying } = model;
  const p = paying.length;
  const matches = matchesPerStop(model, strips);
  const lengths = strips.map((s) => BigInt(s.length));
  let numerator = 0n;
  for (let j = 0; j < p; j++) {
    const sumMatches = matches.map((m) => {
      let sum = 0n;
      for (let i = j; i < m.length; i += p) sum += BigInt(m[i]!);
      return sum;
    });
    const zeroStops = matches.map((m) => {
      let zeros = 0n;
      for (let i = j; i < m.length; i += p) if (m[i] === 0) zeros++;
      return zeros;
    });
    let prefix = 1n; // Π_{i<n} Σ matches_i
    for (let n = 1; n <= reels; n++) {
      prefix *= sumMatches[n - 1]!;
      let weight = prefix;
      if (n < reels) {
        weight *= zeroStops[n]!;
        for (let i = n + 1; i < reels; i++) weight *= lengths[i]!;
      }
      numerator += weight * BigInt(model.pay[paying[j]! * (reels + 1) + n]!);
    }
  }
  return Rational.of(numerator, stopCombinations(strips));
}
