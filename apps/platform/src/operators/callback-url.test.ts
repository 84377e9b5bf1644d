import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isGlobalUnicast, privateNetworksAllowed } from "../callbacks/address-policy.ts";
import { checkCallbackUrl } from "./callback-url.ts";

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
    assert.equal(isGlobalUnicast("8.8.8.8"), true);
    assert.equal(isGlobalUnicast("2001:4860:4860::8888"), true);
    assert.equal(isGlobalUnicast("93.184.216.34"), true);
    assert.equal(isGlobalUnicast("::ffff:10.0.0.1"), false);
    assert.equal(isGlobalUnicast("::ffff:7f00:1"), false);
  });

  test("only global unicast is public: IPv4 embedded in IPv6 and special-purpose ranges are refused", () => {
    for (const host of [
      "[::127.0.0.1]",
      "[::ffff:0:127.0.0.1]",
      "[64:ff9b::127.0.0.1]",
      "[64:ff9b::a00:1]",
      "[::ffff:808:808]",
      "[2002:7f00:1::]", // 6to4 of 127.0.0.1
      "[2001:0:4136:e378:8000:63bf:3fff:fdd2]", // Teredo
      "[2001:db8::1]",
      "[fe80::1]",
      "[ff02::1]",
      "192.0.2.10", // TEST-NET-1
      "198.51.100.7", // TEST-NET-2
      "203.0.113.9", // TEST-NET-3
      "192.0.0.8",
      "198.18.0.1",
      "100.64.0.1",
      "240.0.0.1",
      "255.255.255.255",
      "224.0.0.1",
      "2130706433", // 127.0.0.1 as one number: the URL parser normalises it
      "0x7f.1",
      "localhost.",
      "app.localhost",
    ]) {
      const url = `http://${host}:8080/wallet`;
      assert.equal(checkCallbackUrl(url, { allowPrivateNetworks: false }).ok, false, url);
    }
    for (const address of [
      "::127.0.0.1",
      "::ffff:0:127.0.0.1",
      "64:ff9b::127.0.0.1",
      "192.0.2.1",
      "not-an-ip",
    ]) {
      assert.equal(isGlobalUnicast(address), false, address);
    }
    assert.equal(
      checkCallbackUrl("http://[2606:4700:4700::1111]/w", { allowPrivateNetworks: false }).ok,
      true,
    );
    assert.equal(checkCallbackUrl("http://1.1.1.1/w", { allowPrivateNetworks: false }).ok, true);
  });

  test("private addresses only for sandbox, and only when enabled; never for live", () => {
    assert.equal(privateNetworksAllowed(false, "sandbox"), false);
    assert.equal(privateNetworksAllowed(false, "live"), false);
    assert.equal(privateNetworksAllowed(true, "sandbox"), true);
    assert.equal(privateNetworksAllowed(true, "live"), false);
  });
});
