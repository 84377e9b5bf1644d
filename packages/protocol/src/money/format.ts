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
  return formatMinorUnits(amountMinor, requireExponent(currency));
}

/**
 * `formatMinor` for an exponent known otherwise (e.g. sent with a game session), optionally with
 * the major digits grouped by thousands with commas. Exact (bigint digits), never a float.
 * Throws a RangeError on a number that is not a safe integer or an exponent outside 0-18.
 *
 * @example
 * formatMinorUnits(123456, 2);                     // "1234.56"
 * formatMinorUnits(123456, 2, { grouped: true });  // "1,234.56"
 * formatMinorUnits(-5, 3);                         // "-0.005"
 */
export function formatMinorUnits(
  amountMinor: number | bigint,
  exponent: number,
  options: { readonly grouped?: boolean } = {},
): string {
  if (typeof amountMinor === "number" && !Number.isSafeInteger(amountMinor)) {
    throw new RangeError("amountMinor must be a safe integer");
  }
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > 18) {
    throw new RangeError("exponent must be an integer from 0 to 18");
  }
  const amount = BigInt(amountMinor);
  const negative = amount < 0n;
  const padded = (negative ? -amount : amount).toString().padStart(exponent + 1, "0");
  const whole = padded.slice(0, padded.length - exponent);
  const major = options.grouped === true ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const fraction = exponent === 0 ? "" : `.${padded.slice(-exponent)}`;
  return `${negative ? "-" : ""}${major}${fraction}`;
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
