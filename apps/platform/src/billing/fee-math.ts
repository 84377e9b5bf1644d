/**
 * Fee arithmetic, integers only (BigInt inside, so no product overflows).
 *
 * - GGR of a round = bets − wins − rolled-back bets + rolled-back wins, in the round currency.
 * - Negative GGR is carried forward, never refunded: per operator, provider and round currency a
 *   carry (≤ 0) absorbs later positive GGR before anything is charged.
 * - fee = chargeable × share_ppm / 10^6 × rate_e8 / 10^8 × 10^(exponent of billing currency −
 *   exponent of round currency), in minor units of the billing currency.
 * - Rounding: down to 10^-8 of a billing minor unit per round, then down to the minor unit with the
 *   remainder (in 10^-8 minor units) carried to the next charge of the same operator, provider and
 *   round currency. So a period's fees fall short of the exact figure by less than one minor unit,
 *   never exceed it, and nothing is lost across periods.
 */

/** How fees are rounded, as the API and statements state it. */
export const ROUNDING_RULE =
  "Fees are computed in integers: GGR × share (ppm) × exchange rate (× 10^8), rounded down to 10^-8 of a billing minor unit per round, then down to the minor unit with the remainder carried to the next charge of the same operator, provider and round currency; a period's fees are never above the exact figure and less than one minor unit below it. Negative GGR is carried forward against later GGR of the same provider and currency, never refunded.";

export const PPM = 1_000_000n;
export const RATE_ONE_E8 = 100_000_000;
const E8 = 100_000_000n;

export interface Carry {
  /** ≤ 0: negative GGR not yet offset. */
  readonly carriedGgrMinor: number;
  /** 0 ≤ r < 10^8: the fraction of a billing minor unit owed but not yet charged. */
  readonly remainderE8: number;
}

/** Offsets `ggrMinor` against the carry: what is chargeable now, and the carry after. */
export function offsetCarry(
  carriedGgrMinor: number,
  ggrMinor: number,
): { chargeableMinor: number; carriedGgrMinor: number } {
  const net = carriedGgrMinor + ggrMinor;
  return net < 0
    ? { chargeableMinor: 0, carriedGgrMinor: net }
    : { chargeableMinor: net, carriedGgrMinor: 0 };
}

/**
 * The fee for `chargeableMinor` (round currency) in billing minor units, and the new remainder.
 *
 * @example
 * convertFee({ chargeableMinor: 1000, sharePpm: 150_000, rateE8: 85_000_000, fromExponent: 2,
 *   toExponent: 2, remainderE8: 0 }); // 1000 × 15 % × 0.85 = 127.5 → { feeMinor: 127, remainderE8: 50_000_000 }
 */
export function convertFee(input: {
  chargeableMinor: number;
  sharePpm: number;
  rateE8: number;
  fromExponent: number;
  toExponent: number;
  remainderE8: number;
}): { feeMinor: number; remainderE8: number } {
  let numerator = BigInt(input.chargeableMinor) * BigInt(input.sharePpm) * BigInt(input.rateE8) * E8;
  let denominator = PPM * E8;
  const shift = input.toExponent - input.fromExponent;
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator *= 10n ** BigInt(-shift);
  const feeE8 = numerator / denominator + BigInt(input.remainderE8);
  return { feeMinor: Number(feeE8 / E8), remainderE8: Number(feeE8 % E8) };
}
