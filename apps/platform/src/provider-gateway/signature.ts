import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Request signing of the provider gateway. A studio signs every request with its key's secret:
 *
 *     X-Croupier-Key-Id:    gwk_…
 *     X-Croupier-Timestamp: <unix seconds>
 *     X-Croupier-Signature: v1=<lowercase hex HMAC-SHA256(secret, payload)>
 *
 * where payload is the bytes of `v1\n<METHOD>\n<path with query>\n<timestamp>\n` followed by the
 * raw body exactly as sent. The signature covers what the request does (method, path), when
 * (timestamp, accepted within a window) and every byte of the body; the body's own transaction
 * id makes a replay inside the window return the stored answer instead of acting twice.
 */
export const GATEWAY_HEADERS = {
  keyId: "x-croupier-key-id",
  timestamp: "x-croupier-timestamp",
  signature: "x-croupier-signature",
} as const;

export const SIGNATURE_SCHEME = "v1";
/** Accepted distance between the signer's clock and ours, either way (the wallet protocol's 30 s). */
export const DEFAULT_SIGNATURE_WINDOW_SECONDS = 30;

const SIGNATURE_HEADER_PATTERN = /^v1=([0-9a-f]{64})$/;
const TIMESTAMP_PATTERN = /^[0-9]{1,12}$/;
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface SignedParts {
  readonly method: string;
  /** Path and query exactly as requested (`/gateway/v1/bet`). */
  readonly path: string;
  /** Unix seconds, as the decimal text sent in the header. */
  readonly timestamp: string;
  readonly body: Uint8Array | string;
}

/** The bytes that are signed. */
export function signaturePayload(parts: SignedParts): Buffer {
  const head = Buffer.from(
    `${SIGNATURE_SCHEME}\n${parts.method.toUpperCase()}\n${parts.path}\n${parts.timestamp}\n`,
    "utf8",
  );
  const body = typeof parts.body === "string" ? Buffer.from(parts.body, "utf8") : Buffer.from(parts.body);
  return Buffer.concat([head, body]);
}

/** HMAC-SHA256 of the payload, lowercase hex. */
export function computeSignature(secret: string, parts: SignedParts): string {
  return createHmac("sha256", secret).update(signaturePayload(parts)).digest("hex");
}

/**
 * The headers a studio sends (studios' SDKs and our tests use this).
 *
 * @example
 * const body = JSON.stringify({ session_token, transaction_id: "t1", round_id: "r1", amount: 100 });
 * const headers = signGatewayRequest({ keyId, secret }, { method: "POST", path: "/gateway/v1/bet", body,
 *   timestampSeconds: Math.floor(Date.now() / 1000) });
 */
export function signGatewayRequest(
  key: { readonly keyId: string; readonly secret: string },
  request: {
    readonly method: string;
    readonly path: string;
    readonly body: string;
    readonly timestampSeconds: number;
  },
): Record<string, string> {
  const timestamp = String(request.timestampSeconds);
  return {
    [GATEWAY_HEADERS.keyId]: key.keyId,
    [GATEWAY_HEADERS.timestamp]: timestamp,
    [GATEWAY_HEADERS.signature]: `${SIGNATURE_SCHEME}=${computeSignature(key.secret, { ...request, timestamp })}`,
  };
}

export interface SignatureHeaders {
  readonly keyId: string;
  readonly timestamp: string;
  readonly signatureHex: string;
}

/** The three headers, well-formed, or undefined. */
export function readSignatureHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): SignatureHeaders | undefined {
  const keyId = headers[GATEWAY_HEADERS.keyId];
  const timestamp = headers[GATEWAY_HEADERS.timestamp];
  const signature = headers[GATEWAY_HEADERS.signature];
  if (typeof keyId !== "string" || typeof timestamp !== "string" || typeof signature !== "string")
    return undefined;
  const match = SIGNATURE_HEADER_PATTERN.exec(signature);
  if (!KEY_ID_PATTERN.test(keyId) || !TIMESTAMP_PATTERN.test(timestamp) || match === null) return undefined;
  return { keyId, timestamp, signatureHex: match[1] as string };
}

/** Whether `signatureHex` is the signature of the parts under `secret`; constant time in the signature. */
export function signatureMatches(secret: string, parts: SignedParts, signatureHex: string): boolean {
  const expected = Buffer.from(computeSignature(secret, parts), "hex");
  const given = Buffer.from(signatureHex, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Whether a timestamp (unix seconds) is within `windowSeconds` of `nowMs`, past or future. */
export function timestampFresh(timestamp: string, nowMs: number, windowSeconds: number): boolean {
  return Math.abs(Math.floor(nowMs / 1000) - Number(timestamp)) <= windowSeconds;
}
