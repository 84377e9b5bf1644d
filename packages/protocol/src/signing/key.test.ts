import assert from "node:assert/strict";
import crypto, { createHash } from "node:crypto";
import { syncBuiltinESMExports } from "node:module";
import { describe, it, mock } from "node:test";
import { computeKey, keyMatches } from "./key.ts";

describe("computeKey", () => {
  it("is md5(String(timestamp) + salt) in lowercase hex", () => {
    const expected = createHash("md5").update("1767225600s3cr3t").digest("hex");
    assert.equal(computeKey(1767225600, "s3cr3t"), expected);
    assert.match(expected, /^[0-9a-f]{32}$/);
    assert.equal(computeKey(1, "é"), createHash("md5").update(Buffer.from("1é", "utf8")).digest("hex"));
  });
});

describe("keyMatches", () => {
  const ts = 1767225600;
  const key = computeKey(ts, "new");

  it("matches any active salt, and a string timestamp of the same text", () => {
    assert.equal(keyMatches(key, ts, ["new"]), true);
    assert.equal(keyMatches(key, ts, ["old", "new"]), true);
    assert.equal(keyMatches(key, String(ts), ["new"]), true);
  });

  it("refuses wrong keys, wrong timestamps, bad shapes and an empty salt list", () => {
    assert.equal(keyMatches(key, ts, ["old"]), false);
    assert.equal(keyMatches(key, ts, []), false);
    assert.equal(keyMatches(key, ts + 1, ["new"]), false);
    assert.equal(keyMatches(key.toUpperCase(), ts, ["new"]), false);
    assert.equal(keyMatches(` ${key}`, ts, ["new"]), false);
    assert.equal(keyMatches(key.slice(1), ts, ["new"]), false);
    for (const bad of [undefined, null, 5, {}, [key]]) assert.equal(keyMatches(bad, ts, ["new"]), false);
    for (const bad of [undefined, null, true, {}, [ts]]) assert.equal(keyMatches(key, bad, ["new"]), false);
  });

  it("compares with crypto.timingSafeEqual against every salt, without stopping at a match", (t) => {
    const spy = mock.method(crypto, "timingSafeEqual");
    syncBuiltinESMExports();
    t.after(() => {
      spy.mock.restore();
      syncBuiltinESMExports();
    });
    assert.equal(keyMatches(key, ts, ["new", "old", "older"]), true);
    assert.equal(spy.mock.callCount(), 3);
  });
});
