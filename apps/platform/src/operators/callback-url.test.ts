import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkCallbackUrl, isPrivateAddress } from "./callback-url.ts";

describe("callback URLs", () => {
  test("http(s) only, no credentials or fragments, bounded length", () => {
    const ok = checkCallbackUrl("https://wallet.example.com/croupier?env=sandbox", {
      allowPrivateNetworks: false,
    });
    assert.deepEqual(ok, { ok: true, url: "https://wallet.example.com/croupier?env=sandbox" });
    for (const url of [
      "ftp://wallet.example.com/",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "wallet.example.com/path",
      "https://user:secret@wallet.example.com/",
      "https://wallet.example.com/#frag",
      `https://wallet.example.com/${"a".repeat(3000)}`,
    ]) {
      assert.equal(checkCallbackUrl(url, { allowPrivateNetworks: true }).ok, false, url);
    }
  });

  test("private and loopback targets are refused unless allowed", () => {
    for (const url of [
      "http://127.0.0.1:8080/",
      "http://localhost/",
      "http://10.1.2.3/",
      "http://192.168.0.10/",
      "http://172.20.0.1/",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/",
      "http://[fd00::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://0.0.0.0/",
    ]) {
      assert.equal(checkCallbackUrl(url, { allowPrivateNetworks: false }).ok, false, url);
      assert.equal(checkCallbackUrl(url, { allowPrivateNetworks: true }).ok, true, url);
    }
    assert.equal(isPrivateAddress("8.8.8.8"), false);
    assert.equal(isPrivateAddress("2001:4860:4860::8888"), false);
    assert.equal(isPrivateAddress("::ffff:10.0.0.1"), true);
    assert.equal(isPrivateAddress("::ffff:7f00:1"), true);
    assert.equal(isPrivateAddress("::ffff:808:808"), false);
    assert.equal(isPrivateAddress("93.184.216.34"), false);
  });
});
