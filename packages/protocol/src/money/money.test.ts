import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { currencyExponent, isIsoCurrency } from "./currency.ts";
import { formatMinor, formatMinorUnits, formatMoney } from "./format.ts";
import { ISO_4217_MINOR_UNITS } from "./iso-4217.ts";
import { parseMajor } from "./parse-major.ts";

describe("currencyExponent / isIsoCurrency", () => {
  it("knows ISO minor units, not CLDR display digits", () => {
    const expected: Record<string, number> = {
      EUR: 2,
      USD: 2,
      GBP: 2,
      JPY: 0,
      KRW: 0,
      ISK: 0,
      CLP: 0,
      VND: 0,
    };
    Object.assign(expected, {
      KWD: 3,
      BHD: 3,
      JOD: 3,
      OMR: 3,
      TND: 3,
      LYD: 3,
      IQD: 3,
      CLF: 4,
      UYW: 4,
      HUF: 2,
    });
    Object.assign(expected, { XOF: 0, XAF: 0, XPF: 0, UYI: 0, BIF: 0, RWF: 0, UGX: 0, PYG: 0, VUV: 0 });
    for (const [code, exponent] of Object.entries(expected))
      assert.equal(currencyExponent(code), exponent, code);
    assert.ok(Object.keys(ISO_4217_MINOR_UNITS).length >= 160);
  });

  it("refuses unknown codes, other spellings and prototype names", () => {
    for (const code of ["eur", "EURO", "", "ABC", "HRK", "toString", "__proto__", "constructor"]) {
      assert.equal(currencyExponent(code), undefined, code);
      assert.equal(isIsoCurrency(code), false, code);
    }
    assert.equal(isIsoCurrency("XAU"), true);
    assert.equal(currencyExponent("XAU"), undefined);
  });
});

describe("formatMinor", () => {
  it("writes exact decimals", () => {
    const cases: Array<[number | bigint, string, string]> = [
      [1234, "EUR", "12.34"],
      [-5, "EUR", "-0.05"],
      [0, "EUR", "0.00"],
      [5, "EUR", "0.05"],
      [-1234, "JPY", "-1234"],
      [1234, "JPY", "1234"],
      [1, "KWD", "0.001"],
      [123456789, "BHD", "123456.789"],
      [1, "CLF", "0.0001"],
      [Number.MAX_SAFE_INTEGER, "USD", "90071992547409.91"],
      [2n ** 70n + 1n, "EUR", "11805916207174113034.25"],
      [-(10n ** 30n), "JPY", "-1000000000000000000000000000000"],
    ];
    for (const [amount, currency, text] of cases) assert.equal(formatMinor(amount, currency), text);
  });

  it("throws on unknown currencies and unsafe or fractional numbers", () => {
    assert.throws(() => formatMinor(1, "ABC"), RangeError);
    assert.throws(() => formatMinor(1, "XAU"), RangeError);
    assert.throws(() => formatMinor(1.5, "EUR"), RangeError);
    assert.throws(() => formatMinor(2 ** 60, "EUR"), RangeError);
    assert.throws(() => formatMinor(Number.NaN, "EUR"), RangeError);
  });

  it("formatMinorUnits: an exponent given, thousands grouped on request", () => {
    assert.equal(formatMinorUnits(123456, 2), "1234.56");
    assert.equal(formatMinorUnits(123456, 2, { grouped: true }), "1,234.56");
    assert.equal(formatMinorUnits(-5, 3, { grouped: true }), "-0.005");
    assert.equal(formatMinorUnits(1234567, 0, { grouped: true }), "1,234,567");
    assert.equal(formatMinorUnits(999, 0, { grouped: true }), "999");
    assert.equal(formatMinorUnits(2n ** 70n, 2, { grouped: true }), "11,805,916,207,174,113,034.24");
    assert.throws(() => formatMinorUnits(1, -1), RangeError);
    assert.throws(() => formatMinorUnits(1, 1.5), RangeError);
    assert.throws(() => formatMinorUnits(0.5, 2), RangeError);
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
        fc.constantFrom("EUR", "JPY", "KWD"),
        (amount, currency) =>
          formatMinorUnits(amount, currencyExponent(currency)!) === formatMinor(amount, currency) &&
          formatMinorUnits(amount, currencyExponent(currency)!, { grouped: true }).replaceAll(",", "") ===
            formatMinor(amount, currency),
      ),
    );
  });

  it("round-trips through parseMajor for every currency", () => {
    const codes = Object.keys(ISO_4217_MINOR_UNITS);
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.maxSafeInteger(), (code, amount) => {
        assert.equal(parseMajor(formatMinor(amount, code), code), amount);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatMoney", () => {
  it("formats in the locale with the ISO number of decimals and no float rounding", () => {
    const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
    assert.equal(formatMoney(123456, "EUR", "en-US"), "€1,234.56");
    assert.equal(nbsp(formatMoney(123456, "EUR", "de-DE")), "1.234,56 €");
    assert.equal(formatMoney(1234, "JPY", "en-US"), "¥1,234");
    assert.equal(formatMoney(-5, "USD", "en-US"), "-$0.05");
    assert.match(formatMoney(1, "KWD", "en-US"), /0\.001$/);
    assert.match(formatMoney(12345, "HUF", "en-US"), /123\.45$/);
    assert.match(formatMoney(1, "CLF", "en-US"), /0\.0001$/);
    assert.equal(formatMoney(Number.MAX_SAFE_INTEGER, "USD", "en-US"), "$90,071,992,547,409.91");
    assert.equal(formatMoney(2n ** 70n + 1n, "USD", "en-US"), "$11,805,916,207,174,113,034.25");
  });

  it("throws on an unknown currency", () => {
    assert.throws(() => formatMoney(1, "ABC"), RangeError);
  });
});

describe("parseMajor", () => {
  it("reads major units exactly and refuses extra decimals", () => {
    assert.equal(parseMajor("12.34", "EUR"), 1234);
    assert.equal(parseMajor("12.3", "EUR"), 1230);
    assert.equal(parseMajor("12", "EUR"), 1200);
    assert.equal(parseMajor(" -0.05 ", "EUR"), -5);
    assert.equal(parseMajor("-0", "EUR"), 0);
    assert.equal(parseMajor("0.001", "KWD"), 1);
    assert.equal(parseMajor("1234", "JPY"), 1234);
    assert.equal(parseMajor("0.29", "EUR"), 29);
    assert.equal(parseMajor("90071992547409.91", "USD"), Number.MAX_SAFE_INTEGER);
    for (const [text, code] of [
      ["12.345", "EUR"],
      ["12.0", "JPY"],
      ["1,234.56", "EUR"],
      ["1e3", "EUR"],
      [".5", "EUR"],
      ["5.", "EUR"],
      ["+5", "EUR"],
      ["", "EUR"],
      ["abc", "EUR"],
      ["90071992547409.92", "USD"],
      ["1", "ABC"],
      ["1", "XAU"],
    ]) {
      assert.equal(parseMajor(text!, code!), undefined, `${text} ${code}`);
    }
  });
});
