import assert from "node:assert/strict";
import { it } from "node:test";
import { failedIds, runAgainst } from "../harness.ts";
import { FAULTS } from "./faults.ts";
import type { BrokenVariant } from "./variants.ts";

/**
 * One test per variant: the run fails, every check in `caughtBy` fails with evidence, and (unless
 * the fault is broad) no other check fails, so the report points at the one broken duty.
 */
export function itIsCaught(variant: BrokenVariant): void {
  it(`${variant.fault}: ${FAULTS[variant.fault]}`, async () => {
    const { report } = await runAgainst(variant.fault, {
      requireBodySignature: variant.bodySignature === true,
      timeoutMs: variant.timeoutMs ?? 2_000,
    });
    assert.equal(
      report.status,
      "failed",
      `expected a failed run, got ${report.status} ${report.abort?.message ?? ""}`,
    );
    const failed = failedIds(report);
    for (const id of variant.caughtBy) {
      assert.ok(failed.includes(id), `${id} should catch ${variant.fault}; failed: ${failed.join(", ")}`);
    }
    if (variant.broad !== true) {
      assert.deepEqual([...failed].sort(), [...variant.caughtBy].sort(), "no other check may fail");
    }
    for (const id of variant.caughtBy) {
      const failure = report.checks.find((c) => c.id === id)?.failure;
      assert.ok(failure !== undefined, id);
      assert.ok(failure.expected.length > 0 && failure.actual.length > 0, `${id} names expected and actual`);
      assert.ok(failure.exchanges.length > 0, `${id} carries the exchanges as evidence`);
    }
  });
}
