import { Rational } from "../../math/rational.ts";
import { stopCombinations } from "../common/scatter.ts";
import { runPay, type LineModel } from "./line-model.ts";

/**
 * Exact expected line coins of one spin, by linearity: with a uniform stop, every row of a reel
 * shows each symbol with that strip's symbol frequency, and reels are independent, so every
 * line has the same expectation — the sum over symbol sequences of (product of frequencies) ×
 * pay. Runs are followed reel by reel; a run that ends is settled at once, weighted by the
 * lengths of the reels not yet visited.
 */
export function expectedLineCoins(model: LineModel, strips: readonly Int32Array[]): Rational {
  const { reels, wild, scatter } = model;
  const freq = strips.map((strip) => {
    const f = new Array<bigint>(model.symbols.length).fill(0n);
    for (const s of strip) f[s]! += 1n;
    return f;
  });
  const rest: bigint[] = new Array<bigint>(reels + 1).fill(1n);
  for (let r = reels - 1; r >= 0; r--)
    rest[r] = (rest[r + 1] as bigint) * BigInt((strips[r] as Int32Array).length);

  // Σ weight × pay over all continuations of a live run after `k` reels.
  const walk = (k: number, target: number, wilds: number, weight: bigint): bigint => {
    if (k === reels) return weight * BigInt(runPay(model, target, wilds, reels));
    let sum = 0n;
    for (const [x, f] of (freq[k] as bigint[]).entries()) {
      if (f === 0n) continue;
      const w = weight * f;
      if (target < 0 && x === wild) sum += walk(k + 1, -1, wilds + 1, w);
      else if (target < 0 && x !== scatter) sum += walk(k + 1, x, wilds, w);
      else if (target >= 0 && (x === target || x === wild)) sum += walk(k + 1, target, wilds, w);
      else sum += w * (rest[k + 1] as bigint) * BigInt(runPay(model, target, wilds, k));
    }
    return sum;
  };
  const perLine = walk(0, -1, 0, 1n);
  return Rational.of(perLine * BigInt(model.lines.length), stopCombinations(strips));
}
