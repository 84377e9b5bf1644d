import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ALL_CHECKS } from "../../checks/index.ts";
import { itIsCaught } from "./assert-caught.ts";
import { FAULTS } from "./faults.ts";
import { BROKEN_VARIANTS } from "./variants.ts";

// The variants are split over two files so the test runner can run them in parallel.
describe("broken wallets, first half: caught by the right checks", () => {
  it("the variants cover every fault of the test wallet and name only real checks", () => {
    assert.deepEqual(new Set(BROKEN_VARIANTS.map((v) => v.fault)), new Set(Object.keys(FAULTS)));
    assert.ok(BROKEN_VARIANTS.length >= 15);
    const known = new Set(ALL_CHECKS.map((c) => c.id));
    for (const variant of BROKEN_VARIANTS) for (const id of variant.caughtBy) assert.ok(known.has(id), id);
  });
  for (const variant of BROKEN_VARIANTS.slice(0, 15)) itIsCaught(variant);
});
