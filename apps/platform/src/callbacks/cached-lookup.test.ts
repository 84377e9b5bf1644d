import assert from "node:assert/strict";
import { test } from "node:test";
import { cachedEndpointLookup } from "./cached-lookup.ts";
import { testEndpoint } from "./test/test-endpoint.ts";

test("endpoints are cached for the TTL, shared between concurrent callers, and invalidated on demand", async () => {
  let now = 0;
  let reads = 0;
  const lookup = cachedEndpointLookup(
    async () => {
      reads += 1;
      return testEndpoint("http://127.0.0.1:1/wallet");
    },
    { clock: () => now, ttlMs: 1_000 },
  );
  await Promise.all([lookup("op", "live"), lookup("op", "live")]);
  assert.equal(reads, 1);
  now = 999;
  await lookup("op", "live");
  assert.equal(reads, 1);
  await lookup("op", "sandbox");
  assert.equal(reads, 2);
  now = 1_000;
  await lookup("op", "live");
  assert.equal(reads, 3);
  lookup.invalidate("op");
  await lookup("op", "live");
  assert.equal(reads, 4);
});
