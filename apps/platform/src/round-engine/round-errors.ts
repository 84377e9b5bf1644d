import type { ErrorCode } from "@croupier/protocol";

/**
 * The round engine's answers to a game, one catalogue (STYLE 1). `retryable`: the same request
 * may succeed later unchanged (with the same bet/win id, so it is never applied twice).
 * `nothingSent`: the operator's wallet was not called for this request.
 */
export const ROUND_ERRORS = {
  INVALID_INPUT: {
    when: "an amount is not a safe non-negative integer, or an id or code is malformed",
    retryable: false,
  },
  OPERATOR_NOT_CONFIGURED: {
    when: "the operator has no wallet endpoint in this environment",
    retryable: false,
  },
  WALLET_UNAVAILABLE: {
    when: "the operator's circuit is open or its queue is full: nothing was sent, nothing to undo",
    retryable: true,
  },
  OVERLOADED: { when: "the platform's write queue is full: nothing was written or sent", retryable: true },
  ROUND_NOT_FOUND: { when: "no round with this id", retryable: false },
  ROUND_CLOSED: {
    when: "the round is closed (by the game or the abandoned-round sweeper)",
    retryable: false,
  },
  ROUND_MISMATCH: {
    when: "the round belongs to another session, player, currency or game",
    retryable: false,
  },
  ROUND_CALL_LIMIT: { when: "the round already holds the most calls a round may have", retryable: false },
  IDEMPOTENCY_CONFLICT: {
    when: "a round, bet or win id was used before with different content",
    retryable: false,
  },
  CALL_IN_PROGRESS: {
    when: "an earlier request with this id is still waiting for the wallet",
    retryable: true,
  },
  BET_REFUSED: {
    when: "the operator refused the debit; `walletCode` says why; nothing to undo",
    retryable: false,
  },
  BET_OUTCOME_UNKNOWN: {
    when: "the debit got no usable answer (timeout, bad answer, INTERNAL_ERROR); it is being rolled back",
    retryable: false,
  },
  DEBIT_IN_FLIGHT: {
    when: "a win was asked for while a debit of the round still awaits its answer",
    retryable: true,
  },
  DEBIT_NOT_ACKNOWLEDGED: {
    when: "a win was asked for in a round without an acknowledged debit that still stands (not rolled back)",
    retryable: false,
  },
  BALANCE_UNAVAILABLE: {
    when: "the balance call was refused or got no usable answer; `walletCode` says why when known",
    retryable: true,
  },
} as const;

export type RoundErrorCode = keyof typeof ROUND_ERRORS;

export interface RoundError {
  readonly ok: false;
  readonly code: RoundErrorCode;
  readonly message: string;
  /** The operator's code when it refused. */
  readonly walletCode?: ErrorCode;
  /** The balance the operator reported with a refusal, if any. */
  readonly balanceMinor?: number;
  /** The wallet call this refusal is about, when one was written. */
  readonly callId?: string;
}

export function roundError(
  code: RoundErrorCode,
  message: string,
  extra: Omit<RoundError, "ok" | "code" | "message"> = {},
): RoundError {
  return { ok: false, code, message, ...extra };
}
