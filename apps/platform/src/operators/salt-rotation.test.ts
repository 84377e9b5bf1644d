import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";
import { startWalletStub, type WalletStub } from "../test/wallet-stub.ts";

for (const kind of testDialects) {
  describe(`salt rotation with overlap (${kind})`, () => {
    let h: Harness;
    let wallet: WalletStub;
    before(async () => {
      h = await startHarness(kind);
      wallet = await startWalletStub({ salts: [], players: { "player-1": 12_345 } });
    });
    after(async () => {
      await wallet?.close();
      await h?.close();
    });

    test("confirm fails and changes nothing while the wallet knows only the old salt; succeeds once it accepts both", async () => {
      const { operatorId, token } = await h.approvedOperator();
      const salts = async () =>
        (await h.request("GET", "/backoffice/environments/sandbox/salt-keys", { token })).json.keys as Array<{
          id: string;
          state: string;
          salt: string;
        }>;
      const [original] = await salts();
      assert.ok(original);
      wallet.salts = [original.salt];
      const settings = await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
        token,
        body: { callbackUrl: wallet.url },
      });
      assert.equal(settings.status, 200);

      // Before any rotation, the lookup signs with the original salt.
      assert.equal(
        (await h.platform.walletEndpoints.lookup(operatorId, "sandbox"))?.signingSalt,
        original.salt,
      );

      const noPending = await h.request("POST", "/backoffice/environments/sandbox/salt-keys/confirm", {
        token,
        body: {},
      });
      assert.equal(noPending.status, 409);
      assert.equal(noPending.json.code, "NO_PENDING_SALT");

      const rotated = await h.request("POST", "/backoffice/environments/sandbox/salt-keys/rotate", { token });
      assert.equal(rotated.status, 201);
      assert.equal(rotated.json.state, "pending");
      assert.notEqual(rotated.json.salt, original.salt);
      const again = await h.request("POST", "/backoffice/environments/sandbox/salt-keys/rotate", { token });
      assert.equal(again.status, 409);
      assert.equal(again.json.code, "SALT_ROTATION_IN_PROGRESS");

      let keys = await salts();
      assert.deepEqual(
        keys.map((k) => k.state),
        ["active", "pending"],
      );
      // The platform keeps signing with the active salt during the overlap.
      assert.equal(
        (await h.platform.walletEndpoints.lookup(operatorId, "sandbox"))?.signingSalt,
        original.salt,
      );
      const testCall = await h.request("POST", "/backoffice/environments/sandbox/test-call", {
        token,
        body: { playerId: "player-1" },
      });
      assert.equal(testCall.json.outcome.kind, "ok", "calls signed with the active salt still succeed");

      // The wallet does not know the new salt yet: confirmation fails and switches nothing.
      const failed = await h.request("POST", "/backoffice/environments/sandbox/salt-keys/confirm", {
        token,
        body: {},
      });
      assert.equal(failed.status, 409);
      assert.equal(failed.json.code, "SALT_NOT_ACCEPTED");
      assert.equal(failed.json.testCall.outcome.code, "INVALID_KEY");
      keys = await salts();
      assert.equal(keys.find((k) => k.state === "active")?.salt, original.salt);
      assert.equal(keys.find((k) => k.state === "pending")?.salt, rotated.json.salt);
      assert.equal(
        (await h.platform.walletEndpoints.lookup(operatorId, "sandbox"))?.signingSalt,
        original.salt,
      );

      // The wallet now accepts both; the proof call (unknown player) gets PLAYER_NOT_FOUND, which proves the key.
      wallet.salts = [original.salt, rotated.json.salt];
      const callsBefore = wallet.calls.length;
      const confirmed = await h.request("POST", "/backoffice/environments/sandbox/salt-keys/confirm", {
        token,
        body: {},
      });
      assert.equal(confirmed.status, 200, confirmed.text);
      assert.equal(confirmed.json.active.salt, rotated.json.salt);
      assert.equal(confirmed.json.testCall.outcome.code, "PLAYER_NOT_FOUND");
      const proof = wallet.calls[callsBefore];
      assert.equal(proof?.body.action, "balance");

      keys = await salts();
      assert.deepEqual(
        keys.map((k) => [k.state, k.salt]),
        [["active", rotated.json.salt]],
      );
      // Signing switched at once in this process (cache invalidated).
      assert.equal(
        (await h.platform.walletEndpoints.lookup(operatorId, "sandbox"))?.signingSalt,
        rotated.json.salt,
      );
      // The other environment is untouched.
      const live = await h.request("GET", "/backoffice/environments/live/salt-keys", { token });
      assert.notEqual(live.json.keys[0].salt, rotated.json.salt);

      // Audit: start, failed confirm leaves no entry, confirm.
      const audit = await h.request("GET", `/admin/audit-log?targetId=${operatorId}`, {
        token: h.adminToken,
      });
      const actions = audit.json.items.map((e: { action: string }) => e.action);
      assert.ok(actions.includes("salt.rotation_start"));
      assert.equal(actions.filter((a: string) => a === "salt.rotation_confirm").length, 1);
    });

    test("a pending salt can be cancelled; an unknown answer never switches", async () => {
      const { token } = await h.approvedOperator();
      await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
        token,
        body: { callbackUrl: wallet.url },
      });
      const rotated = await h.request("POST", "/backoffice/environments/sandbox/salt-keys/rotate", { token });
      wallet.override = { status: 500, body: "oops" };
      try {
        const failed = await h.request("POST", "/backoffice/environments/sandbox/salt-keys/confirm", {
          token,
          body: {},
        });
        assert.equal(failed.json.code, "SALT_NOT_ACCEPTED");
        assert.equal(failed.json.testCall.outcome.kind, "unknown");
      } finally {
        wallet.override = undefined;
      }
      const cancelled = await h.request("DELETE", "/backoffice/environments/sandbox/salt-keys/pending", {
        token,
      });
      assert.equal(cancelled.status, 204);
      const keys = (await h.request("GET", "/backoffice/environments/sandbox/salt-keys", { token })).json
        .keys;
      assert.equal(keys.length, 1);
      assert.notEqual(keys[0].salt, rotated.json.salt);
      const twice = await h.request("DELETE", "/backoffice/environments/sandbox/salt-keys/pending", {
        token,
      });
      assert.equal(twice.json.code, "NO_PENDING_SALT");
    });

    test("confirm without a callback URL is refused before anything is sent", async () => {
      const { token } = await h.approvedOperator();
      await h.request("POST", "/backoffice/environments/live/salt-keys/rotate", { token });
      const answer = await h.request("POST", "/backoffice/environments/live/salt-keys/confirm", {
        token,
        body: {},
      });
      assert.equal(answer.status, 409);
      assert.equal(answer.json.code, "CALLBACK_URL_NOT_SET");
    });
  });
}
