import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { after, describe, test } from "node:test";
import { childEnv, waitForChildLine } from "@croupier/test-support";
import { buildApp } from "../app.ts";
import { composePlatform } from "../compose.ts";
import { openTestDb, testDialects } from "../db/test-databases.ts";
import { createCredential } from "../operators/credentials.ts";
import { registerOperator } from "../operators/registration.ts";
import { changeOperatorStatus } from "../operators/review.ts";
import { activeSalt } from "../operators/salt-keys.ts";
import { updateWalletSettings } from "../operators/wallet-settings.ts";
import { registrationBody, startHarness } from "../test/platform-harness.ts";
import { STALE_AFTER_MS } from "./limits.ts";
import { activeSaltOf, runBody, setCallbackUrl, waitForRun } from "./test/run-helpers.ts";
import { startHeldWallet, startReferenceWallet, TEST_PLAYERS } from "./test/wallets.ts";

const START = "/backoffice/environments/sandbox/conformance-runs";
const CHILD = fileURLToPath(new URL("./test/platform-process.ts", import.meta.url));

for (const kind of testDialects) {
  describe(`conformance run lifecycle (${kind})`, () => {
    test("a run that outlives its process (kill -9) is marked interrupted when the platform starts again", async () => {
      const db = await openTestDb(kind);
      const secretKey = randomBytes(32);
      const actor = { kind: "system" as const, id: "test" };
      const { deps } = composePlatform({ db, secretKey, allowPrivateNetworks: true });
      const registered = await registerOperator(deps, registrationBody(`crash-${kind}@operator.test`));
      assert.ok(registered.ok);
      const { operatorId } = registered;
      assert.ok((await changeOperatorStatus(deps, "approve", { operatorId, actor })).ok);
      const salt = (await activeSalt(deps, operatorId, "sandbox"))!.salt;
      const held = await startHeldWallet(await startReferenceWallet(salt));
      // Both database variables are set (one empty): an inherited TEST_DATABASE_URL would send a
      // SQLite run's child to PostgreSQL.
      const child = spawn(process.execPath, [CHILD], {
        env: childEnv({
          TEST_SECRET_KEY: secretKey.toString("base64"),
          TEST_DATABASE_URL: db.location.databaseUrl,
          TEST_SQLITE_FILE: db.location.sqliteFile,
        }),
        stdio: ["ignore", "pipe", "inherit"],
      });
      try {
        const changed = await updateWalletSettings(deps, {
          operatorId,
          environment: "sandbox",
          changes: { callbackUrl: held.url, timeoutMs: 2_000 },
          actor,
          allowPrivateNetworks: true,
        });
        assert.ok(changed.ok);
        const credential = await createCredential(deps, {
          operatorId,
          environment: "sandbox",
          label: "ci",
          actor,
        });
        assert.ok(credential.ok);
        const line = await waitForChildLine(child, /^\{"port"/);
        const { port } = JSON.parse(line) as { port: number };

        held.holdWhen((body) => body.action === "debit");
        const started = await fetch(`http://127.0.0.1:${port}/v1/conformance-runs`, {
          method: "POST",
          headers: { authorization: `Bearer ${credential.token}`, "content-type": "application/json" },
          body: JSON.stringify(runBody()),
        });
        assert.equal(started.status, 202);
        const runId = ((await started.json()) as { id: string }).id;
        await held.held();
        child.kill("SIGKILL");
        await once(child, "exit");
        const orphan = await db.db
          .selectFrom("conformance_runs")
          .selectAll()
          .where("id", "=", runId)
          .executeTakeFirstOrThrow();
        assert.equal(orphan.status, "running", "nobody is left to finish it");

        // The platform starts again on the same database; its first heartbeat window has passed.
        const restarted = composePlatform({
          db,
          secretKey,
          allowPrivateNetworks: true,
          clock: () => Date.now() + STALE_AFTER_MS + 1_000,
        });
        const app = buildApp(restarted.deps, { allowPrivateCallbackUrls: true });
        try {
          await app.ready();
          const row = await db.db
            .selectFrom("conformance_runs")
            .selectAll()
            .where("id", "=", runId)
            .executeTakeFirstOrThrow();
          assert.equal(row.status, "interrupted");
          assert.equal(row.abort_code, "INTERRUPTED");
          assert.ok(row.finished_at_ms !== null);
          const seen = await app.inject({
            method: "GET",
            url: `/v1/conformance-runs/${runId}`,
            headers: { authorization: `Bearer ${credential.token}` },
          });
          assert.equal(seen.json().status, "interrupted");
          assert.match(seen.json().abort.message, /stopped or restarted/);
          // The slot is free again: a new run starts at once.
          held.release();
          const again = await app.inject({
            method: "POST",
            url: "/v1/conformance-runs",
            headers: { authorization: `Bearer ${credential.token}` },
            payload: runBody({ only: ["balance"] }),
          });
          assert.equal(again.statusCode, 202, again.body);
        } finally {
          await app.close();
        }
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
        await held.close();
        await db.dispose();
      }
    });

    test("shutting down stops a run after its current check, settles the balances and keeps the partial report", async () => {
      const h = await startHarness(kind);
      const op = await h.approvedOperator();
      const held = await startHeldWallet(
        await startReferenceWallet(await activeSaltOf(h, op.token, "sandbox")),
      );
      try {
        await setCallbackUrl(h, op.token, "sandbox", held.url);
        held.holdWhen((body) => body.action === "debit" && body.rb === 0);
        const started = await h.request("POST", START, { token: op.token, body: runBody() });
        assert.equal(started.status, 202);
        await held.held();
        // The held debit times out (2 s), the kit rolls it back, sees the stop and settles.
        await h.app.close();
        const row = await h.db.db
          .selectFrom("conformance_runs")
          .selectAll()
          .where("id", "=", started.json.id)
          .executeTakeFirstOrThrow();
        assert.equal(row.status, "interrupted");
        assert.equal(row.abort_code, "INTERRUPTED");
        assert.ok(row.report !== null, "the partial report is kept");
        assert.ok(row.checks_done < 38);
        held.release();
        for (const [playerId, start] of Object.entries(TEST_PLAYERS)) {
          assert.equal(await held.balanceOf(playerId), start, `${playerId} net zero`);
        }
      } finally {
        await held.close();
        await h.db.dispose();
      }
    });

    test("an operator may start a limited number of runs per hour, on every surface together", async () => {
      const h = await startHarness(kind, { appOptions: { limits: { conformanceRunsPerHour: 2 } } });
      const wallets: Array<{ close(): Promise<void> }> = [];
      after(async () => {
        for (const w of wallets) await w.close();
        await h.close();
      });
      const op = await h.approvedOperator();
      const wallet = await startReferenceWallet(await activeSaltOf(h, op.token, "sandbox"));
      wallets.push(wallet);
      await setCallbackUrl(h, op.token, "sandbox", wallet.url);
      const api = (
        await h.request("POST", "/backoffice/credentials", {
          token: op.token,
          body: { environment: "sandbox", label: "ci" },
        })
      ).json.token as string;
      const first = await h.request("POST", START, { token: op.token, body: runBody({ only: ["balance"] }) });
      await waitForRun(h, first.headers.get("location")!, op.token);
      const second = await h.request("POST", "/v1/conformance-runs", {
        token: api,
        body: runBody({ only: ["balance"] }),
      });
      await waitForRun(h, second.headers.get("location")!, api);
      const third = await h.request("POST", START, { token: op.token, body: runBody({ only: ["balance"] }) });
      assert.equal(third.status, 429, third.text);
      assert.equal(third.json.code, "RATE_LIMITED");
      const retryAfter = Number(third.headers.get("retry-after"));
      assert.ok(retryAfter > 3_500 && retryAfter <= 3_600, String(retryAfter));
      // Another operator is not affected.
      const other = await h.approvedOperator();
      await setCallbackUrl(h, other.token, "sandbox", wallet.url);
      const otherRun = await h.request("POST", START, {
        token: other.token,
        body: runBody({ only: ["balance"] }),
      });
      assert.equal(otherRun.status, 202, otherRun.text);
      await waitForRun(h, otherRun.headers.get("location")!, other.token);
    });

    test("the test call's private-address policy: a private callback URL is refused unless allowed", async () => {
      const h = await startHarness(kind, { appOptions: { allowPrivateCallbackUrls: false } });
      try {
        const op = await h.approvedOperator();
        for (const url of [
          "http://127.0.0.1:9/wallet",
          "http://localhost:9/wallet",
          "http://169.254.169.254/latest",
        ]) {
          // Stored while private addresses were allowed (a development database, say).
          await h.db.db
            .updateTable("operator_wallet_settings")
            .set({ callback_url: url })
            .where("operator_id", "=", op.operatorId)
            .where("environment", "=", "sandbox")
            .execute();
          const answer = await h.request("POST", START, { token: op.token, body: runBody() });
          assert.equal(answer.status, 400, answer.text);
          assert.equal(answer.json.code, "INVALID_CALLBACK_URL");
          assert.match(answer.json.detail, /private|loopback/);
        }
        const none = await h.db.db
          .selectFrom("conformance_runs")
          .select("id")
          .where("operator_id", "=", op.operatorId)
          .execute();
        assert.deepEqual(none, []);
      } finally {
        await h.close();
      }
    });
  });
}
