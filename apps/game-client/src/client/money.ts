/**
 * Amounts are integers of minor units end to end; they are shown with the protocol's exact
 * formatting (bigint digits, never a float division), with the currency's ISO exponent from the
 * session. `@croupier/protocol/money` has no Node built-ins, so the bundle takes it as it is.
 */
import { formatMinorUnits } from "@croupier/protocol/money";

/** The amount, thousands grouped, and the currency code: `"1,234.56 EUR"`. */
export function formatMoney(amountMinor: number, format: { currency: string; exponent: number }): string {
  return `${formatMinorUnits(amountMinor, format.exponent, { grouped: true })} ${format.currency}`;
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
