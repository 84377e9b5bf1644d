import { Rational } from "../../math/rational.ts";
import type { SlotModel } from "./model.ts";
import type { SpinEnumeration } from "./slot-analysis.ts";
import { scattersPerStop, stopCombinations } from "./scatter.ts";

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Accumulates an enumeration exactly. Sums run in doubles for speed; a class's sums move into
 * bigints just before its sum of squares could pass 2^53, so every figure stays an exact
 * integer (for integer coins, count ≤ sum ≤ sum of squares, so that one check guards all three).
 */
export class EnumerationTally {
  readonly #model: SlotModel;
  readonly #strips: readonly Int32Array[];
  readonly #count: Float64Array;
  readonly #sum: Float64Array;
  readonly #sumSq: Float64Array;
  readonly #bigCount: bigint[];
  readonly #bigSum: bigint[];
  readonly #bigSumSq: bigint[];
  /** `#suffix[k][c]`: combinations of reels k.. showing c scatters. */
  readonly #suffix: Float64Array[];
  #hits = 0;
  #max = 0;

  constructor(model: SlotModel, strips: readonly Int32Array[]) {
    this.#model = model;
    this.#strips = strips;
    if (stopCombinations(strips) > BigInt(SAFE))
      throw new RangeError("too many stop combinations to enumerate");
    const classes = model.reels * model.rows + 1;
    this.#count = new Float64Array(classes);
    this.#sum = new Float64Array(classes);
    this.#sumSq = new Float64Array(classes);
    this.#bigCount = new Array<bigint>(classes).fill(0n);
    this.#bigSum = new Array<bigint>(classes).fill(0n);
    this.#bigSumSq = new Array<bigint>(classes).fill(0n);
    const perStop = scattersPerStop(model, strips);
    this.#suffix = new Array<Float64Array>(model.reels + 1);
    this.#suffix[model.reels] = Float64Array.of(1);
    for (let k = model.reels - 1; k >= 0; k--) {
      const below = this.#suffix[k + 1]!;
      const dist = new Float64Array(below.length + model.rows);
      for (const c of perStop[k]!) for (let j = 0; j < below.length; j++) dist[c + j]! += below[j]!;
      this.#suffix[k] = dist;
    }
  }

  /** `n` stop combinations each paying `wins` coins on lines/ways and showing `scatters` scatters. */
  add(wins: number, scatters: number, n = 1): void {
    const coins = wins + this.#model.scatterCoins[scatters]!;
    const squares = n * coins * coins;
    if (this.#sumSq[scatters]! + squares > SAFE) {
      if (squares > SAFE) throw new RangeError("spin wins too large for an exact enumeration");
      this.#flush(scatters);
    }
    this.#count[scatters]! += n;
    this.#sum[scatters]! += n * coins;
    this.#sumSq[scatters]! += squares;
    if (coins > 0 || this.#model.baseAwards[scatters]! > 0) this.#hits += n;
    if (coins > this.#max) this.#max = coins;
  }

  /**
   * Every combination of the reels from `k` on, once no line or way is running any more: the
   * win is settled at `wins` and only the scatter count still varies, so the subtree is added
   * by its scatter distribution instead of stop by stop. This prunes most of the enumeration.
   */
  addSettled(wins: number, scatters: number, k: number): void {
    const dist = this.#suffix[k]!;
    for (let c = 0; c < dist.length; c++) if (dist[c]! > 0) this.add(wins, scatters + c, dist[c]!);
  }

  #flush(c: number): void {
    this.#bigCount[c]! += BigInt(this.#count[c]!);
    this.#bigSum[c]! += BigInt(this.#sum[c]!);
    this.#bigSumSq[c]! += BigInt(this.#sumSq[c]!);
    this.#count[c] = 0;
    this.#sum[c] = 0;
    this.#sumSq[c] = 0;
  }

  result(): SpinEnumeration {
    for (let c = 0; c < this.#count.length; c++) this.#flush(c);
    const total = stopCombinations(this.#strips);
    const counted = this.#bigCount.reduce((a, b) => a + b, 0n);
    if (counted !== total) throw new Error(`enumeration visited ${counted} of ${total} combinations`);
    return {
      total,
      counts: this.#bigCount,
      mean: Rational.of(
        this.#bigSum.reduce((a, b) => a + b, 0n),
        total,
      ),
      sum: this.#bigSum,
      sumSquares: this.#bigSumSq,
      hits: BigInt(this.#hits),
      maxCoins: this.#max,
    };
  }
}
