import { EnumerationTally } from "../common/enumeration-tally.ts";
import type { SpinEnumeration } from "../common/slot-analysis.ts";
import { scattersPerStop } from "../common/scatter.ts";
import { matchesPerStop } from "./ways-evaluator.ts";
import type { WaysModel } from "./ways-model.ts";

/**
 * Visits every stop combination once and tallies the spin's coins by scatter count, carrying
 * reel by reel only the symbols whose run is still alive (with their ways so far).
 */
export function enumerateWaysSlot(model: WaysModel, strips: readonly Int32Array[]): SpinEnumeration {
  const { reels, paying } = model;
  const p = paying.length;
  const pay = (j: number, n: number): number => model.pay[paying[j]! * (reels + 1) + n]!;
  const matches = matchesPerStop(model, strips);
  const scat = scattersPerStop(model, strips);
  const tally = new EnumerationTally(model, strips);

  const alive = Array.from({ length: reels + 1 }, () => new Int32Array(p));
  const ways = Array.from({ length: reels + 1 }, () => new Float64Array(p).fill(1));
  const aliveCount = new Int32Array(reels + 1);
  for (let j = 0; j < p; j++) alive[0]![j] = j;
  aliveCount[0] = p;
  const last = reels - 1;

  const descend = (k: number, fixed: number, scatters: number): void => {
    const m = matches[k]!;
    const len = strips[k]!.length;
    const inAlive = alive[k]!;
    const inWays = ways[k]!;
    const n = aliveCount[k]!;
    if (n === 0) {
      tally.addSettled(fixed, scatters, k);
      return;
    }
    if (k === last) {
      for (let stop = 0; stop < len; stop++) {
        let coins = fixed;
        for (let i = 0; i < n; i++) {
          const j = inAlive[i]!;
          const c = m[stop * p + j]!;
          coins += c > 0 ? pay(j, reels) * inWays[j]! * c : pay(j, k) * inWays[j]!;
        }
        tally.add(coins, scatters + scat[k]![stop]!);
      }
      return;
    }
    const outAlive = alive[k + 1]!;
    const outWays = ways[k + 1]!;
    for (let stop = 0; stop < len; stop++) {
      let settled = fixed;
      let next = 0;
      for (let i = 0; i < n; i++) {
        const j = inAlive[i]!;
        const c = m[stop * p + j]!;
        if (c > 0) {
          outAlive[next++] = j;
          outWays[j] = inWays[j]! * c;
        } else if (k > 0) {
          settled += pay(j, k) * inWays[j]!;
        }
      }
      aliveCount[k + 1] = next;
      descend(k + 1, settled, scatters + scat[k]![stop]!);
    }
  };
  descend(0, 0, 0);
  return tally.result();
}
