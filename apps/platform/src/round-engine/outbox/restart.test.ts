import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import { childEnv } from "@croupier/test-support";
import pino from "pino";
import { createCallbackClient, type CallbackClient } from "../../callbacks/callback-client.ts";
import { staticLookup, testEndpoint, TEST_SALT } from "../../callbacks/test/test-endpoint.ts";
import { startTestWallet, type TestWallet } from "../../callbacks/test/test-wallet.ts";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import { createDispatcher } from "./dispatcher.ts";
import { createOutbox, type Outbox } from "./outbox.ts";
import { CLAIM_LEASE_MS } from "./dispatcher.ts";

const CHILD = fileURLToPath(new URL("./test/child-engine.ts", import.meta.url));

for (const kind of testDialects) {
  describe(`restart after kill -9 (${kind})`, () => {
    let db: TestDb;
    let wallet: TestWallet;
    let now = Date.now();
    const hung = new Set<string>();

    before(async () => {
      db = await openTestDb(kind);
      wallet = await startTestWallet({
        salts: [TEST_SALT],
        clock: () => now,
        // The first debit of p-debit and the first credit of p-credit are applied, never answered.
        fault: (request) => {
          const key = `${String(request.player_id)}/${String(request.action)}`;
          if ((key === "p-debit/debit" || key === "p-credit/credit") && !hung.has(key)) {
            hung.add(key);
            return "apply-then-hang";
          }
          return "none";
        },
      });
      wallet.addPlayer("p-debit", 1_000);
      wallet.addPlayer("p-credit", 1_000);
    });
    after(async () => {
      await wallet.close();
      await db.dispose();
    });

    test("calls leased by a killed process are resumed: the debit rolled back, the credit delivered once", async () => {
      const child = spawn(process.execPath, [CHILD], {
        env: childEnv({
          WALLET_URL: wallet.url,
          DATABASE_URL: db.location.databaseUrl,
          SQLITE_FILE: db.location.sqliteFile,
        }),
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on("exit", (_code, signal) => resolve(signal)),
      );
      // Wait until both calls are in flight at the wallet (applied, unanswered), then kill -9.
      const deadline = Date.now() + 20_000;
      while (hung.size < 2) {
        assert.ok(Date.now() < deadline, `the child never got both calls out: ${output}`);
        assert.equal(child.exitCode ?? child.signalCode, null, `the child exited early: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      child.kill("SIGKILL");
      assert.equal(await exited, "SIGKILL");
      assert.equal(wallet.balanceOf("p-debit"), 700);
      assert.equal(wallet.balanceOf("p-credit"), 1_000 - 300 + 700);

      const stuck = await db.db
        .selectFrom("wallet_calls")
        .selectAll()
        .where("state", "=", "pending")
        .execute();
      assert.deepEqual(
        stuck
          .map((call) => [call.player_id, call.action, call.lease_owner?.startsWith("doomed-process")])
          .sort(),
        [
          ["p-credit", "credit", true],
          ["p-debit", "debit", true],
        ],
      );

      // A new process. Before the leases end it leaves the calls alone.
      const logger = pino({ level: "silent" });
      const clock = () => now;
      const client: CallbackClient = createCallbackClient({
        privateNetworks: "tests-any-environment",
        clock,
        logger,
      });
      const outbox: Outbox = createOutbox({ db, clock, logger });
      const dispatcher = createDispatcher({ outbox, client, lookup: staticLookup(testEndpoint(wallet.url)) });
      try {
        assert.equal(await dispatcher.runOnce(), 0);
        now += CLAIM_LEASE_MS + 1_000;
        // Lease expired: the debit's outcome is unknown (rollback queued), the credit is sent again.
        assert.equal(await dispatcher.runOnce(), 2);
        assert.equal(await dispatcher.runOnce(), 1, "the rollback");
        assert.equal(await dispatcher.runOnce(), 0);
      } finally {
        await dispatcher.stop();
        await outbox.close();
        await client.close();
      }
      const calls = await db.db.selectFrom("wallet_calls").selectAll().orderBy("created_at_ms").execute();
      const summary = calls.map((call) => [call.player_id, call.action, call.rb, call.state]);
      assert.deepEqual(summary.sort(), [
        ["p-credit", "credit", 0, "ok"],
        ["p-credit", "debit", 0, "ok"],
        ["p-debit", "credit", 1, "ok"],
        ["p-debit", "debit", 0, "unknown"],
      ]);
      assert.equal(wallet.balanceOf("p-debit"), 1_000, "the debit was rolled back");
      assert.equal(wallet.balanceOf("p-credit"), 1_400, "the credit was applied once");
      const credit = calls.find((call) => call.player_id === "p-credit" && call.action === "credit")!;
      assert.equal(wallet.applied.get(credit.call_id), 1);
    });
  });
}
