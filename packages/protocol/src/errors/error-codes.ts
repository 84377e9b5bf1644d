/**
 * The protocol's error catalogue: every refusal an operator may answer, with when it applies.
 * None of them changes a balance. The order of `ERROR_CODES` is documentation order, not
 * check order; the check order is key → timestamp → shape → player → currency → business rules.
 *
 * @example
 * ERROR_CODES.includes("INVALID_KEY"); // true
 */
export const ERROR_CODES = [
  "INVALID_KEY",
  "TIMESTAMP_EXPIRED",
  "INVALID_REQUEST",
  "PLAYER_NOT_FOUND",
  "PLAYER_BLOCKED",
  "CURRENCY_MISMATCH",
  "INSUFFICIENT_FUNDS",
  "DUPLICATE_CONFLICT",
  "ROLLED_BACK",
  "INTERNAL_ERROR",
] as const;

/**
 * One of the protocol's error codes.
 *
 * @example
 * const code: ErrorCode = "INSUFFICIENT_FUNDS";
 */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The documentation line of one error code.
 *
 * @example
 * const info: ErrorCodeInfo = errorCatalogue.INTERNAL_ERROR; // outcome "unknown"
 */
export interface ErrorCodeInfo {
  /** When the operator answers with this code. */
  readonly when: string;
  /** `balance` must accompany the error (only INSUFFICIENT_FUNDS). */
  readonly balanceRequired: boolean;
  /**
   * For the sender: a definite refusal (the call did nothing and will do nothing) versus an
   * unknown outcome that must be resolved by rollback or retry.
   */
  readonly outcome: "definite" | "unknown";
}

/**
 * One line of documentation per code.
 *
 * @example
 * errorCatalogue.INSUFFICIENT_FUNDS.balanceRequired // true
 */
export const errorCatalogue: Readonly<Record<ErrorCode, ErrorCodeInfo>> = {
  INVALID_KEY: { when: "`key` matches no active salt", balanceRequired: false, outcome: "definite" },
  TIMESTAMP_EXPIRED: {
    when: "`timestamp` lies further than the window from the operator's clock, past or future",
    balanceRequired: false,
    outcome: "definite",
  },
  INVALID_REQUEST: {
    when: "a field is missing or malformed, an amount is not a non-negative integer, `rb` 1 lacks `rb_call_id`, or a rollback's amount differs from its original",
    balanceRequired: false,
    outcome: "definite",
  },
  PLAYER_NOT_FOUND: { when: "unknown `player_id`", balanceRequired: false, outcome: "definite" },
  PLAYER_BLOCKED: { when: "the player may not play", balanceRequired: false, outcome: "definite" },
  CURRENCY_MISMATCH: {
    when: "`currency` is not the player's wallet currency",
    balanceRequired: false,
    outcome: "definite",
  },
  INSUFFICIENT_FUNDS: { when: "a debit larger than the balance", balanceRequired: true, outcome: "definite" },
  DUPLICATE_CONFLICT: {
    when: "a `call_id` already seen with different content",
    balanceRequired: false,
    outcome: "definite",
  },
  ROLLED_BACK: {
    when: "an original call arriving after its rollback",
    balanceRequired: false,
    outcome: "definite",
  },
  INTERNAL_ERROR: { when: "anything else", balanceRequired: false, outcome: "unknown" },
};

/**
 * Whether a value is one of the protocol's error codes.
 *
 * @example
 * isErrorCode("ROLLED_BACK"); // true
 * isErrorCode("NOPE"); // false
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}
