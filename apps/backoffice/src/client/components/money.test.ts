import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatScaled, newIdempotencyKey, parseMinor, parseScaled } from "./money.ts";

describe("backoffice money input", () => {
  test("a typed amount is read into integer minor units by its digits", () => {
    assert.equal(parseMinor("500"), 50000);
    assert.equal(parseMinor("500.5"), 50050);
    assert.equal(parseMinor(" 0,07 "), 7);
    assert.equal(parseMinor("1234567.89"), 123456789);
    // 0.1 + 0.2 style float errors cannot happen: 1.15 × 100 would be 114.99999999999999.
    assert.equal(parseMinor("1.15"), 115);
    assert.equal(parseMinor("-12.30", true), -1230);
  });

  test("anything else is refused, not guessed", () => {
    for (const bad of ["", "abc", "1.234", "1e3", "12.", ".5", "1 000", "-5", "+5", "99999999999999"])
      assert.equal(parseMinor(bad), undefined, bad);
  });

  test("percent to ppm and rates to × 10^8, and back", () => {
    assert.equal(parseScaled("15", 4), 150000);
    assert.equal(parseScaled("12.5", 4), 125000);
    assert.equal(parseScaled("0.0001", 4), 1);
    assert.equal(parseScaled("0.00001", 4), undefined);
    assert.equal(parseScaled("1.15", 8), 115000000);
    assert.equal(parseScaled("0.92345678", 8), 92345678);
    assert.equal(formatScaled(125000, 4), "12.5");
    assert.equal(formatScaled(1000000, 4), "100");
    assert.equal(formatScaled(115000000, 8), "1.15");
    assert.equal(formatScaled(1, 8), "0.00000001");
  });

  test("each idempotency key is new and fits the API's pattern", () => {
    const a = newIdempotencyKey();
    assert.notEqual(a, newIdempotencyKey());
    assert.match(a, /^[A-Za-z0-9_.:-]{1,128}$/);
  });
});
