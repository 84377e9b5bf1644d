import type { BalanceRequest, MoneyRequest, WalletRequest } from "../messages/types.ts";
import {
  CALL_ID_PATTERN,
  CURRENCY_PATTERN,
  MAX_ID_LENGTH,
  MAX_PLAYER_ID_LENGTH,
  isCleanText,
} from "./field-rules.ts";

export type ParseRequestResult =
  { ok: true; request: WalletRequest } | { ok: false; code: "INVALID_REQUEST"; message: string };

const NO_LITERALS: ReadonlySet<string> = new Set();

/**
 * Checks the shape of a request's fields (the protocol's `INVALID_REQUEST` rules) and returns a
 * fresh request holding only the protocol's fields; unknown extras are ignored, and so are the
 * money fields of a `balance`. It checks shape only: `key` and the timestamp window are
 * {@link verifyWalletRequest}'s job. Pass the scanner's `nonIntegerLiterals` so that `250.0` is
 * refused as an amount even though `JSON.parse` reads it as 250 (the same goes for `timestamp`
 * and `rb`). Messages name the field and never echo its value.
 *
 * @example
 * const r = parseWalletRequestFields({ action: "balance", call_id: "c1", player_id: "p1",
 *   session_id: "s1", currency: "EUR", game_id: "g1", timestamp: 1767225600, key: "0".repeat(32) });
 * r.ok && r.request.action; // "balance"
 */
export function parseWalletRequestFields(
  fields: Record<string, unknown>,
  nonIntegerLiterals: ReadonlySet<string> = NO_LITERALS,
): ParseRequestResult {
  const f = (name: string): unknown => (Object.hasOwn(fields, name) ? fields[name] : undefined);
  const action = f("action");
  if (action !== "balance" && action !== "debit" && action !== "credit") {
    return invalid("action must be one of balance, debit, credit");
  }
  const callId = f("call_id");
  if (typeof callId !== "string" || !CALL_ID_PATTERN.test(callId)) {
    return invalid("call_id must be 1-64 characters of A-Z a-z 0-9 _ -");
  }
  const playerId = f("player_id");
  if (!isCleanText(playerId, MAX_PLAYER_ID_LENGTH)) {
    return invalid("player_id must be 1-64 characters without control characters");
  }
  const sessionId = f("session_id");
  if (!isCleanText(sessionId, MAX_ID_LENGTH)) {
    return invalid("session_id must be 1-128 characters without control characters");
  }
  const currency = f("currency");
  if (typeof currency !== "string" || !CURRENCY_PATTERN.test(currency)) {
    return invalid("currency must be an ISO 4217 code of three upper-case letters");
  }
  const gameId = f("game_id");
  if (!isCleanText(gameId, MAX_ID_LENGTH)) {
    return invalid("game_id must be 1-128 characters without control characters");
  }
  const timestamp = f("timestamp");
  if (!isIntegerLiteral(timestamp, "timestamp", nonIntegerLiterals) || timestamp < 0) {
    return invalid("timestamp must be a non-negative integer number of unix seconds");
  }
  const key = f("key");
  if (typeof key !== "string") return invalid("key must be a string");

  const common = {
    call_id: callId,
    player_id: playerId,
    session_id: sessionId,
    currency,
    game_id: gameId,
    timestamp,
    key,
  };
  if (action === "balance") {
    const request: BalanceRequest = { action, ...common };
    return { ok: true, request };
  }

  const roundId = f("round_id");
  if (!isCleanText(roundId, MAX_ID_LENGTH)) {
    return invalid("round_id must be 1-128 characters without control characters");
  }
  const amount = f("amount");
  if (!isIntegerLiteral(amount, "amount", nonIntegerLiterals) || amount < 0) {
    return invalid("amount must be a non-negative integer in minor units");
  }
  const rbField = f("rb");
  const rb = rbField === undefined ? 0 : rbField;
  if ((rb !== 0 && rb !== 1) || nonIntegerLiterals.has("rb")) {
    return invalid("rb must be the number 0 or 1");
  }
  const rbCallId = f("rb_call_id");
  if (rb === 1 && (typeof rbCallId !== "string" || !CALL_ID_PATTERN.test(rbCallId))) {
    return invalid("rb_call_id is required when rb is 1 and must be 1-64 characters of A-Z a-z 0-9 _ -");
  }
  if (rb === 0 && rbCallId !== undefined) return invalid("rb_call_id must be absent when rb is 0");
  const roundClosedField = f("round_closed");
  const roundClosed = roundClosedField === undefined ? false : roundClosedField;
  if (typeof roundClosed !== "boolean") return invalid("round_closed must be a boolean");

  const money = {
    ...common,
    round_id: roundId,
    amount: amount + 0, // -0 becomes 0
    rb,
    round_closed: roundClosed,
    ...(rb === 1 ? { rb_call_id: rbCallId as string } : {}),
  } as const;
  const request: MoneyRequest = action === "debit" ? { action, ...money } : { action, ...money };
  return { ok: true, request };
}

function isIntegerLiteral(
  value: unknown,
  name: string,
  nonIntegerLiterals: ReadonlySet<string>,
): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && !nonIntegerLiterals.has(name);
}

function invalid(message: string): { ok: false; code: "INVALID_REQUEST"; message: string } {
  return { ok: false, code: "INVALID_REQUEST", message };
}
