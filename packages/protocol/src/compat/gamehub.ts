/**
 * PROTOCOL "Compatibility profile": the older GameHub-style dialect some operators speak.
 * Same calls and the same round engine; only the encoding differs: a GET query string with
 * `username` for `player_id` and `gameplay_final` (0/1) for `round_closed`, and the answer
 * `{"error":0|1|2,"balance":<int>}`.
 */
import type { WalletRequest } from "../messages/types.ts";
import type { ResponseOutcome } from "../messages/responses.ts";
import { MAX_RESPONSE_BYTES } from "../messages/responses.ts";
import { parseStrictJsonObject } from "../parsing/strict-json.ts";

const RENAMED: Readonly<Record<string, string>> = { player_id: "username", round_closed: "gameplay_final" };

/**
 * The query string of a call in the GameHub dialect. Every field travels, in order, extras
 * included (`rb_call_id`, `session_id` and unknown fields as extra parameters); booleans become
 * 0/1; objects, arrays and null are not representable in a query and are left out.
 *
 * @example
 * const url = new URL(callbackUrl);
 * url.search = encodeGameHubQuery(signCall(unsigned, salt, Date.now()).request).toString();
 * // ...?action=debit&call_id=c1&username=p1&...&gameplay_final=1&timestamp=…&key=…
 */
export function encodeGameHubQuery(
  request: WalletRequest | (WalletRequest & Record<string, unknown>),
): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request)) {
    const wireName = RENAMED[name] ?? name;
    if (typeof value === "boolean") query.append(wireName, value ? "1" : "0");
    else if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") {
      query.append(wireName, String(value));
    }
  }
  return query;
}

/** The GameHub answer's meaning of `error`. */
export const GAMEHUB_ERRORS = { ok: 0, insufficientFunds: 1, otherRefusal: 2 } as const;

/**
 * The sender's reading of a GameHub answer: `error` 0 is ok, 1 is an INSUFFICIENT_FUNDS refusal,
 * 2 ("any other refusal") is a definite refusal reported as code INVALID_REQUEST with the
 * message "GameHub refusal (error 2)" and `unspecified`: the dialect does not say why, so it may
 * be a key or timestamp refusal that recorded nothing (a credit is worth retrying). Everything else (non-200, not a strict JSON object, another
 * `error`, a balance that is not a safe non-negative integer where one is needed) is unknown.
 * Never throws.
 *
 * @example
 * parseGameHubResponse(200, '{"error":1,"balance":40}');
 * // { kind: "refused", code: "INSUFFICIENT_FUNDS", message: "GameHub refusal (error 1)", balance: 40 }
 */
export function parseGameHubResponse(httpStatus: number, rawBody: string): ResponseOutcome {
  if (httpStatus !== 200)
    return { kind: "unknown", cause: "http_status", reason: `HTTP status ${httpStatus}` };
  if (typeof rawBody !== "string" || rawBody.length > MAX_RESPONSE_BYTES) {
    const cause = typeof rawBody === "string" ? "too_large" : "bad_body";
    return { kind: "unknown", cause, reason: "body is not a GameHub answer" };
  }
  const parsed = parseStrictJsonObject(rawBody);
  if (!parsed.ok) return { kind: "unknown", cause: "bad_body", reason: parsed.message };
  const body = parsed.value;
  const error = Object.hasOwn(body, "error") ? body.error : undefined;
  const balance = Object.hasOwn(body, "balance") ? body.balance : undefined;
  const balanceOk =
    typeof balance === "number" &&
    Number.isSafeInteger(balance) &&
    balance >= 0 &&
    !parsed.nonIntegerLiterals.has("balance");
  if (parsed.nonIntegerLiterals.has("error"))
    return { kind: "unknown", cause: "bad_body", reason: "error is not 0, 1 or 2" };

  if (error === GAMEHUB_ERRORS.otherRefusal) {
    if (balance === undefined)
      return {
        kind: "refused",
        code: "INVALID_REQUEST",
        message: "GameHub refusal (error 2)",
        unspecified: true,
      };
    if (!balanceOk)
      return { kind: "unknown", cause: "bad_body", reason: "balance is not a non-negative integer" };
    return {
      kind: "refused",
      code: "INVALID_REQUEST",
      message: "GameHub refusal (error 2)",
      balance,
      unspecified: true,
    };
  }
  if (error !== GAMEHUB_ERRORS.ok && error !== GAMEHUB_ERRORS.insufficientFunds) {
    return { kind: "unknown", cause: "bad_body", reason: "error is not 0, 1 or 2" };
  }
  if (!balanceOk)
    return { kind: "unknown", cause: "bad_body", reason: "balance is not a non-negative integer" };
  if (error === GAMEHUB_ERRORS.ok) return { kind: "ok", balance };
  return { kind: "refused", code: "INSUFFICIENT_FUNDS", message: "GameHub refusal (error 1)", balance };
}
