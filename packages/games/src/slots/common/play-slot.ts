import type { Rng } from "../../rng/rng.ts";
import { countScatters, fillGrid, type SlotModel } from "./model.ts";

/** Scores a grid's line or ways wins (scatters excluded), in coins. */
export interface WinEvaluator<W extends { readonly coins: number }> {
  /** Allocation-free total, for the simulation loop. */
  coins(grid: Int32Array): number;
  /** The same wins itemised for the player's display. */
  detail(grid: Int32Array): W[];
}

/** One spin as the player saw it. */
export interface SpinView<W> {
  /** Stop index drawn on each reel (the top visible row). */
  readonly stops: number[];
  /** Visible symbols, `grid[reel][row]`, rows top to bottom. */
  readonly grid: string[][];
  /** Line or ways wins before the free-spin multiplier. */
  readonly wins: W[];
  readonly scatters: number;
  /** Scatter pay in coins, before the multiplier. */
  readonly scatterCoins: number;
  /** 1 in the base game, the title's multiplier in free spins. */
  readonly multiplier: number;
  /** (line/ways wins + scatter pay) × multiplier, in coins. */
  readonly winCoins: number;
  /** Free spins this spin added (after the feature's cap). */
  readonly spinsAwarded: number;
}

/** A slot round: the base spin and the free spins it led to. */
export interface SlotDisplay<W> {
  /** Minor units per coin: `betMinor / betCoins`. */
  readonly coinValueMinor: number;
  readonly betCoins: number;
  readonly base: SpinView<W>;
  readonly freeSpins: SpinView<W>[];
  readonly totalWinCoins: number;
}

/**
 * Plays a base spin and then every free spin it awards, in order. Draw order: one stop per reel,
 * left to right, for the base spin and then for each free spin.
 */
export function playSlotRound<W extends { readonly coins: number }>(
  model: SlotModel,
  evaluator: WinEvaluator<W>,
  rng: Rng,
  coinValueMinor: number,
): SlotDisplay<W> {
  const grid = new Int32Array(model.reels * model.rows);
  const spin = (
    strips: readonly Int32Array[],
    multiplier: number,
    awards: Int32Array,
    cap: number,
  ): SpinView<W> => {
    const stops = new Int32Array(model.reels);
    for (let r = 0; r < model.reels; r++) stops[r] = rng.int((strips[r] as Int32Array).length);
    fillGrid(model, strips, stops, grid);
    const wins = evaluator.detail(grid);
    const scatters = countScatters(model, grid);
    const scatterCoins = model.scatterCoins[scatters] as number;
    const lineCoins = wins.reduce((sum, w) => sum + w.coins, 0);
    return {
      stops: Array.from(stops),
      grid: Array.from({ length: model.reels }, (_, r) =>
        Array.from(grid.subarray(r * model.rows, (r + 1) * model.rows), (s) => model.symbols[s] as string),
      ),
      wins,
      scatters,
      scatterCoins,
      multiplier,
      winCoins: (lineCoins + scatterCoins) * multiplier,
      spinsAwarded: Math.min(awards[scatters] as number, cap),
    };
  };

  const base = spin(model.base, 1, model.baseAwards, model.maxSpins);
  let total = base.winCoins;
  let awarded = base.spinsAwarded;
  let remaining = awarded;
  const freeSpins: SpinView<W>[] = [];
  while (remaining > 0) {
    remaining--;
    const s = spin(model.free, model.multiplier, model.freeAwards, model.maxSpins - awarded);
    awarded += s.spinsAwarded;
    remaining += s.spinsAwarded;
    total += s.winCoins;
    freeSpins.push(s);
  }
  return { coinValueMinor, betCoins: model.betCoins, base, freeSpins, totalWinCoins: total };
}
