/**
 * "12.5" → 1250: a decimal typed by a person, read as integer minor units without floats (two
 * places). undefined when it is not a plain amount.
 */
export function parseMinor(text: string, allowNegative = false): number | undefined {
  return parseScaled(text, 2, allowNegative);
}

/**
 * A decimal with at most `places` decimals as an integer scaled by 10^places, by its digits (no
 * floating point): parseScaled("1.15", 8) → 115000000, parseScaled("15", 4) → 150000.
 */
export function parseScaled(text: string, places: number, allowNegative = false): number | undefined {
  const match = /^(-?)(\d{1,13})(?:[.,](\d+))?$/.exec(text.trim());
  if (match === null) return undefined;
  const [, sign = "", whole = "0", fraction = ""] = match;
  if (fraction.length > places || (sign === "-" && !allowNegative)) return undefined;
  const scaled = Number(`${whole}${fraction.padEnd(places, "0")}`);
  if (!Number.isSafeInteger(scaled)) return undefined;
  return sign === "-" ? -scaled : scaled;
}

/** An integer scaled by 10^places as a decimal by its digits, trailing zeros dropped: (115000000, 8) → "1.15". */
export function formatScaled(value: number, places: number): string {
  const sign = value < 0 ? "-" : "";
  const digits = String(Math.abs(value)).padStart(places + 1, "0");
  const fraction = digits.slice(-places).replace(/0+$/, "");
  return `${sign}${digits.slice(0, -places)}${fraction === "" ? "" : `.${fraction}`}`;
}

/** Today and the first day of this month as YYYY-MM-DD (UTC), the default period of a page. */
export function thisMonth(): { from: string; to: string } {
  const today = new Date().toISOString().slice(0, 10);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** A new idempotency key: one per form submission, so a retried click records once. */
export function newIdempotencyKey(): string {
  return `ui-${crypto.randomUUID()}`;
}
