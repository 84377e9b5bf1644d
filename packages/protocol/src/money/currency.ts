import { ISO_4217_MINOR_UNITS, ISO_4217_WITHOUT_MINOR_UNIT } from "./iso-4217.ts";

/**
 * The ISO 4217 minor unit of a currency: how many decimal digits its major unit has.
 * Undefined for unknown codes and for ISO codes without a minor unit (XAU, XXX, …).
 *
 * @example
 * currencyExponent("EUR"); // 2
 * currencyExponent("JPY"); // 0
 * currencyExponent("KWD"); // 3
 * currencyExponent("ABC"); // undefined
 */
export function currencyExponent(code: string): number | undefined {
  return Object.hasOwn(ISO_4217_MINOR_UNITS, code) ? ISO_4217_MINOR_UNITS[code] : undefined;
}

/**
 * Whether `code` is an active ISO 4217 code (including those without a minor unit, like XAU).
 *
 * @example
 * isIsoCurrency("EUR"); // true
 * isIsoCurrency("eur"); // false
 */
export function isIsoCurrency(code: string): boolean {
  return currencyExponent(code) !== undefined || ISO_4217_WITHOUT_MINOR_UNIT.has(code);
}

/** The exponent, or a RangeError for a code that has none. */
export function requireExponent(currency: string): number {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) throw new RangeError(`unknown currency or no minor unit: ${currency}`);
  return exponent;
}
