import assert from "node:assert/strict";
import { test } from "node:test";
import { loadTitle } from "../index.ts";
import { canonicalJson, titleVersion } from "./title-version.ts";

test("canonical JSON ignores key order; the version changes with any change of the maths", () => {
  assert.equal(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }), '{"a":[2,{"c":4,"d":3}],"b":1}');
  assert.equal(titleVersion({ b: 1, a: 2 }), titleVersion({ a: 2, b: 1 }));
  const r = loadTitle("keno-ten");
  assert.ok(r.ok);
  const version = titleVersion(r.game.title);
  assert.match(version, /^sha256:[0-9a-f]{64}$/);
  // Keno Ten pays 100,000× for ten hits; one more is another version.
  const edited = structuredClone(r.game.title) as unknown as { pays: Record<string, number> };
  edited.pays["10"] = (edited.pays["10"] ?? 0) + 1;
  assert.notEqual(titleVersion(edited), version);
});
