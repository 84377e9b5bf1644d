import { errorResponse, okResponse, type MoneyRequest } from "@croupier/protocol";
import type { Player } from "../store/wallet-store.ts";
import { MAX_BALANCE_MINOR, type Decision } from "./decision.ts";
import { MESSAGES } from "./messages.ts";

/** `balance`: the current balance. */
export function decideBalance(player: Player, txId: string): Decision {
  return { kind: "answer", response: okResponse(player.balanceMinor, txId) };
}

/** A plain `debit` (`rb` 0): a bet. Refused with the current balance when it does not fit. */
export function decideDebit(request: MoneyRequest, player: Player, txId: string): Decision {
  return takeOut(player, request.amount, "debit", txId);
}

/** A plain `credit` (`rb` 0): a win. */
export function decideCredit(request: MoneyRequest, player: Player, txId: string): Decision {
  return putIn(player, request.amount, "credit", txId);
}

/**
 * Money out of the wallet. A zero amount is answered ok without a ledger row: nothing moved.
 * Balances never go negative.
 */
export function takeOut(
  player: Player,
  amountMinor: number,
  kind: "debit" | "credit_reversal",
  txId: string,
): Decision {
  const balance = player.balanceMinor;
  if (amountMinor > balance) {
    return {
      kind: "answer",
      response: errorResponse("INSUFFICIENT_FUNDS", MESSAGES.insufficientFunds, balance),
    };
  }
  return moved(balance, -amountMinor, kind, txId);
}

/**
 * Money into the wallet. A sum beyond the largest exact integer cannot be kept, so it is
 * refused unrecorded (the sender sees a definite refusal; nothing is claimed).
 */
export function putIn(
  player: Player,
  amountMinor: number,
  kind: "credit" | "debit_reversal",
  txId: string,
): Decision {
  const balance = player.balanceMinor;
  if (amountMinor > MAX_BALANCE_MINOR - balance) {
    return { kind: "refuse", response: errorResponse("INVALID_REQUEST", MESSAGES.balanceTooLarge) };
  }
  return moved(balance, amountMinor, kind, txId);
}

function moved(
  balance: number,
  signedAmountMinor: number,
  kind: "debit" | "credit" | "debit_reversal" | "credit_reversal",
  txId: string,
): Decision {
  const after = balance + signedAmountMinor;
  const response = okResponse(after, txId);
  if (signedAmountMinor === 0) return { kind: "answer", response };
  return {
    kind: "answer",
    response,
    movement: { kind, amountMinor: signedAmountMinor, balanceAfterMinor: after },
  };
}
