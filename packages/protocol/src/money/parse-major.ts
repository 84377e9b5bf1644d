import { currencyExponent } from "./currency.ts";

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads an amount typed in major units ("12.34") into exact minor units (1234), for admin
 * inputs. Accepts an optional leading minus and surrounding spaces; refuses (undefined) more
 * decimals than the currency has, thousands separators, exponents, an unknown currency, and
 * results beyond the safe integer range.
 *
 * @example
 * parseMajor("12.34", "EUR"); // 1234
 * parseMajor("12.345", "EUR"); // undefined
 * parseMajor("0.001", "KWD"); // 1
 * parseMajor("1234", "JPY"); // 1234
 */
export function parseMajor(text: string, currency: string): number | undefined {
  const exponent = currencyExponent(currency);
  if (exponent === undefined || typeof text !== "string") return undefined;
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign = "", major = "", fraction = ""] = match;
  if (fraction.length > exponent) return undefined;
  const minor = BigInt(major + fraction.padEnd(exponent, "0")) * (sign === "-" ? -1n : 1n);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) return undefined;
  return Number(minor) + 0; // "-0" becomes 0
}
