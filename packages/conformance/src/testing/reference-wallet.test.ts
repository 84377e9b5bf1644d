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
import { runConformance } from "../runner/run-conformance.ts";
import { kitOptions, TEST_PLAYERS, TEST_SALT } from "./harness.ts";

const ADMIN_TOKEN = "conformance-admin-token-0123456789";

/** The reference wallet on a real store, listening on loopback, with the two test players. */
async function startReferenceWallet(backend: "sqlite" | "postgres", requireBodySignature: boolean) {
  let store: ReferenceWalletStore;
  let dropStorage: () => Promise<void>;
  if (backend === "postgres") {
    const schema = await createTestSchema("conf");
    store = await openStore({ kind: "postgres", connectionString: schema.url });
    dropStorage = () => schema.drop();
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "conformance-reference-"));
    store = await openStore({ kind: "sqlite", dataDir: dir, filename: path.join(dir, "wallet.sqlite") });
    dropStorage = () => rm(dir, { recursive: true, force: true });
  }
  for (const [playerId, balanceMinor] of Object.entries(TEST_PLAYERS)) {
    const created = await store.createPlayer({ playerId, currency: "EUR", balanceMinor });
    assert.ok(created.ok);
  }
  const app = buildWalletApp({
    store,
    salts: createActiveSalts([TEST_SALT]),
    adminToken: ADMIN_TOKEN,
    requireBodySignature,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/wallet`,
    store,
    async close() {
      await app.close();
      try {
        await store.close();
      } finally {
        await dropStorage();
      }
    },
  };
}

for (const backend of ["sqlite", "postgres"] as const) {
  describe(`the reference wallet on ${backend} passes the kit`, () => {
    for (const requireBodySignature of [false, true]) {
      it(`every check passes${requireBodySignature ? ", body signature enforced" : ""}, balances net zero`, async () => {
        const wallet = await startReferenceWallet(backend, requireBodySignature);
        try {
          const report = await runConformance(
            kitOptions(wallet.url, { requireBodySignature, timeoutMs: 5_000 }),
          );
          const notPassed = report.checks
            .filter((c) => c.status !== "pass")
            .map(
              (c) => `${c.id}: ${c.status} ${c.failure?.message ?? c.skipReason ?? c.warnings.join("; ")}`,
            );
          const expected = requireBodySignature
            ? []
            : [
                `security.body-signature: skip ${report.checks.find((c) => c.id === "security.body-signature")?.skipReason}`,
              ];
          assert.deepEqual(notPassed, expected);
          assert.equal(report.status, "passed");
          for (const [playerId, start] of Object.entries(TEST_PLAYERS)) {
            assert.equal(
              (await wallet.store.getPlayer(playerId))?.balanceMinor,
              start,
              `${playerId} net zero`,
            );
            assert.equal(report.balances.find((b) => b.playerId === playerId)?.balancingMinor, 0);
          }
        } finally {
          await wallet.close();
        }
      });
    }
  });
}
