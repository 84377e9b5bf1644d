import { requireExponent } from "./currency.ts";

/**
 * An amount in minor units as an exact decimal string in major units, computed with bigint
 * (no float ever touches it). Throws a RangeError on an unknown currency, or on a number that
 * is not a safe integer.
 *
 * @example
 * formatMinor(1234, "EUR"); // "12.34"
 * formatMinor(-5, "EUR");   // "-0.05"
 * formatMinor(1234, "JPY"); // "1234"
 * formatMinor(1, "KWD");    // "0.001"
 */
export function formatMinor(amountMinor: number | bigint, currency: string): string {
  const exponent = requireExponent(currency);
  if (typeof amountMinor === "number" && !Number.isSafeInteger(amountMinor)) {
    throw new RangeError("amountMinor must be a safe integer");
  }
  const amount = BigInt(amountMinor);
  const negative = amount < 0n;
  const digits = (negative ? -amount : amount).toString();
  if (exponent === 0) return negative ? `-${digits}` : digits;
  const padded = digits.padStart(exponent + 1, "0");
  const major = padded.slice(0, -exponent);
  const minor = padded.slice(-exponent);
  return `${negative ? "-" : ""}${major}.${minor}`;
}

/**
 * An amount for display, in the locale's currency style, with exactly the currency's ISO
 * number of decimals. Intl is fed the exact decimal string, so nothing is rounded through a
 * float (and ISO digits win over CLDR's, which would show HUF or IQD without decimals).
 * For display only; never parse it back.
 *
 * @example
 * formatMoney(123456, "EUR", "de-DE"); // "1.234,56 €"
 * formatMoney(1234, "JPY", "en-US");   // "¥1,234"
 */
export function formatMoney(amountMinor: number | bigint, currency: string, locale?: string): string {
  const exponent = requireExponent(currency);
  const decimal = formatMinor(amountMinor, currency);
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  return format.format(decimal as Intl.StringNumericLiteral);
}
