// kill -9 under the compatibility profile, against a wallet that processes rollbacks literally
// like plain credits: of two debits in flight, one taken and one never taken, neither is rolled
// back blindly (that would pay the second player 300 for a bet never placed); both are held
// with their evidence, and resolving them by the operator's ledger leaves every balance exact.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import { childEnv } from "@croupier/test-support";
import pino from "pino";
import { createCallbackClient, type CallbackClient } from "../../callbacks/callback-client.ts";
import { staticLookup, testEndpoint, TEST_SALT } from "../../callbacks/test/test-endpoint.ts";
import { startTestWallet, type Fault, type TestWallet } from "../../callbacks/test/test-wallet.ts";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import { rollbackCallId } from "./attempt.ts";
import { CLAIM_LEASE_MS, createDispatcher } from "./dispatcher.ts";
import { markResolved, retryNow } from "./manual-resolution.ts";
import { createOutbox, type Outbox } from "./outbox.ts";

const CHILD = fileURLToPath(new URL("./test/classic-child-engine.ts", import.meta.url));
/** What the wallet does with the first call of each kind: applied or not, never answered. */
const HANGS: Readonly<Record<string, Fault>> = {
  "p-taken/debit": "apply-then-hang",
  "p-lost/debit": "hang",
  "p-credit/credit": "apply-then-hang",
};

for (const kind of testDialects) {
  describe(`compatibility profile: restart after kill -9 (${kind})`, () => {
    let db: TestDb;
    let wallet: TestWallet;
    let now = Date.now();
    const hung = new Set<string>();

    before(async () => {
      db = await openTestDb(kind);
      wallet = await startTestWallet({
        salts: [TEST_SALT],
        clock: () => now,
        literalClassicRollbacks: true,
        fault: (request) => {
          const key = `${String(request.username)}/${String(request.action)}`;
          const fault = HANGS[key];
          if (fault === undefined || hung.has(key)) return "none";
          hung.add(key);
          return fault;
        },
      });
      for (const player of ["p-taken", "p-lost", "p-credit"]) wallet.addPlayer(player, 1_000);
    });
    after(async () => {
      await wallet.close();
      await db.dispose();
    });

    test("debits in flight are held for review, not rolled back; the credit is delivered once", async () => {
      const child = spawn(process.execPath, [CHILD], {
        env: childEnv({
          WALLET_URL: wallet.gameHubUrl,
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
      const deadline = Date.now() + 20_000;
      while (hung.size < 3) {
        assert.ok(Date.now() < deadline, `the child never got its calls out: ${output}`);
        assert.equal(child.exitCode ?? child.signalCode, null, `the child exited early: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      child.kill("SIGKILL");
      assert.equal(await exited, "SIGKILL");
      assert.deepEqual(
        ["p-taken", "p-lost", "p-credit"].map((p) => wallet.balanceOf(p)),
        [700, 1_000, 1_400],
      );

      const logger = pino({ level: "silent" });
      const clock = () => now;
      const client: CallbackClient = createCallbackClient({
        privateNetworks: "tests-any-environment",
        clock,
        logger,
      });
      const outbox: Outbox = createOutbox({ db, clock, logger });
      const lookup = staticLookup(testEndpoint(wallet.gameHubUrl, { profile: "gamehub" }));
      const dispatcher = createDispatcher({ outbox, client, lookup });
      try {
        now += CLAIM_LEASE_MS + 1_000;
        assert.equal(await dispatcher.runOnce(), 3, "two lost debits and the credit");
        assert.equal(await dispatcher.runOnce(), 0, "no rollback is due: both are held");
        assert.equal(wallet.received.filter((request) => request.rb === "1").length, 0);

        const debits = await db.db
          .selectFrom("wallet_calls")
          .selectAll()
          .where("action", "=", "debit")
          .execute();
        assert.deepEqual(debits.map((d) => [d.player_id, d.state, d.attempts]).sort(), [
          ["p-credit", "ok", 1],
          ["p-lost", "unknown", 0],
          ["p-taken", "unknown", 0],
        ]);
        // The person's side: look each debit up in the operator's ledger, then act.
        for (const debit of debits.filter((d) => d.state === "unknown")) {
          const rollback = await db.db
            .selectFrom("wallet_calls")
            .selectAll()
            .where("call_id", "=", rollbackCallId(debit.call_id))
            .executeTakeFirstOrThrow();
          assert.equal(rollback.state, "manual");
          assert.match(rollback.outcome_reason ?? "", /no attempt recorded/);
          if (wallet.applied.has(debit.call_id)) {
            const sent = await retryNow({ outbox, client, lookup }, rollback.call_id);
            assert.ok(sent.ok && sent.state === "ok", JSON.stringify(sent));
          } else {
            assert.ok((await markResolved({ outbox }, rollback.call_id, "not in the ledger", "adm_1")).ok);
          }
        }
      } finally {
        await dispatcher.stop();
        await outbox.close();
        await client.close();
      }
      assert.deepEqual(
        ["p-taken", "p-lost", "p-credit"].map((p) => wallet.balanceOf(p)),
        [1_000, 1_000, 1_400],
        "the taken bet returned once, the never-taken one not paid, the win applied once",
      );
      for (const count of wallet.applied.values()) assert.equal(count, 1);
    });
  });
}
