import assert from "node:assert/strict";
import { test } from "node:test";
import { Rational } from "./rational.ts";

test("rationals reduce, compare and round exactly", () => {
  assert.equal(Rational.of(6, -8).toString(), "-3/4");
  assert.ok(Rational.of(1, 3).add(Rational.of(1, 6)).equals(Rational.of(1, 2)));
  assert.ok(
    Rational.of(3, 4).sub(Rational.of(1, 4)).mul(Rational.of(4)).div(Rational.of(2)).equals(Rational.ONE),
  );
  assert.equal(Rational.of(1, 3).compare(Rational.of(1, 2)), -1);
  assert.equal(Rational.of(36, 37).toPercent(4), "97.2973");
  assert.equal(Rational.of(2, 3).toDecimal(0), "1");
  assert.equal(Rational.of(1, 8).toDecimal(2), "0.13", "half rounds up");
  assert.equal(Rational.of(-1, 8).toDecimal(2), "-0.13");
  assert.throws(() => Rational.of(1, 0), RangeError);
});

test("huge numerators and denominators still convert to a double", () => {
  const big = Rational.of(10n ** 400n + 1n, 3n * 10n ** 400n);
  assert.ok(Math.abs(big.toNumber() - 1 / 3) < 1e-12);
});
