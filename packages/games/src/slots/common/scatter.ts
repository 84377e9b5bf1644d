import type { SlotModel } from "./model.ts";

/** For each reel, the number of scatter cells visible at each stop. */
export function scattersPerStop(model: SlotModel, strips: readonly Int32Array[]): Int32Array[] {
  return strips.map((strip) => {
    const out = new Int32Array(strip.length);
    for (let stop = 0; stop < strip.length; stop++) {
      for (let h = 0; h < model.rows; h++)
        if (strip[(stop + h) % strip.length] === model.scatter) out[stop]!++;
    }
    return out;
  });
}

/**
 * Exact distribution of the visible scatter count: `counts[c]` stop combinations (out of the
 * product of strip lengths) show `c` scatters. Reels are independent, so this is the convolution
 * of the per-reel distributions.
 */
export function scatterDistribution(model: SlotModel, strips: readonly Int32Array[]): bigint[] {
  let dist: bigint[] = [1n];
  for (const perStop of scattersPerStop(model, strips)) {
    const reel: bigint[] = new Array<bigint>(model.rows + 1).fill(0n);
    for (const c of perStop) reel[c]! += 1n;
    const next: bigint[] = new Array<bigint>(dist.length + model.rows).fill(0n);
    for (const [a, pa] of dist.entries()) for (const [b, pb] of reel.entries()) next[a + b]! += pa * pb;
    dist = next;
  }
  return dist;
}

/** Product of the strip lengths: the number of equally likely stop combinations. */
export function stopCombinations(strips: readonly Int32Array[]): bigint {
  return strips.reduce((p, s) => p * BigInt(s.length), 1n);
}
