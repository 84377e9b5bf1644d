import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { composePlatform, type Platform } from "../compose.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { registrationBody } from "../test/platform-harness.ts";
import { registerOperator } from "./registration.ts";
import { changeOperatorStatus } from "./review.ts";
import { readSaltKeys } from "./salt-keys.ts";
import { updateWalletSettings } from "./wallet-settings.ts";

for (const kind of testDialects) {
  describe(`wallet endpoint lookup (${kind})`, () => {
    let db: TestDb;
    let platform: Platform;
    let now = 1_767_225_600_000;
    const actor = { kind: "system" as const, id: "test" };
    before(async () => {
      db = await openTestDb(kind);
      platform = composePlatform({
        db,
        secretKey: randomBytes(32),
        allowPrivateNetworks: true,
        clock: () => now,
        endpointCacheTtlMs: 5_000,
      });
    });
    after(async () => db?.dispose());

    test("undefined until a callback URL is set; then the decrypted active salt and the settings", async () => {
      const { deps, walletEndpoints } = platform;
      const registered = await registerOperator(deps, registrationBody("lookup@operator.test"));
      assert.ok(registered.ok);
      const operatorId = registered.operatorId;
      assert.equal(await walletEndpoints.lookup(operatorId, "sandbox"), undefined, "pending: nothing");
      assert.ok((await changeOperatorStatus(deps, "approve", { operatorId, actor })).ok);
      assert.equal(await walletEndpoints.lookup(operatorId, "sandbox"), undefined, "no callback URL yet");

      const updated = await updateWalletSettings(deps, {
        operatorId,
        environment: "sandbox",
        changes: {
          callbackUrl: "https://wallet.example/cb",
          timeoutMs: 3_000,
          profile: "gamehub",
          maxConcurrency: 7,
        },
        actor,
        allowPrivateNetworks: false,
      });
      assert.ok(updated.ok);
      const salts = await readSaltKeys(deps, operatorId, "sandbox");
      assert.ok(salts.ok);
      assert.deepEqual(await walletEndpoints.lookup(operatorId, "sandbox"), {
        operatorId,
        environment: "sandbox",
        callbackUrl: "https://wallet.example/cb",
        signingSalt: salts.keys[0]!.salt,
        profile: "gamehub",
        timeoutMs: 3_000,
        maxConcurrency: 7,
        breaker: { failureThreshold: 10, cooldownMs: 30_000 },
      });
      assert.equal(await walletEndpoints.lookup(operatorId, "live"), undefined, "environments are separate");
      assert.equal(await walletEndpoints.lookup("op_unknown", "sandbox"), undefined);
    });

    test("cached for the TTL; a change through the services invalidates at once", async () => {
      const { deps, walletEndpoints } = platform;
      const registered = await registerOperator(deps, registrationBody("cache@operator.test"));
      assert.ok(registered.ok);
      const operatorId = registered.operatorId;
      await changeOperatorStatus(deps, "approve", { operatorId, actor });
      await updateWalletSettings(deps, {
        operatorId,
        environment: "sandbox",
        changes: { callbackUrl: "https://one.example/" },
        actor,
        allowPrivateNetworks: false,
      });
      assert.equal(
        (await walletEndpoints.lookup(operatorId, "sandbox"))?.callbackUrl,
        "https://one.example/",
      );

      // A change behind the services' back (another instance) shows after the TTL only.
      await db.db
        .updateTable("operator_wallet_settings")
        .set({ callback_url: "https://two.example/" })
        .where("operator_id", "=", operatorId)
        .execute();
      assert.equal(
        (await walletEndpoints.lookup(operatorId, "sandbox"))?.callbackUrl,
        "https://one.example/",
      );
      now += 5_001;
      assert.equal(
        (await walletEndpoints.lookup(operatorId, "sandbox"))?.callbackUrl,
        "https://two.example/",
      );

      // A change through the services is visible at once.
      await updateWalletSettings(deps, {
        operatorId,
        environment: "sandbox",
        changes: { callbackUrl: "https://three.example/" },
        actor,
        allowPrivateNetworks: false,
      });
      assert.equal(
        (await walletEndpoints.lookup(operatorId, "sandbox"))?.callbackUrl,
        "https://three.example/",
      );

      // Suspension keeps the endpoint: open rounds must settle.
      await changeOperatorStatus(deps, "suspend", { operatorId, actor, reason: "test" });
      assert.equal(
        (await walletEndpoints.lookup(operatorId, "sandbox"))?.callbackUrl,
        "https://three.example/",
      );
    });

    test("private callback URLs are refused when not allowed", async () => {
      const { deps } = platform;
      const registered = await registerOperator(deps, registrationBody("private@operator.test"));
      assert.ok(registered.ok);
      await changeOperatorStatus(deps, "approve", { operatorId: registered.operatorId, actor });
      const result = await updateWalletSettings(deps, {
        operatorId: registered.operatorId,
        environment: "live",
        changes: { callbackUrl: "http://169.254.169.254/latest" },
        actor,
        allowPrivateNetworks: false,
      });
      assert.equal(result.ok ? "" : result.code, "INVALID_CALLBACK_URL");
    });
  });
}
