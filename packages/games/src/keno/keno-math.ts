import { Rational } from "../math/rational.ts";

/** Numbers on the card. */
export const KENO_POOL = 80;
/** Balls drawn per game. */
export const KENO_DRAWN = 20;

function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
}

/**
 * Exact probability of `hits` matches when `spots` numbers are picked: hypergeometric,
 * C(spots, hits) · C(80 − spots, 20 − hits) / C(80, 20).
 */
export function hitProbability(spots: number, hits: number): Rational {
  return Rational.of(
    choose(spots, hits) * choose(KENO_POOL - spots, KENO_DRAWN - hits),
    choose(KENO_POOL, KENO_DRAWN),
  );
}
