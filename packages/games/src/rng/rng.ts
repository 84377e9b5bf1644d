/**
 * The one randomness interface every engine draws from.
 *
 * Engines only ever ask for "a uniform integer in [0, n)", so a round's randomness is fully
 * described by the list of values returned — the round's `draws` — and replaying those values
 * reproduces the round exactly.
 *
 * @example
 * const stop = rng.int(strip.length); // 0 ≤ stop < strip.length, every value equally likely
 */
export interface Rng {
  /** A uniform integer in `[0, n)`; `n` is an integer in `[1, 2^32]`. */
  int(n: number): number;
}

const TWO_32 = 0x1_0000_0000;

/**
 * Maps 32-bit uniform words to a uniform integer in `[0, n)` without modulo bias: words at or
 * above the largest multiple of `n` below 2^32 are rejected and another word is taken, so every
 * residue has exactly `floor(2^32 / n)` preimages. Expected words per call are below 2.
 */
export function uniformBelow(n: number, nextUint32: () => number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32)
    throw new RangeError(`rng.int(n) needs 1 ≤ n ≤ 2^32, got ${n}`);
  if (n === 1) return 0;
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const x = nextUint32();
    if (x < limit) return x % n;
  }
}
