import type { Volatility } from "../types.ts";

/**
 * Volatility classes by the standard deviation σ of one round's return per unit stake.
 * Table games sit near σ ≈ 1; a slot whose return mostly comes from frequent small wins sits
 * around 3–6; one that pays through rare big wins and features at 10 and above.
 */
export const VOLATILITY_THRESHOLDS = { medium: 5, high: 10 } as const;

/**
 * @example
 * volatilityOf(1.0); // "low"
 * volatilityOf(14.2); // "high"
 */
export function volatilityOf(stdDev: number): Volatility {
  if (stdDev >= VOLATILITY_THRESHOLDS.high) return "high";
  if (stdDev >= VOLATILITY_THRESHOLDS.medium) return "medium";
  return "low";
}
