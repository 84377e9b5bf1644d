import { hash, timingSafeEqual } from "node:crypto";
import { KEY_PATTERN } from "../parsing/field-rules.ts";

/**
 * The request `key`: `md5(String(timestamp) + salt)` as 32 lowercase hex characters.
 * MD5 is the protocol's historical choice; it proves knowledge of the salt, nothing more
 * (the body signature covers the body).
 *
 * @example
 * computeKey(1767225600, "salt"); // 32 lowercase hex characters
 */
export function computeKey(timestamp: number, salt: string): string {
  // crypto.hash: one call, no Hash object (two keys per round on the platform's hot path).
  return hash("md5", String(timestamp) + salt, "hex");
}

/**
 * Whether `key` is the key of `timestamp` under any of `salts` (several during a rotation).
 * Timing-safe: every salt is compared with `crypto.timingSafeEqual`, without stopping at the
 * first match. False unless `key` is 32 lowercase hex characters and `timestamp` is a number
 * or a string (a string timestamp can match; the shape check refuses it afterwards).
 *
 * @example
 * keyMatches(computeKey(1767225600, "new"), 1767225600, ["old", "new"]); // true
 * keyMatches("ABC", 1767225600, ["old"]); // false
 */
export function keyMatches(key: unknown, timestamp: unknown, salts: readonly string[]): boolean {
  if (typeof key !== "string" || !KEY_PATTERN.test(key)) return false;
  if (typeof timestamp !== "number" && typeof timestamp !== "string") return false;
  const given = Buffer.from(key, "utf8");
  const text = String(timestamp);
  let matched = false;
  for (const salt of salts) {
    const expected = Buffer.from(hash("md5", text + salt, "hex"), "utf8");
    // Both are 32 bytes here (KEY_PATTERN above), as timingSafeEqual requires.
    if (timingSafeEqual(given, expected)) matched = true;
  }
  return matched;
}
