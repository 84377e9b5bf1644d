import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toText } from "../report/text-report.ts";
import { kitOptions, runAgainst, startTestWallet, TEST_PLAYERS } from "../testing/harness.ts";
import { runConformance } from "./run-conformance.ts";

const [P1, P2] = Object.keys(TEST_PLAYERS) as [keyof typeof TEST_PLAYERS, keyof typeof TEST_PLAYERS];

describe("net-zero balance accounting", () => {
  it("a correct wallet ends exactly where it started, with no balancing call", async () => {
    const { report, balances } = await runAgainst("none");
    assert.deepEqual(balances, TEST_PLAYERS);
    for (const account of report.balances) {
      assert.equal(account.residualMinor, 0);
      assert.equal(account.balancingMinor, 0);
      assert.equal(account.note, "net zero");
    }
  });

  it("a late original the wallet applied (100 taken) is repaid by one balancing credit", async () => {
    const { report, balances } = await runAgainst("late-original-applied");
    assert.deepEqual(balances, TEST_PLAYERS, "the wallet's own state is back to the start");
    const account = report.balances.find((b) => b.playerId === P1);
    assert.equal(account?.balancingMinor, 100);
    assert.equal(account?.residualMinor, 0);
    assert.match(
      account?.note ?? "",
      /net zero after a balancing credit of 100 \(the checks left it 100 lower; failed checks: rollback\.late-original\)/,
    );
    assert.equal(report.balances.find((b) => b.playerId === P2)?.balancingMinor, 0);
  });

  it("money a broken rollback paid out is taken back by one balancing debit", async () => {
    const { report, balances } = await runAgainst("rollback-unknown-pays");
    assert.deepEqual(balances, TEST_PLAYERS);
    const account = report.balances.find((b) => b.playerId === P1);
    assert.ok((account?.balancingMinor ?? 0) < 0, "a debit");
    assert.equal(account?.residualMinor, 0);
  });

  it("a debit the wallet wrongly applied (an overdraft) is rolled back by the check's own clean-up", async () => {
    const { report, balances } = await runAgainst("overdraft");
    assert.deepEqual(balances, TEST_PLAYERS);
    for (const account of report.balances) assert.equal(account.residualMinor, 0);
  });

  it("says 'unknown' rather than guess when balances are not integers", async () => {
    const { report } = await runAgainst("string-balance");
    for (const account of report.balances) {
      assert.equal(account.residualMinor, undefined);
      assert.match(account.note, /^unknown: /);
    }
  });
});

describe("stopping a run", () => {
  it("stops after the check in progress, still rolls back and settles, and reports INTERRUPTED", async () => {
    const running = await startTestWallet("none");
    try {
      const stop = new AbortController();
      const report = await runConformance(kitOptions(running.url), {
        signal: stop.signal,
        onProgress: (event) => {
          if (event.type === "check-end" && event.index === 2) stop.abort();
        },
      });
      assert.equal(report.status, "aborted");
      assert.equal(report.abort?.code, "INTERRUPTED");
      assert.equal(report.checks.length, 3);
      for (const [playerId, start] of Object.entries(TEST_PLAYERS)) {
        assert.equal(running.wallet.balanceOf(playerId), start);
      }
      assert.match(toText(report), /INTERRUPTED: stopped after 3 of \d+ checks; no verdict\./);
    } finally {
      await running.close();
    }
  });
});
