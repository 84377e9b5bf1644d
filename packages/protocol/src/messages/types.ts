import type { ErrorCode } from "../errors/error-codes.ts";

/** The three callback actions. */
export type WalletAction = "balance" | "debit" | "credit";

/** Fields every call carries. Names are the wire names, exactly. */
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

export interface BalanceRequest extends CommonRequestFields {
  readonly action: "balance";
}

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

export interface DebitRequest extends MoneyRequestFields {
  readonly action: "debit";
}

export interface CreditRequest extends MoneyRequestFields {
  readonly action: "credit";
}

export type MoneyRequest = DebitRequest | CreditRequest;
export type WalletRequest = BalanceRequest | DebitRequest | CreditRequest;

/** A request before it is signed: what the sender decides; `timestamp` and `key` are added per attempt. */
export type UnsignedWalletRequest =
  | Omit<BalanceRequest, "timestamp" | "key">
  | Omit<DebitRequest, "timestamp" | "key">
  | Omit<CreditRequest, "timestamp" | "key">;

export interface OkResponse {
  readonly status: "ok";
  /** The player's balance in minor units after the call. */
  readonly balance: number;
  /** The operator's own transaction id, optional. */
  readonly tx_id?: string;
}

export interface ErrorResponse {
  readonly status: "error";
  readonly code: ErrorCode;
  readonly message: string;
  /** Required with INSUFFICIENT_FUNDS, optional otherwise. */
  readonly balance?: number;
}

export type WalletResponse = OkResponse | ErrorResponse;

/** Epoch milliseconds now; injectable so tests control time. */
export type Clock = () => number;
