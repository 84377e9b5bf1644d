import { EnumerationTally } from "../common/enumeration-tally.ts";
import type { SpinEnumeration } from "../common/slot-analysis.ts";
import { scattersPerStop } from "../common/scatter.ts";
import { runPay, type LineModel } from "./line-model.ts";

/**
 * Visits every stop combination of `strips` once and tallies the spin's coins (lines plus
 * scatter) by scatter count. Lines are followed reel by reel: after each reel only the lines
 * whose run is still alive are carried deeper, and settled lines are summed into `fixed`, so
 * the innermost loop touches only the few lines still running after four reels.
 */
export function enumerateLineSlot(model: LineModel, strips: readonly Int32Array[]): SpinEnumeration {
  const { reels, wild, scatter, lines } = model;
  const nLines = lines.length;
  // symbols[r][stop * nLines + l]: the symbol line l shows on reel r at that stop
  const symbols = strips.map((strip, r) => {
    const out = new Int32Array(strip.length * nLines);
    for (let stop = 0; stop < strip.length; stop++) {
      for (let l = 0; l < nLines; l++)
        out[stop * nLines + l] = strip[(stop + (lines[l]![r] as number)) % strip.length]!;
    }
    return out;
  });
  const scat = scattersPerStop(model, strips);
  const tally = new EnumerationTally(model, strips);

  // Per depth k (reels seen): which lines are alive, their run symbol (−1 = wilds only) and leading wilds.
  const alive = Array.from({ length: reels + 1 }, () => new Int32Array(nLines));
  const target = Array.from({ length: reels + 1 }, () => new Int32Array(nLines).fill(-1));
  const wilds = Array.from({ length: reels + 1 }, () => new Int32Array(nLines));
  const aliveCount = new Int32Array(reels + 1);
  for (let l = 0; l < nLines; l++) alive[0]![l] = l;
  aliveCount[0] = nLines;

  const last = reels - 1;
  const lastSymbols = symbols[last]!;
  const lastScat = scat[last]!;
  const lastLen = strips[last]!.length;

  const descend = (k: number, fixed: number, scatters: number): void => {
    const sym = symbols[k]!;
    const len = strips[k]!.length;
    const inAlive = alive[k]!;
    const inTarget = target[k]!;
    const inWilds = wilds[k]!;
    const n = aliveCount[k]!;
    if (n === 0) {
      tally.addSettled(fixed, scatters, k);
      return;
    }
    if (k === last) {
      for (let stop = 0; stop < lastLen; stop++) {
        let coins = fixed;
        for (let i = 0; i < n; i++) {
          const l = inAlive[i]!;
          const x = lastSymbols[stop * nLines + l]!;
          const t = inTarget[l]!;
          const w = inWilds[l]!;
          if (t < 0)
            coins +=
              x === wild
                ? runPay(model, -1, 0, reels)
                : x === scatter
                  ? runPay(model, -1, 0, k)
                  : runPay(model, x, w, reels);
          else coins += x === t || x === wild ? runPay(model, t, w, reels) : runPay(model, t, w, k);
        }
        tally.add(coins, scatters + lastScat[stop]!);
      }
      return;
    }
    const outAlive = alive[k + 1]!;
    const outTarget = target[k + 1]!;
    const outWilds = wilds[k + 1]!;
    for (let stop = 0; stop < len; stop++) {
      let settled = fixed;
      let m = 0;
      for (let i = 0; i < n; i++) {
        const l = inAlive[i]!;
        const x = sym[stop * nLines + l]!;
        const t = inTarget[l]!;
        const w = inWilds[l]!;
        let next = -2; // −2: the run ended at this reel
        if (t < 0) next = x === wild ? -1 : x === scatter ? -2 : x;
        else if (x === t || x === wild) next = t;
        if (next === -2) {
          settled += runPay(model, t, w, k);
        } else {
          outAlive[m++] = l;
          outTarget[l] = next;
          outWilds[l] = t < 0 && next < 0 ? k + 1 : w;
        }
      }
      aliveCount[k + 1] = m;
      descend(k + 1, settled, scatters + scat[k]![stop]!);
    }
  };
  descend(0, 0, 0);
  return tally.result();
}
