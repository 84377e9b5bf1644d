/**
 * A seeded pseudo-random source for the soak run: the same seed gives the same sequence of fault
 * decisions, bet sizes and kill pauses (not the same run: timing still interleaves them). Not for
 * anything a player sees; games use `@croupier/games`' cryptographic RNG.
 *
 * mulberry32: 32 bits of state, fast, and good enough to spread faults evenly.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
