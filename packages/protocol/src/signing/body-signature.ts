import { createHmac, timingSafeEqual } from "node:crypto";
import { singleHeader, type HeaderBag } from "../messages/header-bag.ts";

/** Most signatures one `webhook-signature` header may list; more is refused (a limit on everything). */
export const MAX_SIGNATURES = 8;

/**
 * The `webhook-signature` value of a call in the Standard Webhooks form:
 * `v1,<base64 HMAC-SHA256(salt, "<callId>.<timestamp>.<raw body>")>`, the HMAC key being the
 * salt's UTF-8 bytes and the body its exact bytes on the wire.
 *
 * @example
 * bodySignature("c1", 1767225600, '{"action":"balance"}', "salt"); // "v1,…base64…"
 */
export function bodySignature(
  callId: string,
  timestamp: number | string,
  rawBody: string | Uint8Array,
  salt: string,
): string {
  return `v1,${hmac(callId, String(timestamp), rawBody, salt).toString("base64")}`;
}

/**
 * Verifies the Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`)
 * over the raw body against every salt. The signature header is a space-separated list of
 * `v1,<base64>`; any entry may match. Timing-safe and without early exit. False when a header
 * is missing. The signed id and timestamp are the header values, exactly as sent.
 *
 * @example
 * const headers = { "webhook-id": "c1", "webhook-timestamp": "1767225600",
 *   "webhook-signature": bodySignature("c1", 1767225600, body, "salt") };
 * verifyBodySignature(headers, body, ["salt"]); // true
 */
export function verifyBodySignature(
  headers: HeaderBag,
  rawBody: string | Uint8Array,
  salts: readonly string[],
): boolean {
  const id = singleHeader(headers, "webhook-id");
  const timestamp = singleHeader(headers, "webhook-timestamp");
  const signatureHeader = headers["webhook-signature"];
  if (id === undefined || timestamp === undefined || signatureHeader === undefined) return false;
  const listed = (typeof signatureHeader === "string" ? [signatureHeader] : signatureHeader)
    .flatMap((value) => value.split(" "))
    .filter((entry) => entry.length > 0);
  if (listed.length === 0 || listed.length > MAX_SIGNATURES) return false;
  const given = listed
    .filter((entry) => entry.startsWith("v1,"))
    .map((entry) => Buffer.from(entry.slice(3), "utf8"));
  let matched = false;
  for (const salt of salts) {
    const expected = Buffer.from(hmac(id, timestamp, rawBody, salt).toString("base64"), "utf8");
    for (const candidate of given) {
      if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) matched = true;
    }
  }
  return matched;
}

function hmac(id: string, timestamp: string, rawBody: string | Uint8Array, salt: string): Buffer {
  // A string key and string data are taken as UTF-8; this is also several times faster than
  // converting them to Buffers first.
  const mac = createHmac("sha256", salt).update(`${id}.${timestamp}.`, "utf8");
  return (typeof rawBody === "string" ? mac.update(rawBody, "utf8") : mac.update(rawBody)).digest();
}
