import type { WinEvaluator } from "../common/play-slot.ts";
import type { WaysModel } from "./ways-model.ts";

/** A winning symbol in a ways slot. */
export interface WaysWin {
  readonly symbol: string;
  /** Reels in the run, from the leftmost. */
  readonly count: number;
  /** Paths through the run: product of the matching cells per reel. */
  readonly ways: number;
  /** `pay × ways`. */
  readonly coins: number;
}

/**
 * Ways evaluation: a symbol pays when it (or a wild) shows anywhere on each of the first
 * `count` reels; it pays its `count` entry once per way.
 */
export function createWaysEvaluator(model: WaysModel): WinEvaluator<WaysWin> {
  const { reels, rows, wild, pay, paying } = model;
  const run = { count: 0, ways: 0 };
  const evaluate = (grid: Int32Array, s: number): number => {
    let ways = 1;
    let count = 0;
    for (let r = 0; r < reels; r++) {
      let matches = 0;
      for (let h = 0; h < rows; h++) {
        const x = grid[r * rows + h];
        if (x === s || x === wild) matches++;
      }
      if (matches === 0) break;
      ways *= matches;
      count++;
    }
    run.count = count;
    run.ways = ways;
    return count === 0 ? 0 : (pay[s * (reels + 1) + count] as number) * ways;
  };
  return {
    coins(grid) {
      let total = 0;
      for (let i = 0; i < paying.length; i++) total += evaluate(grid, paying[i] as number);
      return total;
    },
    detail(grid) {
      const wins: WaysWin[] = [];
      for (const s of paying) {
        const coins = evaluate(grid, s);
        if (coins > 0)
          wins.push({ symbol: model.symbols[s] as string, count: run.count, ways: run.ways, coins });
      }
      return wins;
    },
  };
}

/** For each reel, `matches[r][stop * paying.length + j]`: cells showing paying symbol j or a wild. */
export function matchesPerStop(model: WaysModel, strips: readonly Int32Array[]): Int32Array[] {
  const { rows, wild, paying } = model;
  const p = paying.length;
  return strips.map((strip) => {
    const out = new Int32Array(strip.length * p);
    for (let stop = 0; stop < strip.length; stop++) {
      for (let h = 0; h < rows; h++) {
        const x = strip[(stop + h) % strip.length];
        for (let j = 0; j < p; j++) if (x === paying[j] || x === wild) out[stop * p + j]!++;
      }
    }
    return out;
  });
}
