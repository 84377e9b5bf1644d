/**
 * Amounts are integers of minor units end to end; they are shown by string arithmetic on their
 * digits (never a float division), with the currency's ISO exponent from the session.
 */

/** `1234, 2` → `"12.34"`; `5, 2` → `"0.05"`; `-5, 2` → `"-0.05"`; `1234, 0` → `"1234"`; thousands grouped. */
export function formatMinor(amountMinor: number, exponent: number): string {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError("amountMinor must be a safe integer");
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > 8) throw new RangeError("bad exponent");
  const negative = amountMinor < 0;
  const digits = String(Math.abs(amountMinor)).padStart(exponent + 1, "0");
  const major = digits.slice(0, digits.length - exponent);
  const minor = digits.slice(digits.length - exponent);
  const grouped = major.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${exponent > 0 ? `.${minor}` : ""}`;
}

/** `formatMinor` with the currency code: `"12.34 EUR"`. */
export function formatMoney(amountMinor: number, format: { currency: string; exponent: number }): string {
  return `${formatMinor(amountMinor, format.exponent)} ${format.currency}`;
}

/**
 * The stakes offered: the round numbers 1, 2, 5, 10, 20, 50 … (minor units) that are whole
 * steps and inside the limits, with the limits themselves always offered.
 */
export function stakeLadder(limits: { min_minor: number; max_minor: number; step_minor: number }): number[] {
  const { min_minor: min, max_minor: max, step_minor: step } = limits;
  if (max < min || step <= 0) return [];
  const values = new Set<number>([min, max]);
  for (let scale = 1; scale <= max; scale *= 10) {
    for (const m of [1, 2, 5]) {
      const v = m * scale;
      if (v >= min && v <= max && v % step === 0) values.add(v);
    }
  }
  return [...values].sort((a, b) => a - b);
}
