import { MAX_PLAYER_ID_LENGTH, currencyExponent, isCleanText } from "@croupier/protocol";
import { MAX_BALANCE_MINOR } from "../duties/decision.ts";

/** Longest adjustment `reference` (an idempotency key from the operator's cashier). */
export const MAX_REFERENCE_LENGTH = 128;
/** Longest adjustment `reason`. */
export const MAX_REASON_LENGTH = 500;

/** Why an admin input is refused, or undefined when it is fine. */
export function playerInputProblem(input: {
  playerId: unknown;
  currency: unknown;
  balanceMinor: unknown;
  blocked?: unknown;
}): string | undefined {
  if (!isCleanText(input.playerId, MAX_PLAYER_ID_LENGTH)) {
    return `playerId must be 1-${MAX_PLAYER_ID_LENGTH} characters without control characters`;
  }
  // A wallet counts in minor units, so its currency must have one (not XAU or XXX).
  if (typeof input.currency !== "string" || currencyExponent(input.currency) === undefined) {
    return "currency must be an ISO 4217 code with a minor unit";
  }
  if (!isAmount(input.balanceMinor) || input.balanceMinor < 0) {
    return "balanceMinor must be a non-negative safe integer";
  }
  if (input.blocked !== undefined && typeof input.blocked !== "boolean") return "blocked must be a boolean";
  return undefined;
}

export function adjustmentInputProblem(input: {
  playerId: unknown;
  amountMinor: unknown;
  reference: unknown;
  reason?: unknown;
}): string | undefined {
  if (typeof input.playerId !== "string") return "playerId must be a string";
  if (!isAmount(input.amountMinor) || input.amountMinor === 0) {
    return "amountMinor must be a non-zero safe integer";
  }
  if (!isCleanText(input.reference, MAX_REFERENCE_LENGTH)) {
    return `reference must be 1-${MAX_REFERENCE_LENGTH} characters without control characters`;
  }
  if (
    input.reason !== undefined &&
    (typeof input.reason !== "string" ||
      input.reason.length > MAX_REASON_LENGTH ||
      !input.reason.isWellFormed())
  ) {
    return `reason must be a string of at most ${MAX_REASON_LENGTH} characters`;
  }
  return undefined;
}

function isAmount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && Math.abs(value) <= MAX_BALANCE_MINOR;
}
