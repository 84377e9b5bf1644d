import { fail, type GameError } from "./result.ts";
import type { StakeLimits, TitleBase } from "./types.ts";

/**
 * Checks a stake against the title: a positive safe integer, inside the limits (the round's
 * currency's when the request gives them, else the title's own) and a multiple of `unitMinor`
 * (the amount that keeps every win an exact integer: a slot's coins per spin, 2 for a 3:2
 * blackjack...). Returns null when acceptable.
 */
export function checkStake(
  title: TitleBase,
  betMinor: number,
  unitMinor: number,
  what = "betMinor",
  limits: StakeLimits = title.betLimits,
): GameError | null {
  if (!Number.isSafeInteger(betMinor) || betMinor <= 0) {
    return fail("INVALID_BET", `${what} must be a positive integer number of minor units`);
  }
  const { minMinor, maxMinor } = limits;
  if (betMinor < minMinor || betMinor > maxMinor) {
    return fail("INVALID_BET", `${what} ${betMinor} is outside the limits ${minMinor}..${maxMinor}`);
  }
  if (betMinor % unitMinor !== 0) {
    return fail(
      "INVALID_BET",
      `${what} ${betMinor} must be a multiple of ${unitMinor} so that wins are exact`,
    );
  }
  return null;
}
