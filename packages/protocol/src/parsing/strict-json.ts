/**
 * Strict JSON for callback bodies.
 *
 * `JSON.parse` silently keeps the last of two duplicate keys (so `{"amount":1,"amount":900}`
 * could mean different things to a signer and a verifier written in other languages) and
 * cannot tell `250.0` from `250`. One linear pass over the text finds both, plus the nesting
 * depth; `JSON.parse` then does the grammar and the values. The scanner is deliberately loose
 * about grammar: anything it misreads is invalid JSON, which `JSON.parse` refuses anyway.
 */

/** Deepest nesting accepted; the top-level object is depth 1. */
export const MAX_JSON_DEPTH = 32;

export type StrictJsonResult =
  | { ok: true; value: Record<string, unknown>; nonIntegerLiterals: ReadonlySet<string> }
  | { ok: false; message: string };

interface Frame {
  /** Keys already seen in this object; null for an array. */
  readonly keys: Set<string> | null;
  /** In an object: the next string is a key (after `{` or `,`). */
  expectingKey: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Parses a body that must be one JSON object, refusing duplicate keys at any depth and nesting
 * deeper than {@link MAX_JSON_DEPTH}. `nonIntegerLiterals` names the top-level keys whose value
 * is a number written with a fraction or an exponent, so that `250.0` can be refused as an amount.
 * A `"__proto__"` key becomes an ordinary own property (as `JSON.parse` does); nothing is polluted.
 *
 * @example
 * const r = parseStrictJsonObject('{"amount":250.0,"call_id":"c1"}');
 * if (r.ok) r.nonIntegerLiterals.has("amount"); // true
 * parseStrictJsonObject('{"a":1,"a":2}'); // { ok: false, message: "duplicate key \"a\"" }
 */
export function parseStrictJsonObject(raw: string): StrictJsonResult {
  const scanned = scan(raw);
  if (typeof scanned === "string") return { ok: false, message: scanned };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, message: "body is not valid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: "body must be a JSON object" };
  }
  return { ok: true, value: value as Record<string, unknown>, nonIntegerLiterals: scanned };
}

/** Returns the non-integer top-level keys, or an error message. */
function scan(s: string): Set<string> | string {
  const nonInteger = new Set<string>();
  const stack: Frame[] = [];
  let topLevelKey: string | undefined;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= MAX_JSON_DEPTH) return `JSON nesting deeper than ${MAX_JSON_DEPTH}`;
      stack.push({ keys: c === 0x7b ? new Set() : null, expectingKey: c === 0x7b });
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectingKey = true;
      i++;
    } else if (c === QUOTE) {
      const end = stringEnd(s, i);
      if (end < 0) return "body is not valid JSON";
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectingKey) {
        const key = decodeKey(s, i, end);
        if (key === undefined) return "body is not valid JSON";
        if (top.keys.has(key))
          return `duplicate key ${JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}…` : key)}`;
        top.keys.add(key);
        top.expectingKey = false;
        if (stack.length === 1) topLevelKey = key;
      }
      i = end + 1;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      let fractional = false;
      i++;
      for (; i < n; i++) {
        const d = s.charCodeAt(i);
        if (d === 0x2e /* . */ || d === 0x65 /* e */ || d === 0x45 /* E */) fractional = true;
        else if (!((d >= 0x30 && d <= 0x39) || d === 0x2b || d === 0x2d)) break;
      }
      if (fractional && stack.length === 1 && topLevelKey !== undefined) nonInteger.add(topLevelKey);
    } else {
      // whitespace, ':', the letters of true/false/null, or garbage that JSON.parse will refuse
      i++;
    }
  }
  return nonInteger;
}

/** Index of the closing quote of the string opening at `start`, or -1. Linear overall. */
function stringEnd(s: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const q = s.indexOf('"', from);
    if (q < 0) return -1;
    let backslashes = 0;
    for (let b = q - 1; b > start && s.charCodeAt(b) === BACKSLASH; b--) backslashes++;
    if (backslashes % 2 === 0) return q;
    from = q + 1;
  }
}

/** The key's value, decoding escapes so that `"\u0061"` and `"a"` count as the same key. */
function decodeKey(s: string, start: number, end: number): string | undefined {
  const body = s.slice(start + 1, end);
  if (!body.includes("\\")) return body;
  try {
    return JSON.parse(s.slice(start, end + 1)) as string;
  } catch {
    return undefined;
  }
}
