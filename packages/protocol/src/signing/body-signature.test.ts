import assert from "node:assert/strict";
import crypto, { createHmac } from "node:crypto";
import { syncBuiltinESMExports } from "node:module";
import { describe, it, mock } from "node:test";
import { bodySignature, verifyBodySignature } from "./body-signature.ts";

const body = '{"action":"balance","call_id":"c1","player_id":"jürgen"}';
const headersFor = (salt: string, raw: string | Uint8Array = body) => ({
  "webhook-id": "c1",
  "webhook-timestamp": "1767225600",
  "webhook-signature": bodySignature("c1", 1767225600, raw, salt),
});

describe("bodySignature", () => {
  it("is v1,base64 HMAC-SHA256 keyed by the salt over id.timestamp.body", () => {
    const mac = createHmac("sha256", "salt").update(`c1.1767225600.${body}`, "utf8").digest("base64");
    assert.equal(bodySignature("c1", 1767225600, body, "salt"), `v1,${mac}`);
    assert.equal(bodySignature("c1", 1767225600, Buffer.from(body, "utf8"), "salt"), `v1,${mac}`);
    const utf8Key = createHmac("sha256", Buffer.from("sél", "utf8")).update(`c1.1.${body}`).digest("base64");
    assert.equal(bodySignature("c1", 1, body, "sél"), `v1,${utf8Key}`);
  });
});

describe("verifyBodySignature", () => {
  it("verifies over strings and bytes with any active salt", () => {
    assert.equal(verifyBodySignature(headersFor("new"), body, ["old", "new"]), true);
    assert.equal(verifyBodySignature(headersFor("new"), new TextEncoder().encode(body), ["new"]), true);
  });

  it("refuses another salt, a changed body, id or timestamp, and missing headers", () => {
    assert.equal(verifyBodySignature(headersFor("other"), body, ["new"]), false);
    assert.equal(verifyBodySignature(headersFor("new"), body.replace("c1", "c2"), ["new"]), false);
    assert.equal(verifyBodySignature({ ...headersFor("new"), "webhook-id": "c2" }, body, ["new"]), false);
    assert.equal(
      verifyBodySignature({ ...headersFor("new"), "webhook-timestamp": "1767225601" }, body, ["new"]),
      false,
    );
    for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"] as const) {
      const { [name]: _gone, ...rest } = headersFor("new");
      assert.equal(verifyBodySignature(rest, body, ["new"]), false, name);
    }
    assert.equal(verifyBodySignature(headersFor("new"), body, []), false);
  });

  it("accepts one valid signature among several, in one header or repeated headers", () => {
    const good = headersFor("new")["webhook-signature"];
    const listed = { ...headersFor("new"), "webhook-signature": `v1,bm9wZQ== v2,xyz ${good}` };
    assert.equal(verifyBodySignature(listed, body, ["new"]), true);
    const repeated = { ...headersFor("new"), "webhook-signature": ["v1,bm9wZQ==", good] };
    assert.equal(verifyBodySignature(repeated, body, ["new"]), true);
    const unversioned = { ...headersFor("new"), "webhook-signature": good.slice(3) };
    assert.equal(verifyBodySignature(unversioned, body, ["new"]), false);
    const tooMany = { ...headersFor("new"), "webhook-signature": `${"v1,x ".repeat(8)}${good}` };
    assert.equal(verifyBodySignature(tooMany, body, ["new"]), false);
  });

  it("treats a repeated webhook-id as missing", () => {
    const headers = { ...headersFor("new"), "webhook-id": ["c1", "c1"] };
    assert.equal(verifyBodySignature(headers, body, ["new"]), false);
  });

  it("compares with timingSafeEqual for every salt and candidate", (t) => {
    const spy = mock.method(crypto, "timingSafeEqual");
    syncBuiltinESMExports();
    t.after(() => {
      spy.mock.restore();
      syncBuiltinESMExports();
    });
    const good = headersFor("b")["webhook-signature"];
    const headers = {
      ...headersFor("b"),
      "webhook-signature": `${headersFor("a")["webhook-signature"]} ${good}`,
    };
    assert.equal(verifyBodySignature(headers, body, ["a", "b"]), true);
    assert.equal(spy.mock.callCount(), 4);
  });
});
