import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkRunTarget, type ResolveAll } from "./url-policy.ts";

const resolver =
  (table: Record<string, string[]>): ResolveAll =>
  async (host) => {
    const addresses = table[host];
    if (addresses === undefined)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address }));
  };

describe("conformance run target policy", () => {
  const resolveAll = resolver({
    "wallet.casino.example": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
    "sneaky.casino.example": ["93.184.216.34", "10.0.0.7"],
    "metadata.casino.example": ["169.254.169.254"],
    "embedded.casino.example": ["93.184.216.34", "64:ff9b::7f00:1"],
    "docs.casino.example": ["192.0.2.10"],
  });

  test("a public host passes; a name with any private address, or none, is refused", async () => {
    assert.deepEqual(
      await checkRunTarget("https://wallet.casino.example/cb", { allowPrivateNetworks: false, resolveAll }),
      { ok: true },
    );
    const sneaky = await checkRunTarget("https://sneaky.casino.example/cb", {
      allowPrivateNetworks: false,
      resolveAll,
    });
    assert.deepEqual(sneaky, {
      ok: false,
      message: "The callback URL's host sneaky.casino.example resolves to a non-public address (10.0.0.7).",
    });
    assert.equal(
      (await checkRunTarget("https://metadata.casino.example/", { allowPrivateNetworks: false, resolveAll }))
        .ok,
      false,
    );
    for (const host of ["embedded.casino.example", "docs.casino.example"]) {
      const refused = await checkRunTarget(`https://${host}/cb`, { allowPrivateNetworks: false, resolveAll });
      assert.equal(refused.ok, false, host);
    }
    const missing = await checkRunTarget("https://nowhere.casino.example/", {
      allowPrivateNetworks: false,
      resolveAll,
    });
    assert.deepEqual(missing, {
      ok: false,
      message: "The callback URL's host nowhere.casino.example does not resolve.",
    });
  });

  test("literals and localhost are judged by the callback URL rules; allowed networks skip DNS", async () => {
    for (const url of ["http://127.0.0.1:3000/", "http://[::1]/", "http://localhost/", "http://10.1.2.3/"]) {
      assert.equal((await checkRunTarget(url, { allowPrivateNetworks: false, resolveAll })).ok, false, url);
      assert.equal((await checkRunTarget(url, { allowPrivateNetworks: true, resolveAll })).ok, true, url);
    }
    assert.equal(
      (await checkRunTarget("http://8.8.8.8/", { allowPrivateNetworks: false, resolveAll })).ok,
      true,
    );
    const never: ResolveAll = async () => assert.fail("no lookup when private networks are allowed");
    assert.equal(
      (
        await checkRunTarget("https://sneaky.casino.example/", {
          allowPrivateNetworks: true,
          resolveAll: never,
        })
      ).ok,
      true,
    );
  });
});
