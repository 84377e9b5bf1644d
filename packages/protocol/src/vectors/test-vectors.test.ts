import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { verifyWalletRequest } from "../signing/verify-request.ts";
import { buildTestVectorsFile } from "./generate-test-vectors.ts";
import { loadTestVectors, testVectorsUrl } from "./test-vectors.ts";

const vectors = loadTestVectors();

describe("test vectors", () => {
  it("cover the brief's cases, with unique names", () => {
    assert.ok(vectors.length >= 40, `only ${vectors.length} vectors`);
    assert.equal(new Set(vectors.map((v) => v.name)).size, vectors.length);
    assert.ok(vectors.some((v) => "ok" in v.expected));
    for (const code of ["INVALID_KEY", "TIMESTAMP_EXPIRED", "INVALID_REQUEST"]) {
      assert.ok(
        vectors.some((v) => "code" in v.expected && v.expected.code === code),
        code,
      );
    }
  });

  it("the committed file is what `npm run vectors` generates", async () => {
    assert.equal(readFileSync(testVectorsUrl, "utf8"), await buildTestVectorsFile());
  });

  for (const vector of vectors) {
    it(`${vector.name}: ${"ok" in vector.expected ? "ok" : vector.expected.code}`, () => {
      const options = {
        salts: vector.salts,
        nowMs: vector.now * 1000,
        windowSeconds: vector.window_seconds,
        requireBodySignature: vector.require_body_signature,
      };
      for (const body of [vector.body, Buffer.from(vector.body, "utf8")]) {
        const verdict = verifyWalletRequest(body, vector.headers, options);
        if ("ok" in vector.expected) assert.ok(verdict.ok, verdict.ok ? "" : verdict.message);
        else assert.equal(verdict.ok ? "ok" : verdict.code, vector.expected.code);
      }
    });
  }
});
