import type { UnsignedWalletRequest, WalletRequest } from "../messages/types.ts";
import { bodySignature } from "./body-signature.ts";
import { computeKey } from "./key.ts";

/** One attempt of a call, ready to POST: the exact body bytes and the headers that cover them. */
export interface SignedCall {
  request: WalletRequest;
  body: string;
  headers: Record<"content-type" | "webhook-id" | "webhook-timestamp" | "webhook-signature", string>;
}

/**
 * Signs one attempt of a call (PROTOCOL "Sender duties" 4: each attempt gets a fresh
 * `timestamp` and `key`, everything else identical). `timestamp` is `floor(nowMs / 1000)`,
 * `key` is {@link computeKey}; the body is `JSON.stringify` of every given field (extras kept,
 * in the given order) plus `timestamp` and `key`, and the headers sign exactly those bytes.
 * It does not validate the fields, so that a test kit can send deliberately bad requests;
 * validate with {@link parseWalletRequestFields} when that matters.
 *
 * @example
 * const call = signCall({ action: "balance", call_id: "c1", player_id: "p1", session_id: "s1",
 *   currency: "EUR", game_id: "g1" }, "salt", Date.now());
 * await fetch(url, { method: "POST", body: call.body, headers: call.headers });
 */
export function signCall(
  unsigned: UnsignedWalletRequest & Record<string, unknown>,
  salt: string,
  nowMs: number,
): SignedCall {
  const timestamp = Math.floor(nowMs / 1000);
  const request = { ...unsigned, timestamp, key: computeKey(timestamp, salt) } as WalletRequest;
  const body = JSON.stringify(request);
  const callId = String(unsigned.call_id);
  return {
    request,
    body,
    headers: {
      "content-type": "application/json",
      "webhook-id": callId,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": bodySignature(callId, timestamp, body, salt),
    },
  };
}
