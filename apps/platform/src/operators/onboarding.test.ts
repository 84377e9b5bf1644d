import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { testDialects } from "../db/test-databases.ts";
import { randomToken } from "../ids/platform-ids.ts";
import { createCredential } from "./credentials.ts";
import { registerOperator } from "./registration.ts";
import { meetGoLiveConditions } from "../go-live/test/go-live-support.ts";
import { registrationBody, startHarness, USER_PASSWORD, type Harness } from "../test/platform-harness.ts";

/** Every text value of every row of the given tables, for "the secret is nowhere" checks. */
async function allStoredText(h: Harness, tables: string[]): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(h.db.db);
    parts.push(JSON.stringify(rows.rows));
  }
  return parts.join("\n");
}

const ALL_TABLES = [
  "operators",
  "operator_users",
  "operator_credentials",
  "operator_salt_keys",
  "operator_wallet_settings",
  "admins",
  "audit_log",
  "auth_sessions",
  "platform_settings",
];

for (const kind of testDialects) {
  describe(`onboarding (${kind})`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(kind);
    });
    after(async () => h?.close());

    test("registration → pending; approval → sandbox; credential works on /v1 until revoked", async () => {
      const { operatorId, email } = await h.register();
      const token = await h.login(email);

      let me = await h.request("GET", "/backoffice/me", { token });
      assert.equal(me.status, 200);
      assert.equal(me.json.operator.status, "pending");
      assert.equal(me.json.user.email, email);
      assert.deepEqual(me.json.operator.expectedMonthlyVolume, { amountMinor: 250_000_000, currency: "EUR" });

      // Nothing is provisioned before approval.
      const early = await h.request("POST", "/backoffice/credentials", {
        token,
        body: { environment: "sandbox", label: "too early" },
      });
      assert.equal(early.status, 409);
      assert.equal(early.json.code, "OPERATOR_NOT_APPROVED");

      await h.approve(operatorId);
      me = await h.request("GET", "/backoffice/me", { token });
      assert.equal(me.json.operator.status, "sandbox");
      assert.deepEqual(me.json.canLaunchGames, { sandbox: true, live: false });

      const created = await h.request("POST", "/backoffice/credentials", {
        token,
        body: { environment: "sandbox", label: "staging server" },
      });
      assert.equal(created.status, 201);
      assert.equal(created.headers.get("cache-control"), "no-store");
      const apiToken: string = created.json.token;
      assert.match(apiToken, /^crp_sandbox_[0-9a-z]{26}_[A-Za-z0-9_-]{43}$/);
      assert.ok(apiToken.startsWith(created.json.credential.prefix));

      // Shown once: the list never carries the token, and the DB holds only a hash.
      const list = await h.request("GET", "/backoffice/credentials", { token });
      assert.equal(list.json.items.length, 1);
      assert.equal(list.json.items[0].label, "staging server");
      // The secret is the last 43 characters; base64url may itself contain "_", so it is cut by length.
      const secret = apiToken.slice(-43);
      assert.ok(!list.text.includes(secret));
      const stored = await allStoredText(h, ALL_TABLES);
      assert.ok(!stored.includes(secret), "the credential secret must not be stored anywhere");
      assert.ok(!stored.includes(apiToken));

      const v1 = await h.request("GET", "/v1/me", { token: apiToken });
      assert.equal(v1.status, 200);
      assert.deepEqual(v1.json, {
        operatorId,
        environment: "sandbox",
        credentialId: created.json.credential.id,
        status: "sandbox",
        canLaunchGames: true,
      });
      const used = await h.request("GET", "/backoffice/credentials", { token });
      assert.equal(typeof used.json.items[0].lastUsedAtMs, "number");

      const revoked = await h.request("DELETE", `/backoffice/credentials/${created.json.credential.id}`, {
        token,
      });
      assert.equal(revoked.status, 200);
      assert.equal(typeof revoked.json.revokedAtMs, "number");
      const refused = await h.request("GET", "/v1/me", { token: apiToken });
      assert.equal(refused.status, 401);
      assert.equal(refused.json.code, "UNAUTHORIZED");

      const withRevoked = await h.request("GET", "/backoffice/credentials?includeRevoked=true", { token });
      assert.equal(withRevoked.json.items.length, 1);
      const withoutRevoked = await h.request("GET", "/backoffice/credentials", { token });
      assert.equal(withoutRevoked.json.items.length, 0);
    });

    test("a token whose credential id has 16 characters (issued before ids began with their time) still works", async () => {
      // Registered through the service: the public form's hourly limit is spent by the tests above.
      const registered = await registerOperator(
        h.platform.deps,
        registrationBody(`older-token-${kind}@operator.test`),
      );
      assert.ok(registered.ok);
      const { operatorId } = registered;
      await h.approve(operatorId);
      const older = await createCredential(
        { ...h.platform.deps, ids: (prefix) => `${prefix}_${randomToken(16)}` },
        { operatorId, environment: "sandbox", label: "from before", actor: { kind: "system", id: "test" } },
      );
      assert.ok(older.ok);
      assert.match(older.token, /^crp_sandbox_[0-9a-z]{16}_[A-Za-z0-9_-]{43}$/);
      const v1 = await h.request("GET", "/v1/me", { token: older.token });
      assert.equal(v1.status, 200);
      assert.equal(v1.json.credentialId, older.credential.id);
      // One character short of 16 is malformed: refused like an unknown credential.
      const cut = await h.request("GET", "/v1/me", {
        token: older.token.replace(/^crp_sandbox_./, "crp_sandbox_"),
      });
      assert.equal(cut.status, 401);
    });

    test("registration rules: unique email, real currencies, volume as a figure or a range; passwords scrypt-hashed", async () => {
      const { email, userId } = await h.register({ expectedMonthlyVolume: { range: "1m_10m" } });
      const stored = await h.db.db
        .selectFrom("operator_users")
        .selectAll()
        .where("id", "=", userId)
        .executeTakeFirstOrThrow();
      assert.match(stored.password_hash, /^scrypt\$\d+\$8\$1\$/);
      assert.ok(!stored.password_hash.includes(USER_PASSWORD));
      const token = await h.login(email.toUpperCase());
      const me = await h.request("GET", "/backoffice/me", { token });
      assert.deepEqual(me.json.operator.expectedMonthlyVolume, { range: "1m_10m" });

      // An email that has an account gets the answer a new one gets (the form must not reveal who
      // is a customer), but nothing is created or changed; the account's operator is told.
      const operatorsBefore = await h.db.db.selectFrom("operators").select("id").execute();
      const taken = await h.request("POST", "/backoffice/registrations", {
        body: registrationBody(email.toUpperCase(), {
          user: { email: email.toUpperCase(), password: "another password 1" },
        }),
      });
      const fresh = await h.request("POST", "/backoffice/registrations", {
        body: registrationBody("new0@operator.test"),
      });
      assert.equal(taken.status, fresh.status);
      assert.equal(taken.status, 201);
      assert.deepEqual(Object.keys(taken.json).sort(), Object.keys(fresh.json).sort());
      assert.equal(taken.json.status, "pending");
      assert.match(taken.json.operatorId, /^op_/);
      assert.notEqual(taken.json.operatorId, stored.operator_id);
      assert.notEqual(taken.json.userId, userId);
      assert.equal(
        (await h.db.db.selectFrom("operators").select("id").execute()).length,
        operatorsBefore.length + 1,
        "only the new email created an operator",
      );
      await h.login(email);
      assert.equal(
        (await h.request("POST", "/backoffice/login", { body: { email, password: "another password 1" } }))
          .status,
        401,
        "the existing account's password is unchanged",
      );
      const told = await h.request("GET", `/admin/audit-log?targetId=${stored.operator_id}`, {
        token: h.adminToken,
      });
      assert.ok(
        told.json.items.some((e: { action: string }) => e.action === "operator_user.registration_attempt"),
        JSON.stringify(told.json.items),
      );

      const currency = await h.request("POST", "/backoffice/registrations", {
        body: registrationBody("fresh1@operator.test", { currencies: ["EUR", "XYZ"] }),
      });
      assert.equal(currency.status, 400);
      assert.equal(currency.json.code, "INVALID_REGISTRATION");
      assert.match(currency.json.detail, /XYZ/);
      const twice = await h.request("POST", "/backoffice/registrations", {
        body: registrationBody("fresh2@operator.test", { licenceJurisdictions: ["MT", "MT"] }),
      });
      assert.equal(twice.json.code, "INVALID_REGISTRATION");
      const both = await h.request("POST", "/backoffice/registrations", {
        body: registrationBody("fresh3@operator.test", {
          expectedMonthlyVolume: { amountMinor: 1, currency: "EUR", range: "1m_10m" },
        }),
      });
      assert.equal(both.status, 400);
      // Nothing of the refused registrations was stored.
      const users = await h.db.db
        .selectFrom("operator_users")
        .select("email")
        .where("email", "like", "fresh%")
        .execute();
      assert.deepEqual(users, []);

      const wrong = await h.request("POST", "/backoffice/login", {
        body: { email, password: "wrong password!" },
      });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.json.code, "INVALID_LOGIN");
      const unknown = await h.request("POST", "/backoffice/login", {
        body: { email: "nobody@operator.test", password: "wrong password!" },
      });
      assert.equal(unknown.json.detail, wrong.json.detail, "unknown email and wrong password look the same");
    });

    test("salt keys are readable by their operator and stored only encrypted", async () => {
      const { operatorId, token } = await h.approvedOperator();
      for (const environment of ["sandbox", "live"]) {
        const answer = await h.request("GET", `/backoffice/environments/${environment}/salt-keys`, { token });
        assert.equal(answer.status, 200);
        assert.equal(answer.json.keys.length, 1);
        const [key] = answer.json.keys;
        assert.equal(key.state, "active");
        assert.match(key.salt, /^[A-Za-z0-9_-]{43}$/);
        const rows = await h.db.db
          .selectFrom("operator_salt_keys")
          .selectAll()
          .where("operator_id", "=", operatorId)
          .where("environment", "=", environment as "sandbox")
          .execute();
        assert.equal(rows.length, 1);
        assert.ok(!rows[0]!.sealed_salt.includes(key.salt));
        assert.ok(!rows[0]!.sealed_salt.includes(Buffer.from(key.salt).toString("base64")));
        const everything = await allStoredText(h, ALL_TABLES);
        assert.ok(!everything.includes(key.salt), "the salt must not be stored in clear anywhere");
      }
    });

    test("a live credential needs a live operator; its environment is live", async () => {
      const { operatorId, token } = await h.approvedOperator();
      const early = await h.request("POST", "/backoffice/credentials", {
        token,
        body: { environment: "live", label: "prod" },
      });
      assert.equal(early.status, 409);
      assert.equal(early.json.code, "LIVE_NOT_ENABLED");

      await meetGoLiveConditions(h, { operatorId, token });
      const goLive = await h.request("POST", `/admin/operators/${operatorId}/go-live`, {
        token: h.adminToken,
      });
      assert.equal(goLive.status, 200);
      const live = await h.request("POST", "/backoffice/credentials", {
        token,
        body: { environment: "live", label: "prod" },
      });
      assert.equal(live.status, 201);
      const sandbox = await h.request("POST", "/backoffice/credentials", {
        token,
        body: { environment: "sandbox", label: "stage" },
      });
      assert.equal((await h.request("GET", "/v1/me", { token: live.json.token })).json.environment, "live");
      assert.equal(
        (await h.request("GET", "/v1/me", { token: sandbox.json.token })).json.environment,
        "sandbox",
      );

      // A token whose environment part was edited does not authenticate.
      const tampered = (sandbox.json.token as string).replace("crp_sandbox_", "crp_live_");
      assert.equal((await h.request("GET", "/v1/me", { token: tampered })).status, 401);
    });

    test("suspension blocks launches but not reads; reinstate restores the previous status", async () => {
      const { operatorId, token } = await h.approvedOperator();
      const created = await h.request("POST", "/backoffice/credentials", {
        token,
        body: { environment: "sandbox", label: "x" },
      });
      const suspended = await h.request("POST", `/admin/operators/${operatorId}/suspend`, {
        token: h.adminToken,
        body: { reason: "chargeback investigation" },
      });
      assert.equal(suspended.status, 200);
      assert.equal(suspended.json.status, "suspended");
      const me = await h.request("GET", "/v1/me", { token: created.json.token });
      assert.equal(me.status, 200);
      assert.equal(me.json.status, "suspended");
      assert.equal(me.json.canLaunchGames, false);
      const bo = await h.request("GET", "/backoffice/me", { token });
      assert.equal(bo.json.operator.statusReason, "chargeback investigation");

      // The wallet endpoint stays available so open rounds settle.
      await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
        token,
        body: { callbackUrl: "http://127.0.0.1:9/wallet" },
      });
      const endpoint = await h.platform.walletEndpoints.lookup(operatorId, "sandbox");
      assert.equal(endpoint?.callbackUrl, "http://127.0.0.1:9/wallet");

      const reinstated = await h.request("POST", `/admin/operators/${operatorId}/reinstate`, {
        token: h.adminToken,
      });
      assert.equal(reinstated.json.status, "sandbox");
      assert.equal(reinstated.json.statusReason, null);
      assert.equal(
        (await h.request("GET", "/v1/me", { token: created.json.token })).json.canLaunchGames,
        true,
      );
    });
  });
}
