import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Rational } from "../../math/rational.ts";
import { expectedSpinsPlayed, featureMoments } from "./free-spins-math.ts";

/**
 * The capped retrigger chain solved the obvious way — memoised recursion over (awarded, left)
 * in rationals — to check the integer-only solution against.
 */
function naive(awards: number[], probabilities: Rational[], cap: number, n: number): Rational {
  const memo = new Map<string, Rational>();
  const spins = (A: number, r: number): Rational => {
    if (r === 0) return Rational.ZERO;
    const key = `${A},${r}`;
    const hit = memo.get(key);
    if (hit) return hit;
    let v = Rational.ONE;
    probabilities.forEach((p, c) => {
      const g = Math.min(awards[c]!, cap - A);
      v = v.add(p.mul(spins(A + g, r - 1 + g)));
    });
    memo.set(key, v);
    return v;
  };
  return spins(n, n);
}

describe("free-spin chain", () => {
  // Scatter count c ∈ {0, 1, 2} with 6, 3, 1 of 10 combinations; two scatters award 3 spins.
  const awards = Int32Array.from([0, 0, 3]);
  const counts = [6n, 3n, 1n];
  const probabilities = counts.map((c) => Rational.of(c, 10n));

  for (const cap of [3, 5, 8, 20]) {
    test(`exact expected spins equal the naive recursion (cap ${cap})`, () => {
      const solved = expectedSpinsPlayed(awards, counts, 10n, cap);
      for (let n = 1; n <= cap; n++)
        assert.ok(solved(n).equals(naive([0, 0, 3], probabilities, cap, n)), `n = ${n}`);
    });
  }

  test("without a binding cap the expectation approaches n / (1 − p·a)", () => {
    // p·a = 0.1 × 3: E[N] → 10 / 0.7 for a start of 10 spins.
    const e = expectedSpinsPlayed(awards, counts, 10n, 150)(10).toNumber();
    assert.ok(Math.abs(e - 10 / 0.7) < 1e-9, String(e));
  });

  test("no retrigger: exactly the awarded spins are played", () => {
    const e = expectedSpinsPlayed(new Int32Array(3), counts, 10n, 15)(15);
    assert.ok(e.equals(Rational.of(15)));
  });

  test("the feature's mean from the moment chain equals E[X] · E[N] (Wald)", () => {
    // Free-spin win X depends on the scatter count: 0 coins, 4 coins or 10 coins.
    const x = [0, 4, 10];
    const p = [0.6, 0.3, 0.1];
    const moments = featureMoments(
      awards,
      { p, m1: x.map((v, c) => v * p[c]!), m2: x.map((v, c) => v * v * p[c]!) },
      30,
    );
    const ex = 0.3 * 4 + 0.1 * 10;
    const en = expectedSpinsPlayed(awards, counts, 10n, 30)(10).toNumber();
    assert.ok(Math.abs(moments.mean(10) - ex * en) < 1e-9);
    assert.ok(moments.meanSquare(10) > moments.mean(10) ** 2, "a variance, so positive");
  });
});
