import type { Rng } from "../../rng/rng.ts";
import type { SimulationKernel } from "../../types.ts";
import type { SlotModel } from "./model.ts";

/**
 * The simulation twin of `playSlotRound`: same draws in the same order, same arithmetic, but
 * every buffer is allocated once so a spin allocates nothing. Returns coins; `unitsPerBet` is
 * the stake in coins. Tests pin it to `playSlotRound` round by round.
 */
export function createSlotKernel(model: SlotModel, coins: (grid: Int32Array) => number): SimulationKernel {
  const { reels, rows, scatter, maxSpins, multiplier } = model;
  const grid = new Int32Array(reels * rows);

  const spin = (rng: Rng, strips: readonly Int32Array[]): number => {
    let scatters = 0;
    for (let r = 0; r < reels; r++) {
      const strip = strips[r] as Int32Array;
      const len = strip.length;
      const stop = rng.int(len);
      for (let h = 0; h < rows; h++) {
        const s = strip[(stop + h) % len] as number;
        grid[r * rows + h] = s;
        if (s === scatter) scatters++;
      }
    }
    lastScatters = scatters;
    return coins(grid) + (model.scatterCoins[scatters] as number);
  };
  let lastScatters = 0;

  const kernel: SimulationKernel = {
    unitsPerBet: model.betCoins,
    hit: false,
    round(rng) {
      let total = spin(rng, model.base);
      let awarded = model.baseAwards[lastScatters] as number;
      kernel.hit = total > 0 || awarded > 0;
      let remaining = awarded;
      while (remaining > 0) {
        remaining--;
        total += spin(rng, model.free) * multiplier;
        const grant = Math.min(model.freeAwards[lastScatters] as number, maxSpins - awarded);
        awarded += grant;
        remaining += grant;
      }
      return total;
    },
  };
  return kernel;
}
