import { createHash } from "node:crypto";
import type { Rng } from "./rng.ts";

const TWO_32 = 0x1_0000_0000;

/**
 * A deterministic generator for tests and simulations: xoshiro128** (Blackman & Vigna, 2018),
 * 128-bit state, period 2^128 − 1.
 *
 * Seeding: the state words are the first 16 bytes of SHA-256(UTF-8 seed), read as four
 * little-endian uint32. SHA-256 spreads similar seeds ("run-1", "run-2") into unrelated states;
 * the all-zero state (the only invalid one) is replaced by a fixed constant.
 *
 * Not for real-money rounds: its output is predictable from its state. Use {@link createCryptoRng}.
 *
 * @example
 * const rng = createSeededRng("rtp-test-1");
 * rng.int(37); // the same value on every run
 */
export function createSeededRng(seed: string): Rng & { nextUint32(): number } {
  const bytes = createHash("sha256").update(seed, "utf8").digest();
  return xoshiro128StarStar([
    bytes.readUInt32LE(0),
    bytes.readUInt32LE(4),
    bytes.readUInt32LE(8),
    bytes.readUInt32LE(12),
  ]);
}

/** The generator from an explicit state (exported for the reference-vector test). */
export function xoshiro128StarStar(
  state: readonly [number, number, number, number],
): Rng & { nextUint32(): number } {
  let [s0, s1, s2, s3] = state;
  if ((s0 | s1 | s2 | s3) === 0) s0 = 0x9e3779b9;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };

  // Inlined copy of uniformBelow: the simulation loop calls this hundreds of millions of times.
  const int = (n: number): number => {
    if (n === 1) return 0;
    if (!(n > 1 && n <= TWO_32) || n !== Math.floor(n))
      throw new RangeError(`rng.int(n) needs 1 ≤ n ≤ 2^32, got ${n}`);
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % n;
    }
  };
  return { int, nextUint32 };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
