import type { ErrorCode } from "../errors/error-codes.ts";
import type { HeaderBag } from "../messages/header-bag.ts";
import type { WalletRequest } from "../messages/types.ts";
import { requestFingerprint } from "../parsing/fingerprint.ts";
import { parseWalletRequestFields } from "../parsing/parse-request.ts";
import { parseStrictJsonObject } from "../parsing/strict-json.ts";
import { verifyBodySignature } from "./body-signature.ts";
import { keyMatches } from "./key.ts";

/** The protocol's default clock tolerance, past and future. */
export const DEFAULT_WINDOW_SECONDS = 30;
/** Largest callback body accepted; real ones are well under 1 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 65_536;

export interface VerifyOptions {
  /** Active salts: one normally, two during a rotation. */
  salts: readonly string[];
  /** The operator's clock, epoch milliseconds. */
  nowMs: number;
  /** Accepted |now − timestamp| in seconds; default 30. */
  windowSeconds?: number;
  /** Refuse calls whose Standard Webhooks body signature does not verify; default false. */
  requireBodySignature?: boolean;
  /** Default 65 536. */
  maxBodyBytes?: number;
}

export type Verdict =
  | { ok: true; request: WalletRequest; fields: Record<string, unknown>; fingerprint: string }
  | { ok: false; code: ErrorCode; message: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The operator's whole gate for one callback, in the protocol's order, so that the same bad
 * request always yields the same code: size → strict JSON → `key` (INVALID_KEY) → body
 * signature if required (INVALID_KEY) → timestamp is an integer (INVALID_REQUEST) → window
 * (TIMESTAMP_EXPIRED; exactly `windowSeconds` away is accepted) → field shapes
 * (INVALID_REQUEST). A refused call must not be recorded. On success it returns the typed
 * request, the raw fields (extras included) and the idempotency fingerprint.
 * Messages describe the request's form only, never a player.
 *
 * @example
 * const verdict = verifyWalletRequest(rawBody, req.headers, { salts: [salt], nowMs: Date.now() });
 * if (!verdict.ok) return reply.send(errorResponse(verdict.code, verdict.message));
 */
export function verifyWalletRequest(
  rawBody: string | Uint8Array,
  headers: HeaderBag,
  options: VerifyOptions,
): Verdict {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const size = typeof rawBody === "string" ? Buffer.byteLength(rawBody, "utf8") : rawBody.byteLength;
  if (size > maxBodyBytes) return refuse("INVALID_REQUEST", `body larger than ${maxBodyBytes} bytes`);

  let text: string;
  try {
    text = typeof rawBody === "string" ? rawBody : decoder.decode(rawBody);
  } catch {
    return refuse("INVALID_REQUEST", "body is not valid UTF-8");
  }
  const parsed = parseStrictJsonObject(text);
  if (!parsed.ok) return refuse("INVALID_REQUEST", parsed.message);
  const fields = parsed.value;
  const timestamp = Object.hasOwn(fields, "timestamp") ? fields.timestamp : undefined;

  if (!keyMatches(Object.hasOwn(fields, "key") ? fields.key : undefined, timestamp, options.salts)) {
    return refuse("INVALID_KEY", "key does not match");
  }
  if (options.requireBodySignature === true && !verifyBodySignature(headers, rawBody, options.salts)) {
    return refuse("INVALID_KEY", "body signature does not match");
  }
  if (
    typeof timestamp !== "number" ||
    !Number.isSafeInteger(timestamp) ||
    parsed.nonIntegerLiterals.has("timestamp")
  ) {
    return refuse("INVALID_REQUEST", "timestamp must be an integer number of unix seconds");
  }
  const windowSeconds = options.windowSeconds ?? DEFAULT_WINDOW_SECONDS;
  if (Math.abs(Math.floor(options.nowMs / 1000) - timestamp) > windowSeconds) {
    return refuse("TIMESTAMP_EXPIRED", `timestamp is more than ${windowSeconds} seconds from now`);
  }

  const shaped = parseWalletRequestFields(fields, parsed.nonIntegerLiterals);
  if (!shaped.ok) return refuse(shaped.code, shaped.message);
  return { ok: true, request: shaped.request, fields, fingerprint: requestFingerprint(fields) };
}

function refuse(code: ErrorCode, message: string): Verdict {
  return { ok: false, code, message };
}
