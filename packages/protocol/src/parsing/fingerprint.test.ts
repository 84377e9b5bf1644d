import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import fc from "fast-check";
import { canonicalJson, requestFingerprint } from "./fingerprint.ts";

const reverseKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reverseKeys)
    : typeof value === "object" && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reverseKeys(v)]),
        )
      : value;

describe("requestFingerprint", () => {
  it("is sha256 of the sorted canonical JSON without timestamp and key", () => {
    const expected = createHash("sha256")
      .update('{"a":[2,{"x":1,"y":null}],"amount":250,"b":"é"}')
      .digest("hex");
    assert.equal(
      requestFingerprint({ b: "é", timestamp: 5, amount: 250, key: "k", a: [2, { y: null, x: 1 }] }),
      expected,
    );
  });

  it("ignores timestamp, key and key order; sees every other field, extras included", () => {
    const base = { call_id: "c1", amount: 250, extra: { z: 1 } };
    const fp = requestFingerprint({ ...base, timestamp: 1, key: "a" });
    assert.equal(
      requestFingerprint({ key: "b", timestamp: 2, extra: { z: 1 }, amount: 250, call_id: "c1" }),
      fp,
    );
    assert.notEqual(requestFingerprint({ ...base, amount: 251 }), fp);
    assert.notEqual(requestFingerprint({ ...base, extra: { z: 2 } }), fp);
    assert.notEqual(requestFingerprint({ ...base, more: true }), fp);
    assert.notEqual(requestFingerprint({ ...base, amount: "250" }), fp);
  });

  it("is independent of key order at every depth", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (object) => {
        const reversed = reverseKeys(object) as Record<string, unknown>;
        assert.equal(requestFingerprint(reversed), requestFingerprint(object));
        assert.deepEqual(JSON.parse(canonicalJson(object)), JSON.parse(JSON.stringify(object)));
      }),
    );
  });

  it("handles a __proto__ field as content without touching prototypes", () => {
    const fields = JSON.parse('{"__proto__":{"x":1},"a":1}') as Record<string, unknown>;
    assert.equal(canonicalJson(fields), '{"__proto__":{"x":1},"a":1}');
    assert.notEqual(requestFingerprint(fields), requestFingerprint({ a: 1 }));
  });
});
