import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";
import { MAX_ACTIVE_STUDIO_KEYS } from "./studio-keys.ts";

const TEMPLATE = "https://games.nova.example/start?t={token}&g={game_id}";

for (const kind of testDialects) {
  describe(`studio admin (${kind})`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(kind);
    });
    after(async () => h?.close());
    const admin = (method: string, path: string, body?: unknown) =>
      h.request(method, `/admin${path}`, { token: h.adminToken, ...(body === undefined ? {} : { body }) });

    test("register, change and list studios; refusals have stable codes", async () => {
      const created = await admin("POST", "/studios", {
        id: "nova",
        name: "Nova Games",
        launchUrlTemplate: TEMPLATE,
      });
      assert.equal(created.status, 201, created.text);
      assert.equal(created.json.status, "active");
      assert.equal(
        (await admin("POST", "/studios", { id: "nova", name: "Again", launchUrlTemplate: TEMPLATE })).json
          .code,
        "STUDIO_EXISTS",
      );
      const reserved = await admin("POST", "/studios", {
        id: "croupier-studio",
        name: "Me",
        launchUrlTemplate: TEMPLATE,
      });
      assert.equal(reserved.status, 409);
      assert.equal(reserved.json.code, "STUDIO_ID_RESERVED");
      for (const launchUrlTemplate of [
        "https://nova.example/start",
        "https://nova.example/?t={token}&x={player_secret}",
        "ftp://nova.example/{token}",
        "not a url {token}",
      ]) {
        const bad = await admin("POST", "/studios", { id: "nova-2", name: "Nova 2", launchUrlTemplate });
        assert.equal(bad.status, 400, launchUrlTemplate);
        assert.equal(bad.json.code, "INVALID_LAUNCH_URL_TEMPLATE", launchUrlTemplate);
      }
      const badId = await admin("POST", "/studios", {
        id: "Nova Games",
        name: "x",
        launchUrlTemplate: TEMPLATE,
      });
      assert.equal(badId.json.code, "VALIDATION_FAILED");

      const changed = await admin("PATCH", "/studios/nova", { status: "disabled", name: "Nova Games Ltd" });
      assert.equal(changed.status, 200, changed.text);
      assert.equal(changed.json.status, "disabled");
      assert.equal((await admin("GET", "/studios/nova")).json.name, "Nova Games Ltd");
      assert.equal((await admin("GET", "/studios/nope")).json.code, "STUDIO_NOT_FOUND");
      assert.equal((await admin("PATCH", "/studios/nope", { status: "active" })).status, 404);
      const list = await admin("GET", "/studios?limit=10");
      assert.ok(list.json.items.some((studio: { id: string }) => studio.id === "nova"));

      // Operators' sessions never open the admin surface.
      const { email } = await h.register();
      const boToken = await h.login(email);
      assert.equal((await h.request("GET", "/admin/studios", { token: boToken })).status, 401);
      assert.equal((await h.request("GET", "/admin/studios")).status, 401);
    });

    test("gateway credentials: the secret is shown once, stored sealed, revocable; every change audited", async () => {
      await admin("POST", "/studios", { id: "orbit", name: "Orbit", launchUrlTemplate: TEMPLATE });
      const issued = await admin("POST", "/studios/orbit/credentials", { label: "production" });
      assert.equal(issued.status, 201, issued.text);
      assert.equal(issued.headers.get("cache-control"), "no-store");
      const { key, secret } = issued.json;
      assert.match(key.id, /^gwk_/);
      assert.match(secret, /^gws_[A-Za-z0-9_-]{43}$/);

      const listed = await admin("GET", "/studios/orbit/credentials");
      assert.deepEqual(
        listed.json.items.map((item: { id: string }) => item.id),
        [key.id],
      );
      assert.ok(!listed.text.includes(secret), "never listed");
      const row = await h.db.db
        .selectFrom("studio_keys")
        .selectAll()
        .where("id", "=", key.id)
        .executeTakeFirstOrThrow();
      assert.ok(!row.sealed_secret.includes(secret.slice(4)), "not stored in clear");
      const box = h.platform.deps.secretBox;
      assert.equal(box.open(row.sealed_secret, `studio-key:orbit:${key.id}`), secret);
      assert.throws(
        () => box.open(row.sealed_secret, `studio-key:other:${key.id}`),
        "bound to its studio and key",
      );

      const revoked = await admin("DELETE", `/studios/orbit/credentials/${key.id}`);
      assert.equal(revoked.status, 200);
      assert.equal(typeof revoked.json.revokedAtMs, "number");
      const again = await admin("DELETE", `/studios/orbit/credentials/${key.id}`);
      assert.equal(again.json.revokedAtMs, revoked.json.revokedAtMs, "idempotent");
      assert.equal(
        (await admin("DELETE", "/studios/orbit/credentials/gwk_nope")).json.code,
        "STUDIO_KEY_NOT_FOUND",
      );
      assert.equal((await admin("GET", "/studios/orbit/credentials")).json.items.length, 0);
      assert.equal(
        (await admin("GET", "/studios/orbit/credentials?includeRevoked=true")).json.items.length,
        1,
      );
      assert.equal(
        (await admin("POST", "/studios/nope/credentials", { label: "x" })).json.code,
        "STUDIO_NOT_FOUND",
      );

      const audit = await admin("GET", "/audit-log?targetId=orbit");
      assert.deepEqual(
        audit.json.items.map((entry: { action: string }) => entry.action),
        ["studio_key.revoke", "studio_key.create", "studio.create"],
      );
      assert.ok(audit.json.items.every((entry: { actorKind: string }) => entry.actorKind === "admin"));
      assert.equal(audit.json.items[1].details.keyId, key.id);
      assert.ok(!audit.text.includes(secret.slice(4)), "no secret in the audit log");
    });

    test("at most a bounded number of unrevoked keys per studio", async () => {
      await admin("POST", "/studios", { id: "many", name: "Many", launchUrlTemplate: TEMPLATE });
      for (let i = 0; i < MAX_ACTIVE_STUDIO_KEYS; i += 1) {
        assert.equal((await admin("POST", "/studios/many/credentials", { label: `k${i}` })).status, 201);
      }
      const refused = await admin("POST", "/studios/many/credentials", { label: "one more" });
      assert.equal(refused.status, 409);
      assert.equal(refused.json.code, "STUDIO_KEY_LIMIT_REACHED");
    });
  });
}
