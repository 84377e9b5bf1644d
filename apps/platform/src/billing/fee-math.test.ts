import assert from "node:assert/strict";
import { test } from "node:test";
import { convertFee, offsetCarry } from "./fee-math.ts";

test("negative GGR is carried forward and offsets later GGR before anything is charged", () => {
  assert.deepEqual(offsetCarry(0, 500), { chargeableMinor: 500, carriedGgrMinor: 0 });
  assert.deepEqual(offsetCarry(0, -300), { chargeableMinor: 0, carriedGgrMinor: -300 });
  assert.deepEqual(offsetCarry(-300, 200), { chargeableMinor: 0, carriedGgrMinor: -100 });
  assert.deepEqual(offsetCarry(-100, 250), { chargeableMinor: 150, carriedGgrMinor: 0 });
});

test("fees convert exactly, round down, and carry the remainder so no fraction is lost", () => {
  const base = { sharePpm: 150_000, rateE8: 85_000_000, fromExponent: 2, toExponent: 2 };
  const first = convertFee({ ...base, chargeableMinor: 1000, remainderE8: 0 });
  assert.deepEqual(first, { feeMinor: 127, remainderE8: 50_000_000 });
  const second = convertFee({ ...base, chargeableMinor: 1000, remainderE8: first.remainderE8 });
  assert.deepEqual(second, { feeMinor: 128, remainderE8: 0 });
  // JPY (no minor unit) into EUR: 10 000 JPY at 0.0061 EUR, 10 % → 6.10 EUR.
  assert.deepEqual(
    convertFee({
      chargeableMinor: 10_000,
      sharePpm: 100_000,
      rateE8: 610_000,
      fromExponent: 0,
      toExponent: 2,
      remainderE8: 0,
    }),
    { feeMinor: 610, remainderE8: 0 },
  );
  // KWD (3 decimals) into EUR, a thousand tiny rounds sum to the exact total.
  let remainderE8 = 0;
  let total = 0;
  for (let i = 0; i < 1000; i += 1) {
    const r = convertFee({
      chargeableMinor: 7,
      sharePpm: 123_456,
      rateE8: 298_765_432,
      fromExponent: 3,
      toExponent: 2,
      remainderE8,
    });
    total += r.feeMinor;
    remainderE8 = r.remainderE8;
  }
  // Exact: 7000 × 0.123456 × 2.98765432 / 10 = 258.187... → 258 charged, the rest carried.
  assert.equal(total, 258);
  // Huge amounts do not overflow.
  const big = convertFee({
    chargeableMinor: 9_000_000_000_000,
    sharePpm: 1_000_000,
    rateE8: 100_000_000,
    fromExponent: 2,
    toExponent: 2,
    remainderE8: 0,
  });
  assert.equal(big.feeMinor, 9_000_000_000_000);
});
