import type { ErrorCode } from "../errors/error-codes.ts";

/**
 * The three callback actions.
 *
 * @example
 * const action: WalletAction = "debit";
 */
export type WalletAction = "balance" | "debit" | "credit";

/**
 * Fields every call carries. Names are the wire names, exactly.
 *
 * @example
 * const { call_id, player_id }: CommonRequestFields = request;
 */
export interface CommonRequestFields {
  readonly call_id: string;
  readonly player_id: string;
  readonly session_id: string;
  /** ISO 4217 code of the session. */
  readonly currency: string;
  readonly game_id: string;
  /** Unix seconds when this attempt was sent. */
  readonly timestamp: number;
  /** `md5(String(timestamp) + salt_key)`, 32 lowercase hex chars. */
  readonly key: string;
}

/**
 * Asks for the player's balance; changes nothing.
 *
 * @example
 * if (request.action === "balance") answer(okResponse(wallet.balanceMinor));
 */
export interface BalanceRequest extends CommonRequestFields {
  readonly action: "balance";
}

/**
 * Fields of the calls that move money.
 *
 * @example
 * const { amount, rb, rb_call_id }: MoneyRequestFields = request;
 */
export interface MoneyRequestFields extends CommonRequestFields {
  readonly round_id: string;
  /** Minor units of `currency`; a safe non-negative integer. */
  readonly amount: number;
  /** 1: this call rolls back the call named by `rb_call_id`. */
  readonly rb: 0 | 1;
  /** Present exactly when `rb` is 1. */
  readonly rb_call_id?: string;
  /** true on the last call of the round. */
  readonly round_closed: boolean;
}

/**
 * Takes `amount` from the player: a bet, or with `rb` 1 the rollback of a credited win.
 *
 * @example
 * if (request.action === "debit" && request.amount > balance) refuse("INSUFFICIENT_FUNDS");
 */
export interface DebitRequest extends MoneyRequestFields {
  readonly action: "debit";
}

/**
 * Gives `amount` to the player: a win, or with `rb` 1 the rollback of a debited bet.
 *
 * @example
 * if (request.action === "credit" && request.rb === 1) reverse(request.rb_call_id);
 */
export interface CreditRequest extends MoneyRequestFields {
  readonly action: "credit";
}

/**
 * A debit or a credit.
 *
 * @example
 * const isMoney = (r: WalletRequest): r is MoneyRequest => r.action !== "balance";
 */
export type MoneyRequest = DebitRequest | CreditRequest;
/**
 * Any callback request, discriminated by `action`.
 *
 * @example
 * switch (request.action) { case "balance": …; case "debit": …; case "credit": … }
 */
export type WalletRequest = BalanceRequest | DebitRequest | CreditRequest;

/**
 * A request before it is signed: what the sender decides; `timestamp` and `key` are added per attempt.
 *
 * @example
 * const unsigned: UnsignedWalletRequest = { action: "balance", call_id: "c1", player_id: "p1",
 *   session_id: "s1", currency: "EUR", game_id: "g1" };
 */
export type UnsignedWalletRequest =
  | Omit<BalanceRequest, "timestamp" | "key">
  | Omit<DebitRequest, "timestamp" | "key">
  | Omit<CreditRequest, "timestamp" | "key">;

/**
 * A success answer.
 *
 * @example
 * const answer: OkResponse = { status: "ok", balance: 12345 };
 */
export interface OkResponse {
  readonly status: "ok";
  /** The player's balance in minor units after the call. */
  readonly balance: number;
  /** The operator's own transaction id, optional. */
  readonly tx_id?: string;
}

/**
 * A refusal answer.
 *
 * @example
 * const answer: ErrorResponse = { status: "error", code: "PLAYER_BLOCKED", message: "self-excluded" };
 */
export interface ErrorResponse {
  readonly status: "error";
  readonly code: ErrorCode;
  readonly message: string;
  /** Required with INSUFFICIENT_FUNDS, optional otherwise. */
  readonly balance?: number;
}

/**
 * Any answer; always sent with HTTP 200.
 *
 * @example
 * const answer: WalletResponse = okResponse(100);
 */
export type WalletResponse = OkResponse | ErrorResponse;

/**
 * Epoch milliseconds now; injectable so tests control time.
 *
 * @example
 * const clock: Clock = () => Date.now();
 */
export type Clock = () => number;
