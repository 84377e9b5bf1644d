import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatMoney, stakeLadder } from "./money.ts";

describe("game client money", () => {
  test("formats minor units with the currency exponent, without floats", () => {
    const eur = (minor: number) => formatMoney(minor, { currency: "EUR", exponent: 2 });
    assert.equal(eur(1234), "12.34 EUR");
    assert.equal(eur(5), "0.05 EUR");
    assert.equal(eur(-5), "-0.05 EUR");
    assert.equal(eur(0), "0.00 EUR");
    assert.equal(formatMoney(1234, { currency: "JPY", exponent: 0 }), "1,234 JPY");
    assert.equal(formatMoney(1, { currency: "KWD", exponent: 3 }), "0.001 KWD");
    assert.equal(eur(123456789), "1,234,567.89 EUR");
    assert.equal(eur(Number.MAX_SAFE_INTEGER), "90,071,992,547,409.91 EUR");
    assert.equal(eur(100000), "1,000.00 EUR");
    assert.throws(() => eur(0.5), RangeError);
  });

  test("stake ladder: steps of 1-2-5 inside the limits, limits included", () => {
    assert.deepEqual(
      stakeLadder({ min_minor: 10, max_minor: 1000, step_minor: 10 }),
      [10, 20, 50, 100, 200, 500, 1000],
    );
    assert.deepEqual(stakeLadder({ min_minor: 100, max_minor: 500, step_minor: 2 }), [100, 200, 500]);
    assert.deepEqual(
      stakeLadder({ min_minor: 25, max_minor: 1000, step_minor: 25 }),
      [25, 50, 100, 200, 500, 1000],
    );
    assert.deepEqual(stakeLadder({ min_minor: 25, max_minor: 75, step_minor: 25 }), [25, 50, 75]);
    assert.deepEqual(stakeLadder({ min_minor: 50, max_minor: 10, step_minor: 1 }), []);
  });
});
