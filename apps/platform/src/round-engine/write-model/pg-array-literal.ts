/**
 * PostgreSQL array literals for the rows the write batch inlines into its SQL
 * (postgres-batch-store.ts explains why rows travel as literals, not parameters).
 *
 * This is the batch's largest allocation: every string of every row (the attempts' request and
 * response bodies among them) is quoted twice, once as an array element and once as a literal.
 * pg's `escapeLiteral` builds its result one character at a time, a new string per character:
 * it was 30 % of the bytes the platform allocated per round (a sampling heap profile during the
 * bench), and so a good share of its garbage collection. `quoteLiteral` gives the same text
 * (tested against it) with one native replace.
 */
import type { SqlType } from "./batch-tables.ts";

const QUOTE_OR_BACKSLASH = /['\\]/g;
const ELEMENT_SPECIAL = /[\\"]/g;

/**
 * `'it''s'`, or ` E'a\\b'` when the text holds a backslash: exactly pg's `escapeLiteral` (quotes
 * and backslashes doubled; the E form so that the doubled backslashes read as one whatever
 * `standard_conforming_strings` says).
 */
export function quoteLiteral(text: string): string {
  const quoted = `'${text.replace(QUOTE_OR_BACKSLASH, "$&$&")}'`;
  return text.includes("\\") ? ` E${quoted}` : quoted;
}

/**
 * `'{"a","b\\"c",NULL,7}'` for `["a", 'b"c', null, 7]`: an array literal of text, safe integers or
 * NULLs (every string element quoted, so the string "NULL" stays a string).
 */
export function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((value) => {
    if (value === null || value === undefined) return "NULL";
    if (typeof value === "number") {
      if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
      return String(value);
    }
    if (typeof value !== "string") throw new TypeError(`cannot write a ${typeof value} in a batch`);
    return `"${value.replace(ELEMENT_SPECIAL, "\\$&")}"`;
  });
  return quoteLiteral(`{${elements.join(",")}}`);
}

/** A PostgreSQL array of `type` holding `values`: `'{…}'::text[]`. */
export function arrayOf(values: readonly unknown[], type: SqlType): string {
  return `${arrayLiteral(values)}::${type}[]`;
}
