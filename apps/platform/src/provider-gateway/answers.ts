import type { RoundError } from "../round-engine/round-errors.ts";
import type { GatewayCode } from "./problems.ts";

/** A gateway answer: a success body, or a refusal from the gateway's catalogue. */
export type GatewayAnswer =
  | { readonly ok: true; readonly body: Readonly<Record<string, unknown>> }
  | {
      readonly ok: false;
      readonly code: GatewayCode;
      readonly message: string;
      readonly extensions?: Readonly<Record<string, unknown>>;
    };

export interface GatewayResult {
  readonly answer: GatewayAnswer;
  /** True when the answer is the stored one of an earlier request with the same transaction id. */
  readonly replayed: boolean;
}

/**
 * What driving a request produced. `final`: the answer is stored and replayed to every repeat.
 * Otherwise (the wallet is still busy with it, the platform is overloaded) nothing is stored
 * and a repeat drives the request again.
 */
export interface Driven {
  readonly answer: GatewayAnswer;
  readonly final: boolean;
}

export function success(body: Readonly<Record<string, unknown>>): GatewayAnswer {
  return { ok: true, body };
}

export function refusal(
  code: GatewayCode,
  message: string,
  extensions?: Readonly<Record<string, unknown>>,
): GatewayAnswer & { ok: false } {
  return extensions === undefined ? { ok: false, code, message } : { ok: false, code, message, extensions };
}

/** `OK` or the refusal's code: the `result_code` column. */
export function resultCodeOf(answer: GatewayAnswer): string {
  return answer.ok ? "OK" : answer.code;
}

/** The round engine's refusals in the gateway's words, and whether the answer is final. */
export function fromRoundError(error: RoundError): Driven {
  const balance = error.balanceMinor === undefined ? {} : { balance: error.balanceMinor };
  switch (error.code) {
    case "BET_REFUSED":
      if (error.walletCode === "INSUFFICIENT_FUNDS")
        return final(refusal("INSUFFICIENT_FUNDS", "The player's balance is too low for this bet.", balance));
      if (error.walletCode === "PLAYER_BLOCKED")
        return final(refusal("PLAYER_BLOCKED", "The operator does not let this player play now.", balance));
      return final(
        refusal("BET_REFUSED", `The operator refused the bet: ${error.message}`, {
          ...balance,
          ...(error.walletCode === undefined ? {} : { wallet_code: error.walletCode }),
        }),
      );
    case "BET_OUTCOME_UNKNOWN":
      return final(
        refusal("BET_FAILED", "The operator's wallet gave no usable answer; the bet is being rolled back."),
      );
    case "WALLET_UNAVAILABLE":
    case "OPERATOR_NOT_CONFIGURED":
      return final(
        refusal("WALLET_UNAVAILABLE", "The operator's wallet is not reachable; nothing was debited."),
      );
    case "OVERLOADED":
      return retry(refusal("OVERLOADED", "The platform is busy; retry shortly."));
    case "CALL_IN_PROGRESS":
    case "DEBIT_IN_FLIGHT":
      return retry(
        refusal(
          "TRANSACTION_IN_PROGRESS",
          "The wallet has not answered an earlier call of this round yet; retry.",
        ),
      );
    case "BALANCE_UNAVAILABLE":
      return retry(
        refusal("BALANCE_UNAVAILABLE", "The operator's wallet did not return a balance.", {
          ...(error.walletCode === undefined ? {} : { wallet_code: error.walletCode }),
        }),
      );
    case "ROUND_NOT_FOUND":
      return final(refusal("ROUND_NOT_FOUND", "No bet was ever placed in this round."));
    case "ROUND_CLOSED":
      return final(refusal("ROUND_CLOSED", "The round is closed."));
    case "ROUND_MISMATCH":
      return final(refusal("ROUND_MISMATCH", "This round id belongs to another session."));
    case "ROUND_CALL_LIMIT":
      return final(refusal("ROUND_LIMIT_REACHED", "The round holds the most transactions a round may have."));
    case "IDEMPOTENCY_CONFLICT":
      return final(refusal("TRANSACTION_CONFLICT", error.message));
    case "DEBIT_NOT_ACKNOWLEDGED":
      return final(refusal("NO_ACCEPTED_BET", "The round has no accepted bet."));
    case "INVALID_INPUT":
      return final(refusal("VALIDATION_FAILED", error.message));
  }
}

function final(answer: GatewayAnswer): Driven {
  return { answer, final: true };
}

function retry(answer: GatewayAnswer): Driven {
  return { answer, final: false };
}
