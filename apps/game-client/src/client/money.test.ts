import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatMinor, formatMoney, stakeLadder } from "./money.ts";

describe("game client money", () => {
  test("formats minor units with the currency exponent, without floats", () => {
    assert.equal(formatMinor(1234, 2), "12.34");
    assert.equal(formatMinor(5, 2), "0.05");
    assert.equal(formatMinor(-5, 2), "-0.05");
    assert.equal(formatMinor(0, 2), "0.00");
    assert.equal(formatMinor(1234, 0), "1,234");
    assert.equal(formatMinor(1, 3), "0.001");
    assert.equal(formatMinor(123456789, 2), "1,234,567.89");
    assert.equal(formatMinor(Number.MAX_SAFE_INTEGER, 2), "90,071,992,547,409.91");
    assert.equal(formatMoney(100000, { currency: "EUR", exponent: 2 }), "1,000.00 EUR");
    assert.throws(() => formatMinor(0.5, 2), RangeError);
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
