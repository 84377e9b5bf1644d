import { randomFillSync } from "node:crypto";
import { type Rng, uniformBelow } from "./rng.ts";

/** Words fetched per `randomFillSync` call: amortises the syscall over many draws. */
const POOL_WORDS = 1024;

/**
 * The production generator: node:crypto's CSPRNG, buffered, with unbiased range mapping.
 *
 * @example
 * const outcome = game.play({ betMinor: 200 }, createCryptoRng());
 */
export function createCryptoRng(): Rng {
  const pool = new Uint32Array(POOL_WORDS);
  let next = POOL_WORDS;
  const word = (): number => {
    if (next === POOL_WORDS) {
      randomFillSync(pool);
      next = 0;
    }
    return pool[next++] as number;
  };
  return { int: (n) => uniformBelow(n, word) };
}
