import { Rational } from "../../math/rational.ts";
import type { TitleAnalysis } from "../../types.ts";
import { expectedSpinsPlayed, featureMoments } from "./free-spins-math.ts";
import type { SlotModel } from "./model.ts";
import { scatterDistribution, stopCombinations } from "./scatter.ts";

/** What the exact RTP needs from one set of strips: its mean win and its scatter-count distribution. */
export interface SpinSummary {
  /** Equally likely stop combinations. */
  readonly total: bigint;
  /** Stop combinations by visible scatter count. */
  readonly counts: readonly bigint[];
  /** Expected coins of one spin (lines or ways plus scatter pay), before any multiplier. */
  readonly mean: Rational;
}

/** A full enumeration of one set of strips, grouped by visible scatter count. */
export interface SpinEnumeration extends SpinSummary {
  /** Σ coins over the combinations showing c scatters. */
  readonly sum: readonly bigint[];
  /** Σ coins² over the same. */
  readonly sumSquares: readonly bigint[];
  /** Combinations that pay anything or award free spins. */
  readonly hits: bigint;
  readonly maxCoins: number;
}

/**
 * Builds a {@link SpinSummary} by linearity of expectation: `winsMean` (lines or ways, computed
 * from per-reel symbol frequencies) plus the scatter pay from the exact scatter distribution.
 */
export function summarizeByLinearity(
  model: SlotModel,
  strips: readonly Int32Array[],
  winsMean: Rational,
): SpinSummary {
  const counts = scatterDistribution(model, strips);
  const total = stopCombinations(strips);
  let scatterSum = 0n;
  for (const [c, n] of counts.entries()) scatterSum += n * BigInt(model.scatterCoins[c] ?? 0);
  return { total, counts, mean: winsMean.add(Rational.of(scatterSum, total)) };
}

/**
 * Exact RTP: E[base spin] + Σ_c P(c scatters) · E[feature | award(c) spins], over the stake.
 * The feature's expectation is E[free spin win] · E[spins played] (Wald's identity: whether a
 * spin is played depends only on earlier spins).
 */
export function exactSlotRtp(model: SlotModel, base: SpinSummary, free: SpinSummary): Rational {
  let ev = base.mean;
  if (model.hasFreeSpins) {
    const spins = expectedSpinsPlayed(model.freeAwards, free.counts, free.total, model.maxSpins);
    const perSpin = free.mean.mul(Rational.of(model.multiplier));
    for (const [c, n] of base.counts.entries()) {
      const award = model.baseAwards[c] ?? 0;
      if (award > 0 && n > 0n) ev = ev.add(Rational.of(n, base.total).mul(perSpin).mul(spins(award)));
    }
  }
  return ev.div(Rational.of(model.betCoins));
}

/** Exact RTP plus the moments, hit frequency and maximum from full enumerations. */
export function analyzeSlot(model: SlotModel, base: SpinEnumeration, free: SpinEnumeration): TitleAnalysis {
  const rtp = exactSlotRtp(model, base, free);
  const T = Number(base.total);
  const m = model.multiplier;
  const feature = featureMoments(
    model.freeAwards,
    {
      p: free.counts.map((n) => Number(n) / Number(free.total)),
      m1: free.sum.map((s) => (Number(s) * m) / Number(free.total)),
      m2: free.sumSquares.map((s) => (Number(s) * m * m) / Number(free.total)),
    },
    model.maxSpins,
  );
  let meanSquare = 0;
  for (const [c, n] of base.counts.entries()) {
    const award = model.hasFreeSpins ? (model.baseAwards[c] ?? 0) : 0;
    const s1 = Number(base.sum[c]) / T;
    meanSquare += Number(base.sumSquares[c]) / T;
    if (award > 0) meanSquare += 2 * s1 * feature.mean(award) + (Number(n) / T) * feature.meanSquare(award);
  }
  const mean = rtp.toNumber() * model.betCoins;
  const featureMax = model.hasFreeSpins ? model.maxSpins * m * free.maxCoins : 0;
  return {
    rtp,
    rtpMethod: "exact",
    stdDev: Math.sqrt(Math.max(0, meanSquare - mean * mean)) / model.betCoins,
    hitFrequency: Number(base.hits) / T,
    maxWinMultiplier: (base.maxCoins + featureMax) / model.betCoins,
  };
}
