import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { MAX_JSON_DEPTH, parseStrictJsonObject } from "./strict-json.ts";

const refused = (raw: string) => {
  const result = parseStrictJsonObject(raw);
  assert.equal(result.ok, false, `should refuse ${raw.slice(0, 80)}`);
  return result.ok ? "" : result.message;
};

describe("parseStrictJsonObject", () => {
  it("parses an object and reports non-integer number literals at the top level only", () => {
    const result = parseStrictJsonObject(
      '{"a":250.0,"b":2.5e2,"c":1E3,"d":250,"e":-0,"f":[1.5],"g":{"h":2.5},"i":"3.5","j":-1.25}',
    );
    assert.ok(result.ok);
    assert.deepEqual([...result.nonIntegerLiterals].sort(), ["a", "b", "c", "j"]);
    assert.equal(result.value.a, 250);
  });

  it("refuses what is not one JSON object", () => {
    for (const raw of [
      "",
      " ",
      "[]",
      "[{}]",
      "null",
      "1",
      '"x"',
      "true",
      "{",
      '{"a":1',
      '{"a":1}x',
      "{'a':1}",
    ]) {
      refused(raw);
    }
    assert.equal(refused("[1]"), "body must be a JSON object");
    assert.equal(refused('{"a":}'), "body is not valid JSON");
  });

  it("refuses duplicate keys at any depth, escaped spellings included", () => {
    assert.equal(refused('{"a":1,"a":2}'), 'duplicate key "a"');
    assert.equal(refused('{"a":1,"\\u0061":2}'), 'duplicate key "a"');
    assert.equal(refused('{"x":{"y":{"z":[{"k":1,"k":1}]}}}'), 'duplicate key "k"');
    assert.match(refused(`{"${"k".repeat(500)}":1,"${"k".repeat(500)}":2}`), /^duplicate key "k{64}…"$/);
  });

  it("accepts the same key in sibling objects and keys that look alike but differ", () => {
    assert.ok(parseStrictJsonObject('{"a":{"k":1},"b":{"k":2},"c":[{"k":1},{"k":2}]}').ok);
    assert.ok(parseStrictJsonObject('{"a":1,"A":2,"a ":3,"\\"a":4}').ok);
    assert.ok(parseStrictJsonObject('{"a\\\\":1,"a":2}').ok);
  });

  it("does not take string contents for structure", () => {
    const result = parseStrictJsonObject('{"a":"{\\"a\\":1,\\"a\\":2} [[[[ 1.5","b":"\\\\","c":1}');
    assert.ok(result.ok);
    assert.equal(result.nonIntegerLiterals.size, 0);
    assert.equal(result.value.b, "\\");
  });

  it(`accepts nesting of ${MAX_JSON_DEPTH} and refuses ${MAX_JSON_DEPTH + 1}`, () => {
    const nest = (depth: number) => `{"d":${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`;
    assert.ok(parseStrictJsonObject(nest(MAX_JSON_DEPTH)).ok);
    assert.equal(refused(nest(MAX_JSON_DEPTH + 1)), `JSON nesting deeper than ${MAX_JSON_DEPTH}`);
    refused("[".repeat(100_000));
  });

  it("keeps __proto__ as an own property without polluting prototypes", () => {
    const result = parseStrictJsonObject(
      '{"__proto__":{"polluted":true},"x":{"__proto__":{"polluted":true}}}',
    );
    assert.ok(result.ok);
    assert.equal(Object.getPrototypeOf(result.value), Object.prototype);
    assert.ok(Object.hasOwn(result.value, "__proto__"));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((result.value as Record<string, unknown>).polluted, undefined);
  });

  it("agrees with JSON.parse on random JSON", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (raw) => {
        const expected: unknown = JSON.parse(raw);
        const result = parseStrictJsonObject(raw);
        const isObject = typeof expected === "object" && expected !== null && !Array.isArray(expected);
        assert.equal(result.ok, isObject);
        if (result.ok) assert.deepEqual(result.value, expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with JSON.parse on random objects pretty-printed with whitespace", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), (object) => {
        const raw = JSON.stringify(object, null, 2);
        const result = parseStrictJsonObject(raw);
        assert.ok(result.ok);
        assert.deepEqual(result.value, JSON.parse(raw));
      }),
      { numRuns: 1000 },
    );
  });

  it("finds a duplicate key injected at any depth of a random object", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 0, max: 20 }),
        fc.jsonValue({ maxDepth: 2 }),
        (key, depth, v) => {
          const inner = `{${JSON.stringify(key)}:${JSON.stringify(v)},${JSON.stringify(key)}:1}`;
          const raw = `{"w":${'{"n":'.repeat(depth)}${inner}${"}".repeat(depth)}}`;
          const result = parseStrictJsonObject(raw);
          assert.equal(result.ok, false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("flags exactly the top-level numbers written with a fraction or exponent", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const literal = JSON.stringify(n);
        const result = parseStrictJsonObject(`{"n":${literal}}`);
        assert.ok(result.ok);
        assert.equal(result.nonIntegerLiterals.has("n"), /[.eE]/.test(literal));
      }),
    );
  });
});
