import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ALL_CHECKS } from "../checks/index.ts";
import { runConformance } from "../runner/run-conformance.ts";
import type { RunningWallet } from "./broken-wallets/serve.ts";
import { serveMemoryWallet } from "./broken-wallets/serve.ts";
import { kitOptions, startTestWallet, TEST_PLAYERS, TEST_SALT } from "./harness.ts";

describe("the correct in-memory wallet passes every check", () => {
  let running: RunningWallet;
  before(async () => {
    running = await startTestWallet("none");
  });
  after(() => running.close());

  it("passes every check but the body signature (skipped: not enforced)", async () => {
    const report = await runConformance(kitOptions(running.url));
    assert.equal(report.status, "passed");
    assert.equal(report.checks.length, ALL_CHECKS.length);
    for (const check of report.checks) {
      const expected = check.id === "security.body-signature" ? "skip" : "pass";
      assert.equal(
        check.status,
        expected,
        `${check.id}: ${check.failure?.message ?? check.skipReason ?? ""}`,
      );
    }
  });

  it("leaves the wallet's balances exactly where it found them, without a balancing call", async () => {
    const report = await runConformance(kitOptions(running.url));
    for (const [playerId, start] of Object.entries(TEST_PLAYERS)) {
      assert.equal(running.wallet.balanceOf(playerId), start);
      const account = report.balances.find((b) => b.playerId === playerId);
      assert.deepEqual(account, {
        playerId,
        startMinor: start,
        endMinor: start,
        residualMinor: 0,
        balancingMinor: 0,
        note: "net zero",
      });
    }
  });

  it("reruns against the same wallet without call_id collisions, each run in its own namespace", async () => {
    const first = running.wallet.receivedCallIds.length;
    const a = await runConformance(kitOptions(running.url));
    const middle = running.wallet.receivedCallIds.length;
    const b = await runConformance(kitOptions(running.url));
    assert.equal(a.status, "passed");
    assert.equal(b.status, "passed");
    assert.notEqual(a.runId, b.runId);
    const idsOf = (from: number, to: number) => running.wallet.receivedCallIds.slice(from, to);
    for (const id of idsOf(first, middle)) assert.ok(id.startsWith(`cf-${a.runId}-`), id);
    for (const id of idsOf(middle, undefined as unknown as number))
      assert.ok(id.startsWith(`cf-${b.runId}-`), id);
  });
});

describe("the correct in-memory wallet enforcing the body signature", () => {
  it("passes every check, the body signature included", async () => {
    const running = await startTestWallet("none", { requireBodySignature: true });
    try {
      const report = await runConformance(kitOptions(running.url, { requireBodySignature: true }));
      assert.equal(report.status, "passed");
      assert.ok(
        report.checks.every((c) => c.status === "pass"),
        JSON.stringify(report.summary),
      );
    } finally {
      await running.close();
    }
  });
});

describe("a slow but correct wallet", () => {
  it("warns when p99 is above half the timeout, and the run still passes", async () => {
    const running = await serveMemoryWallet({
      salt: TEST_SALT,
      players: {
        "cf-player-1": { currency: "EUR", balance: 5_000 },
        "cf-player-2": { currency: "EUR", balance: 5_000 },
      },
      delayMs: 300,
    });
    try {
      const report = await runConformance(kitOptions(running.url, { timeoutMs: 500, only: ["latency"] }));
      const latency = report.checks[0];
      assert.equal(latency?.id, "latency.p99");
      assert.equal(latency.status, "warn");
      assert.match(latency.warnings[0] ?? "", /above half the platform's timeout/);
      assert.ok((latency.metrics?.p99Ms ?? 0) >= 300);
      assert.equal(latency.metrics?.calls, 50);
      assert.equal(report.status, "passed");
    } finally {
      await running.close();
    }
  });
});
