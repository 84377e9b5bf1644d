import { hash } from "node:crypto";

/** Fields that change on every attempt of the same call and so are not its content. */
const NOT_CONTENT: ReadonlySet<string> = new Set(["timestamp", "key"]);

/**
 * The idempotency fingerprint of a request: SHA-256 (lowercase hex) of its canonical JSON —
 * keys sorted by UTF-16 code units at every depth, no whitespace — over every field except
 * `timestamp` and `key`. Unknown extra fields are part of the content: a retry must resend
 * them unchanged. Two attempts of one call have the same fingerprint; a `call_id` reused with
 * another fingerprint is a `DUPLICATE_CONFLICT`.
 *
 * @example
 * requestFingerprint({ call_id: "c1", amount: 250, timestamp: 1, key: "a" }) ===
 *   requestFingerprint({ amount: 250, call_id: "c1", timestamp: 2, key: "b" }); // true
 */
export function requestFingerprint(fields: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const name of Object.keys(fields).sort()) {
    if (NOT_CONTENT.has(name)) continue;
    const value = fields[name];
    if (value === undefined) continue;
    parts.push(`${JSON.stringify(name)}:${canonicalJson(value)}`);
  }
  return hash("sha256", `{${parts.join(",")}}`, "hex");
}

/**
 * Canonical JSON of a JSON value: object keys sorted recursively, no whitespace. Builds the text
 * directly instead of a sorted copy, so a `"__proto__"` key cannot reach a prototype setter.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, { d: null, c: "x" }] }); // '{"a":[true,{"c":"x","d":null}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  }
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const name of Object.keys(record).sort()) {
      const item = record[name];
      if (item === undefined) continue;
      parts.push(`${JSON.stringify(name)}:${canonicalJson(item)}`);
    }
    return `{${parts.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
