// The kit under the compatibility (classic) profile: a correct wallet in that dialect passes (the
// reference wallet at GET /wallet/classic, on both stores), and the kit catches mutants of it.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import {
  buildWalletApp,
  createActiveSalts,
  openStore,
  type ReferenceWalletStore,
} from "@croupier/reference-wallet";
import { createTestSchema } from "@croupier/test-support";
import { ALL_CHECKS } from "../checks/index.ts";
import { runConformance } from "../runner/run-conformance.ts";
import type { Fault } from "./broken-wallets/faults.ts";
import { serveClassicMemoryWallet, type ClassicFault } from "./broken-wallets/serve-classic.ts";
import { failedIds, kitOptions, TEST_PLAYERS, TEST_SALT } from "./harness.ts";

const NATIVE_ONLY_IDS = ALL_CHECKS.filter((c) => c.nativeOnly !== undefined).map((c) => c.id);

async function runClassic(fault: Fault, classicFault: ClassicFault = "none") {
  const running = await serveClassicMemoryWallet(
    {
      salt: TEST_SALT,
      players: Object.fromEntries(
        Object.entries(TEST_PLAYERS).map(([id, balance]) => [id, { currency: "EUR", balance }]),
      ),
      fault,
    },
    classicFault,
  );
  try {
    const report = await runConformance(kitOptions(running.url, { profile: "classic", timeoutMs: 2_000 }));
    return { report, balances: Object.keys(TEST_PLAYERS).map((id) => running.wallet.balanceOf(id)) };
  } finally {
    await running.close();
  }
}

describe("the kit under the compatibility profile", () => {
  it("a correct classic wallet passes; the native-only checks are skipped with their reason", async () => {
    const { report, balances } = await runClassic("none");
    const notPassed = report.checks.filter((c) => c.status !== "pass");
    assert.deepEqual(
      notPassed.map((c) => `${c.id}: ${c.status}`).sort(),
      NATIVE_ONLY_IDS.map((id) => `${id}: skip`).sort(),
      JSON.stringify(
        notPassed.filter((c) => c.status === "fail").map((c) => c.failure),
        null,
        1,
      ),
    );
    assert.equal(report.status, "passed");
    assert.deepEqual(balances, Object.values(TEST_PLAYERS), "net zero");
    const sample = report.checks.find((c) => c.id === "debit.insufficient-funds");
    assert.equal(sample?.status, "pass");
  });

  const MUTANTS: readonly { fault: Fault; classic?: ClassicFault; caughtBy: readonly string[] }[] = [
    { fault: "no-dedup", caughtBy: ["idempotency.replay-sequential"] },
    { fault: "overdraft", caughtBy: ["debit.insufficient-funds"] },
    { fault: "any-key", caughtBy: ["security.invalid-key"] },
    { fault: "no-window", caughtBy: ["security.timestamp-past-expired"] },
    { fault: "currency-ignored", caughtBy: ["player.currency-mismatch"] },
    { fault: "major-units", caughtBy: ["balance.shape"] },
    { fault: "negative-accepted", caughtBy: ["validation.amount-negative"] },
    { fault: "none", classic: "insufficient-as-error-2", caughtBy: ["debit.insufficient-funds"] },
    { fault: "none", classic: "refusal-as-error-0", caughtBy: ["security.invalid-key"] },
    { fault: "none", classic: "balance-missing", caughtBy: ["balance.shape"] },
  ];
  for (const mutant of MUTANTS) {
    it(`catches ${mutant.classic ?? mutant.fault}`, async () => {
      const { report } = await runClassic(mutant.fault, mutant.classic);
      assert.equal(report.status, "failed", report.abort?.message ?? "");
      const failed = failedIds(report);
      for (const id of mutant.caughtBy)
        assert.ok(failed.includes(id), `${id} should fail; failed: ${failed.join(", ")}`);
    });
  }
});

async function startClassicReferenceWallet(backend: "sqlite" | "postgres") {
  let store: ReferenceWalletStore;
  let drop: () => Promise<void>;
  if (backend === "postgres") {
    const schema = await createTestSchema("confc");
    store = await openStore({ kind: "postgres", connectionString: schema.url });
    drop = () => schema.drop();
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "conformance-classic-"));
    store = await openStore({ kind: "sqlite", dataDir: dir, filename: path.join(dir, "wallet.sqlite") });
    drop = () => rm(dir, { recursive: true, force: true });
  }
  for (const [playerId, balanceMinor] of Object.entries(TEST_PLAYERS)) {
    assert.ok((await store.createPlayer({ playerId, currency: "EUR", balanceMinor })).ok);
  }
  const app = buildWalletApp({
    store,
    salts: createActiveSalts([TEST_SALT]),
    adminToken: "conformance-admin-token-0123456789",
    classicProfile: true,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/wallet/classic`,
    store,
    async close() {
      await app.close();
      try {
        await store.close();
      } finally {
        await drop();
      }
    },
  };
}

for (const backend of ["sqlite", "postgres"] as const) {
  it(`the reference wallet's GET /wallet/classic on ${backend} passes the kit with --profile classic`, async () => {
    const wallet = await startClassicReferenceWallet(backend);
    try {
      const report = await runConformance(kitOptions(wallet.url, { profile: "classic", timeoutMs: 5_000 }));
      const failed = report.checks.filter((c) => c.status === "fail");
      assert.deepEqual(
        failed.map((c) => `${c.id}: ${c.failure?.message} / ${c.failure?.actual}`),
        [],
      );
      assert.equal(report.status, "passed");
      for (const [playerId, start] of Object.entries(TEST_PLAYERS)) {
        assert.equal((await wallet.store.getPlayer(playerId))?.balanceMinor, start, `${playerId} net zero`);
      }
    } finally {
      await wallet.close();
    }
  });
}
