import { isErrorCode, type ErrorCode } from "../errors/error-codes.ts";
import { parseStrictJsonObject } from "../parsing/strict-json.ts";
import type { ErrorResponse, OkResponse } from "./types.ts";

/** Longest answer body a sender reads; anything longer is not a wallet answer. */
export const MAX_RESPONSE_BYTES = 65_536;
/** Longest operator `tx_id` kept. */
export const MAX_TX_ID_LENGTH = 255;

/**
 * A success answer. Throws a RangeError when `balance` is not a safe non-negative integer:
 * that is a bug in the caller, and a sender would read such an answer as an unknown outcome.
 *
 * @example
 * okResponse(12345, "tx-9"); // { status: "ok", balance: 12345, tx_id: "tx-9" }
 */
export function okResponse(balance: number, txId?: string): OkResponse {
  assertBalance(balance);
  return txId === undefined ? { status: "ok", balance } : { status: "ok", balance, tx_id: txId };
}

/**
 * A refusal answer. `balance` is required by the protocol with INSUFFICIENT_FUNDS; this throws
 * a RangeError when it is missing there or is not a safe non-negative integer.
 *
 * @example
 * errorResponse("INSUFFICIENT_FUNDS", "balance too low", 120);
 * // { status: "error", code: "INSUFFICIENT_FUNDS", message: "balance too low", balance: 120 }
 */
export function errorResponse(code: ErrorCode, message: string, balance?: number): ErrorResponse {
  if (balance === undefined) {
    if (code === "INSUFFICIENT_FUNDS") throw new RangeError("INSUFFICIENT_FUNDS requires a balance");
    return { status: "error", code, message };
  }
  assertBalance(balance);
  return { status: "error", code, message, balance };
}

/**
 * How a sender reads an answer. `refused` is a definite refusal (nothing happened and nothing
 * will); `unknown` means the call may or may not have taken effect, so a debit is rolled back
 * and a credit retried (PROTOCOL "Sender duties").
 */
export type ResponseOutcome =
  | { kind: "ok"; balance: number; txId?: string }
  | {
      kind: "refused";
      code: Exclude<ErrorCode, "INTERNAL_ERROR">;
      message: string;
      balance?: number;
      /**
       * The answer did not say which refusal (the GameHub dialect's error 2): it may be a key or
       * timestamp refusal, which the operator does not record, so retrying a credit may succeed.
       */
      unspecified?: true;
    }
  | { kind: "unknown"; cause: UnknownCause; reason: string };

/**
 * Why an outcome is unknown, as a bounded value that metrics and logs can use (`reason` is the
 * text for people and changes with the details). `timeout` and `network` come from the sender's
 * transport (no whole answer arrived); the others from reading an answer that did arrive.
 */
export type UnknownCause =
  "timeout" | "network" | "http_status" | "too_large" | "bad_body" | "internal_error";

/**
 * The sender's reading of an operator's answer. Anything but the exact protocol form is an
 * unknown outcome, with a reason saying what was wrong: a status other than 200, a body that is
 * not one strict JSON object, a `status` other than ok/error, a `balance` that is not a safe
 * non-negative integer (floats and `100.0` included), an unknown code, INSUFFICIENT_FUNDS
 * without a balance, a missing message, and INTERNAL_ERROR. Never throws.
 *
 * @example
 * parseWalletResponse(200, '{"status":"ok","balance":500}'); // { kind: "ok", balance: 500 }
 * parseWalletResponse(502, "Bad gateway"); // { kind: "unknown", cause: "http_status", reason: "HTTP status 502" }
 */
export function parseWalletResponse(httpStatus: number, rawBody: string): ResponseOutcome {
  if (httpStatus !== 200) return unknown(`HTTP status ${httpStatus}`, "http_status");
  if (typeof rawBody !== "string") return unknown("body is not text");
  if (rawBody.length > MAX_RESPONSE_BYTES) return unknown("body too large", "too_large");
  const parsed = parseStrictJsonObject(rawBody);
  if (!parsed.ok) return unknown(parsed.message);
  const body = parsed.value;
  const field = (name: string): unknown => (Object.hasOwn(body, name) ? body[name] : undefined);
  const balance = field("balance");
  const balanceOk = isBalance(balance) && !parsed.nonIntegerLiterals.has("balance");
  const status = field("status");

  if (status === "ok") {
    if (!balanceOk) return unknown("balance is not a non-negative integer");
    const txId = field("tx_id");
    if (txId === undefined || txId === null) return { kind: "ok", balance };
    if (typeof txId === "number" && Number.isSafeInteger(txId)) {
      return { kind: "ok", balance, txId: String(txId) };
    }
    if (typeof txId !== "string" || txId.length > MAX_TX_ID_LENGTH) return unknown("tx_id is malformed");
    return txId === "" ? { kind: "ok", balance } : { kind: "ok", balance, txId };
  }
  if (status !== "error") return unknown("status is neither ok nor error");

  const code = field("code");
  if (!isErrorCode(code)) return unknown("code is not a protocol error code");
  if (code === "INTERNAL_ERROR") return unknown("operator answered INTERNAL_ERROR", "internal_error");
  const message = field("message");
  if (typeof message !== "string") return unknown("message is missing");
  if (balance === undefined) {
    if (code === "INSUFFICIENT_FUNDS") return unknown("INSUFFICIENT_FUNDS without balance");
    return { kind: "refused", code, message };
  }
  if (!balanceOk) return unknown("balance is not a non-negative integer");
  return { kind: "refused", code, message, balance };
}

function isBalance(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function assertBalance(balance: number): void {
  if (!isBalance(balance)) throw new RangeError("balance must be a safe non-negative integer");
}

function unknown(reason: string, cause: UnknownCause = "bad_body"): ResponseOutcome {
  return { kind: "unknown", cause, reason };
}
