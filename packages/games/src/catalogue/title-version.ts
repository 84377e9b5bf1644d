import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted at every level and no whitespace: the same definition gives the
 * same text whatever order its file lists keys in.
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The version of a title definition: `sha256:` and the hex SHA-256 of its canonical JSON. Any
 * edit of its maths (pay table, reels, lines, rules, limits) gives another version; a round
 * stores the version it was played with so that its replay uses the same maths.
 *
 * @example
 * titleVersion(loadTitle("keno-ten").game.title); // "sha256:3f1c…"
 */
export function titleVersion(definition: unknown): string {
  return `sha256:${createHash("sha256").update(canonicalJson(definition), "utf8").digest("hex")}`;
}
