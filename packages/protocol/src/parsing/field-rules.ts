/**
 * The shape rules of single request fields, shared by the request parser and the schemas.
 * Lengths count Unicode code points, the way most other languages count "characters".
 */

/** `call_id` and `rb_call_id`: 1–64 of `[A-Za-z0-9_-]`. */
export const CALL_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Three upper-case ASCII letters (membership in ISO 4217 is the operator's business). */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** The `key` of a request as the protocol defines it. */
export const KEY_PATTERN = /^[0-9a-f]{32}$/;

export const MAX_PLAYER_ID_LENGTH = 64;
export const MAX_ID_LENGTH = 128;

/**
 * A string of 1–`max` code points, well-formed UTF-16 (no lone surrogates, so it survives a
 * round trip through UTF-8) and free of control characters: C0 (U+0000–U+001F), DEL (U+007F)
 * and C1 (U+0080–U+009F). Ids end up in logs, reports and SQL; control characters there are
 * never legitimate and sometimes an attack.
 *
 * @example
 * isCleanText("player-42", 64); // true
 * isCleanText("a\u0085b", 64);  // false (C1 control)
 */
export function isCleanText(value: unknown, max: number): value is string {
  if (typeof value !== "string" || value.length === 0) return false;
  // A code point is one or two UTF-16 units, so only the middle band needs counting.
  if (value.length > max * 2) return false;
  if (value.length > max && codePointCount(value) > max) return false;
  if (!value.isWellFormed()) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) return false;
  }
  return true;
}

function codePointCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}
