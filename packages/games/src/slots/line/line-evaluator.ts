import type { WinEvaluator } from "../common/play-slot.ts";
import { wildPay } from "./line-model.ts";
import type { LineModel } from "./line-model.ts";

/** A winning payline. */
export interface LineWin {
  /** Index into the title's `lines`. */
  readonly line: number;
  /** Paying symbol id (the wild's id for a wild-only win). */
  readonly symbol: string;
  /** Length of the run from the leftmost reel. */
  readonly count: number;
  readonly coins: number;
}

/**
 * Left-to-right payline evaluation: the run starts on reel 1; wilds substitute for every symbol
 * but the scatter; a line pays its best option — the first non-wild symbol's run (wilds
 * included) or the leading wilds' own pay.
 */
export function createLineEvaluator(model: LineModel): WinEvaluator<LineWin> {
  const { reels, rows, wild, scatter, pay, lines } = model;
  // Returns coins and leaves the paying symbol/count in `best` for `detail`.
  const best = { symbol: -1, count: 0 };
  const evaluate = (grid: Int32Array, line: Int32Array): number => {
    let leading = 0;
    while (leading < reels && grid[leading * rows + (line[leading] as number)] === wild) leading++;
    const wildCoins = wildPay(model, leading);
    let symbolCoins = 0;
    let count = 0;
    const first = leading < reels ? (grid[leading * rows + (line[leading] as number)] as number) : -1;
    if (first >= 0 && first !== scatter) {
      count = leading + 1;
      while (count < reels) {
        const s = grid[count * rows + (line[count] as number)];
        if (s !== first && s !== wild) break;
        count++;
      }
      symbolCoins = pay[first * (reels + 1) + count] as number;
    }
    if (symbolCoins > 0 && symbolCoins >= wildCoins) {
      best.symbol = first;
      best.count = count;
      return symbolCoins;
    }
    best.symbol = wild;
    best.count = leading;
    return wildCoins;
  };

  return {
    coins(grid) {
      let total = 0;
      for (let l = 0; l < lines.length; l++) total += evaluate(grid, lines[l] as Int32Array);
      return total;
    },
    detail(grid) {
      const wins: LineWin[] = [];
      for (let l = 0; l < lines.length; l++) {
        const coins = evaluate(grid, lines[l] as Int32Array);
        if (coins > 0)
          wins.push({ line: l, symbol: model.symbols[best.symbol] as string, count: best.count, coins });
      }
      return wins;
    },
  };
}
