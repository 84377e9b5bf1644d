import type { Rng } from "./rng.ts";

/**
 * Wraps an {@link Rng} and keeps every value it returns, in order: the round's `draws`.
 *
 * @example
 * const { rng, draws } = recordDraws(createCryptoRng());
 * rng.int(37);
 * draws; // [17]
 */
export function recordDraws(inner: Rng): { rng: Rng; draws: number[] } {
  const draws: number[] = [];
  return {
    draws,
    rng: {
      int(n) {
        const v = inner.int(n);
        draws.push(v);
        return v;
      },
    },
  };
}

/** Thrown inside an engine when replayed draws do not fit the round; `replay` turns it into a result. */
export class ReplayMismatch extends Error {}

/**
 * An {@link Rng} that hands back recorded draws. Each value must fit the range the engine asks
 * for at that point, or the draws do not belong to this round (it throws {@link ReplayMismatch};
 * `replayRound` turns that into `INVALID_DRAWS`).
 *
 * @example
 * const rng = replayDraws([17]);
 * rng.int(37); // 17
 * rng.remaining(); // 0
 */
export function replayDraws(draws: readonly number[]): Rng & { remaining(): number } {
  let i = 0;
  return {
    int(n) {
      if (i >= draws.length) throw new ReplayMismatch(`draws exhausted after ${draws.length} values`);
      const v = draws[i];
      if (!Number.isInteger(v) || (v as number) < 0 || (v as number) >= n) {
        throw new ReplayMismatch(`draws[${i}] = ${String(v)} is outside [0, ${n})`);
      }
      i++;
      return v as number;
    },
    remaining: () => draws.length - i,
  };
}
