import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { describe, test } from "node:test";
import {
  computeSignature,
  readSignatureHeaders,
  signatureMatches,
  signGatewayRequest,
  timestampFresh,
  type SignedParts,
} from "./signature.ts";

const parts: SignedParts = {
  method: "POST",
  path: "/gateway/v1/bet",
  timestamp: "1767225600",
  body: '{"amount":100}',
};

describe("gateway request signatures", () => {
  test("the signature is HMAC-SHA256 over scheme, method, path, timestamp and the raw body", () => {
    const expected = createHmac("sha256", "s3cret")
      .update('v1\nPOST\n/gateway/v1/bet\n1767225600\n{"amount":100}')
      .digest("hex");
    assert.equal(computeSignature("s3cret", parts), expected);
    const headers = signGatewayRequest(
      { keyId: "gwk_1", secret: "s3cret" },
      { method: "post", path: parts.path, body: parts.body as string, timestampSeconds: 1767225600 },
    );
    assert.deepEqual(headers, {
      "x-croupier-key-id": "gwk_1",
      "x-croupier-timestamp": "1767225600",
      "x-croupier-signature": `v1=${expected}`,
    });
  });

  test("any change of secret, method, path, timestamp or body breaks it", () => {
    const signature = computeSignature("s3cret", parts);
    assert.equal(signatureMatches("s3cret", parts, signature), true);
    assert.equal(signatureMatches("other", parts, signature), false);
    for (const changed of [
      { ...parts, method: "PUT" },
      { ...parts, path: "/gateway/v1/win" },
      { ...parts, timestamp: "1767225601" },
      { ...parts, body: '{"amount":900}' },
      { ...parts, body: '{"amount":100} ' },
    ]) {
      assert.equal(signatureMatches("s3cret", changed, signature), false, JSON.stringify(changed));
    }
    assert.equal(signatureMatches("s3cret", parts, signature.slice(0, 62)), false, "short signature");
  });

  test("headers must all be present and well-formed", () => {
    const good = {
      "x-croupier-key-id": "gwk_1",
      "x-croupier-timestamp": "1767225600",
      "x-croupier-signature": `v1=${"a".repeat(64)}`,
    };
    assert.deepEqual(readSignatureHeaders(good), {
      keyId: "gwk_1",
      timestamp: "1767225600",
      signatureHex: "a".repeat(64),
    });
    for (const bad of [
      { ...good, "x-croupier-key-id": undefined },
      { ...good, "x-croupier-timestamp": "17672256.5" },
      { ...good, "x-croupier-signature": `v2=${"a".repeat(64)}` },
      { ...good, "x-croupier-signature": `v1=${"A".repeat(64)}` },
      { ...good, "x-croupier-key-id": "gwk 1" },
      { ...good, "x-croupier-key-id": ["a", "b"] },
    ]) {
      assert.equal(readSignatureHeaders(bad), undefined, JSON.stringify(bad));
    }
  });

  test("timestamps are accepted within the window, past or future", () => {
    const nowMs = 1_767_225_600_000;
    assert.equal(timestampFresh("1767225630", nowMs, 30), true);
    assert.equal(timestampFresh("1767225570", nowMs, 30), true);
    assert.equal(timestampFresh("1767225631", nowMs, 30), false);
    assert.equal(timestampFresh("1767225569", nowMs, 30), false);
  });
});
