import { Rational } from "../../math/rational.ts";

/**
 * Free spins with retriggers and a cap form a finite Markov chain on (A, r): A spins awarded so
 * far in the feature, r still to play. A spin showing c scatters grants g = min(award[c], cap − A)
 * more: (A, r) → (A + g, r − 1 + g). Every step lowers d = r + cap − A by exactly one, which is
 * what lets the exact solution below avoid fractions altogether.
 */
function awardGroups(
  awards: Int32Array,
  weights: readonly number[] | readonly bigint[],
): Map<number, number[]> {
  // award value → indices of scatter counts that grant it
  const groups = new Map<number, number[]>();
  for (let c = 0; c < weights.length; c++) {
    const a = awards[c] ?? 0;
    groups.set(a, [...(groups.get(a) ?? []), c]);
  }
  return groups;
}

/**
 * Exact expected number of free spins played when a feature starts with `n` spins.
 *
 * With T equally likely stop combinations and `counts[c]` of them showing c scatters,
 * E[N | A, r] = num(A, r) / T^d, d = r + cap − A, where
 * num(A, r) = T^d + Σ_c counts[c] · num(A + g_c, r − 1 + g_c) and num(A, 0) = 0: integers only.
 */
export function expectedSpinsPlayed(
  freeAwards: Int32Array,
  counts: readonly bigint[],
  total: bigint,
  cap: number,
): (n: number) => Rational {
  // The chain depends only on these inputs, not on the pay table: titles (and their what-if
  // variants in tests) that share strips and awards share the solution.
  const key = `${freeAwards.join(",")}|${counts.join(",")}|${total}|${cap}`;
  const cached = spinCache.get(key);
  if (cached) return cached;
  const solution = solveSpins(freeAwards, counts, total, cap);
  if (spinCache.size >= SPIN_CACHE_LIMIT) spinCache.delete(spinCache.keys().next().value as string);
  spinCache.set(key, solution);
  return solution;
}

const SPIN_CACHE_LIMIT = 64;
const spinCache = new Map<string, (n: number) => Rational>();

function solveSpins(
  freeAwards: Int32Array,
  counts: readonly bigint[],
  total: bigint,
  cap: number,
): (n: number) => Rational {
  const groups = [...awardGroups(freeAwards, counts)].map(
    ([award, cs]) => [award, cs.reduce((sum, c) => sum + (counts[c] as bigint), 0n)] as const,
  );
  const pow: bigint[] = [1n];
  for (let i = 1; i <= cap; i++) pow.push((pow[i - 1] as bigint) * total);
  const num: bigint[][] = new Array<bigint[]>(cap + 1);
  for (let A = cap; A >= 0; A--) {
    const row: bigint[] = [0n];
    for (let r = 1; r <= A; r++) {
      let v = pow[r + cap - A] as bigint;
      for (const [award, weight] of groups) {
        if (weight === 0n) continue;
        const g = Math.min(award, cap - A);
        v += weight * (g === 0 ? (row[r - 1] as bigint) : ((num[A + g] as bigint[])[r - 1 + g] as bigint));
      }
      row.push(v);
    }
    num[A] = row;
  }
  return (n) => Rational.of((num[n] as bigint[])[n] as bigint, pow[cap] as bigint);
}

/** Per scatter count c: probability, E[X·1{c}] and E[X²·1{c}] of one free spin's win X. */
export interface SpinMoments {
  readonly p: readonly number[];
  readonly m1: readonly number[];
  readonly m2: readonly number[];
}

/**
 * First and second moments of the whole feature's win, by the same chain in floating point
 * (used for the standard deviation only; the RTP comes from {@link expectedSpinsPlayed}).
 * f(A, r) = Σ_c [m1_c + p_c f'], g(A, r) = Σ_c [m2_c + 2 m1_c f' + p_c g'], primes at the next state.
 */
export function featureMoments(
  freeAwards: Int32Array,
  spin: SpinMoments,
  cap: number,
): { mean(n: number): number; meanSquare(n: number): number } {
  const groups = [...awardGroups(freeAwards, spin.p)].map(([award, cs]) => ({
    award,
    p: cs.reduce((s, c) => s + (spin.p[c] as number), 0),
    m1: cs.reduce((s, c) => s + (spin.m1[c] as number), 0),
    m2: cs.reduce((s, c) => s + (spin.m2[c] as number), 0),
  }));
  const w = cap + 1;
  const f = new Float64Array(w * w);
  const g = new Float64Array(w * w);
  for (let A = cap; A >= 0; A--) {
    for (let r = 1; r <= A; r++) {
      let fv = 0;
      let gv = 0;
      for (const k of groups) {
        const step = Math.min(k.award, cap - A);
        const next = (A + step) * w + (r - 1 + step);
        fv += k.m1 + k.p * (f[next] as number);
        gv += k.m2 + 2 * k.m1 * (f[next] as number) + k.p * (g[next] as number);
      }
      f[A * w + r] = fv;
      g[A * w + r] = gv;
    }
  }
  return { mean: (n) => f[n * w + n] as number, meanSquare: (n) => g[n * w + n] as number };
}
