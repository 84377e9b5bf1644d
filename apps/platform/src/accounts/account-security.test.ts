// Account security of admins (the same routes as operator users': password, reset link, TOTP,
// sessions) and the second factor an admin may require, enforced by the server on every route.
// SQLite and PostgreSQL.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Secret, TOTP } from "otpauth";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";

const PASSWORD = "admin password 123456";

for (const kind of testDialects) {
  describe(`account security (${kind})`, () => {
    let h: Harness;
    let now = Date.now();
    let counter = 0;

    before(async () => {
      h = await startHarness(kind, {
        clock: () => (now += 1),
        appOptions: { limits: { registrationsPerHour: 1_000 } },
      });
    });
    after(async () => {
      await h?.close();
    });

    async function newAdmin(): Promise<{ email: string; token: string }> {
      counter += 1;
      const email = `admin${counter}-${kind}@croupier.test`;
      const created = await h.request("POST", "/admin/admins", {
        token: h.adminToken,
        body: { email, password: PASSWORD },
      });
      assert.equal(created.status, 201, created.text);
      return { email, token: await adminLogin(email, PASSWORD) };
    }

    async function adminLogin(email: string, password: string, totpCode?: string): Promise<string> {
      const answer = await h.request("POST", "/admin/login", {
        body: { email, password, ...(totpCode === undefined ? {} : { totpCode }) },
      });
      assert.equal(answer.status, 200, answer.text);
      return answer.json.token as string;
    }

    /** Sets up and enables TOTP through a surface's routes; returns a code maker. */
    async function enroll(prefix: "/admin" | "/backoffice", token: string): Promise<() => string> {
      const setup = await h.request("POST", `${prefix}/account/totp/setup`, { token });
      assert.equal(setup.status, 200, setup.text);
      const totp = new TOTP({ secret: Secret.fromBase32(setup.json.secret) });
      const enabled = await h.request("POST", `${prefix}/account/totp/enable`, {
        token,
        body: { code: totp.generate({ timestamp: now }) },
      });
      assert.equal(enabled.status, 200, enabled.text);
      return () => {
        now += 30_000; // the next time step: a code works once
        return totp.generate({ timestamp: now });
      };
    }

    const mailTo = async (email: string) => {
      const mails = await h.request("GET", "/admin/account-mails", { token: h.adminToken });
      return mails.json.items.find((m: { to: string }) => m.to === email);
    };

    test("an admin changes the password; other sessions end, this one stays", async () => {
      const admin = await newAdmin();
      const other = await adminLogin(admin.email, PASSWORD);
      const wrong = await h.request("POST", "/admin/account/password", {
        token: admin.token,
        body: { current: "not the password", next: "the new admin password" },
      });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.json.code, "INVALID_LOGIN");
      const changed = await h.request("POST", "/admin/account/password", {
        token: admin.token,
        body: { current: PASSWORD, next: "the new admin password" },
      });
      assert.equal(changed.status, 204, changed.text);
      assert.equal((await h.request("GET", "/admin/me", { token: other })).status, 401);
      assert.equal((await h.request("GET", "/admin/me", { token: admin.token })).status, 200);
      const old = await h.request("POST", "/admin/login", {
        body: { email: admin.email, password: PASSWORD },
      });
      assert.equal(old.status, 401);
      await adminLogin(admin.email, "the new admin password");
      const audit = await h.request("GET", "/admin/audit-log?action=account.password", {
        token: h.adminToken,
      });
      assert.ok(
        audit.json.items.some((e: { actorId: string; actorKind: string }) => e.actorKind === "admin"),
      );
    });

    test("an admin's TOTP: sign-in needs a code; sessions listed; sign out everywhere else", async () => {
      const admin = await newAdmin();
      const before = await h.request("GET", "/admin/account", { token: admin.token });
      assert.deepEqual(before.json.secondFactor, { enabled: false, recoveryCodesLeft: 0, required: false });
      const code = await enroll("/admin", admin.token);
      const bare = await h.request("POST", "/admin/login", {
        body: { email: admin.email, password: PASSWORD },
      });
      assert.equal(bare.status, 401);
      assert.equal(bare.json.code, "SECOND_FACTOR_REQUIRED");
      const wrong = await h.request("POST", "/admin/login", {
        body: { email: admin.email, password: PASSWORD, totpCode: "000000" },
      });
      assert.equal(wrong.json.code, "INVALID_SECOND_FACTOR");
      const second = await adminLogin(admin.email, PASSWORD, code());

      const listed = await h.request("GET", "/admin/account/sessions", { token: second });
      assert.equal(listed.status, 200, listed.text);
      assert.equal(listed.json.items.length, 2, "refused sign-ins left no session");
      assert.equal(listed.json.items.filter((s: { current: boolean }) => s.current).length, 1);
      const ended = await h.request("POST", "/admin/account/sessions/sign-out-others", { token: second });
      assert.equal(ended.json.ended, 1);
      assert.equal((await h.request("GET", "/admin/me", { token: admin.token })).status, 401);
      const after = await h.request("GET", "/admin/account", { token: second });
      assert.equal(after.json.secondFactor.enabled, true);
      // An operator user's token never reaches the admin account routes.
      const operator = await h.approvedOperator();
      assert.equal((await h.request("GET", "/admin/account", { token: operator.token })).status, 401);
    });

    test("admin password reset: a one-time link; an operator's link does not open an admin account", async () => {
      const admin = await newAdmin();
      const asked = await h.request("POST", "/admin/password-resets", { body: { email: admin.email } });
      assert.equal(asked.status, 202);
      const unknown = await h.request("POST", "/admin/password-resets", { body: { email: "no@one.test" } });
      assert.equal(unknown.status, 202, "the same answer for an unknown email");
      const mail = await mailTo(admin.email);
      assert.equal(mail.status, "logged");
      assert.match(mail.body, /\/ui\/admin\/reset-password#token=/);
      const token = /#token=(\S+)/.exec(mail.body)?.[1];
      assert.ok(token);
      const crossed = await h.request("POST", "/backoffice/password-resets/confirm", {
        body: { token, password: "reset admin password 1" },
      });
      assert.equal(crossed.status, 404, "an admin's link is refused by the backoffice");
      assert.equal(crossed.json.code, "RESET_LINK_NOT_FOUND");
      const confirm = () =>
        h.request("POST", "/admin/password-resets/confirm", {
          body: { token, password: "reset admin password 1" },
        });
      assert.equal((await confirm()).status, 204);
      assert.equal(
        (await h.request("GET", "/admin/me", { token: admin.token })).status,
        401,
        "sessions ended",
      );
      await adminLogin(admin.email, "reset admin password 1");
      assert.equal((await confirm()).json.code, "RESET_LINK_NOT_FOUND", "a link works once");
    });

    test("required TOTP: per operator, for every operator and for admins; only enrollment works until then; audit-logged", async () => {
      const first = await h.approvedOperator();
      const second = await h.approvedOperator();
      const credentials = (token: string) => h.request("GET", "/backoffice/credentials", { token });

      const unknown = await h.request("PUT", "/admin/operators/op_nothing/totp-requirement", {
        token: h.adminToken,
        body: { required: true },
      });
      assert.equal(unknown.status, 404);
      const one = await h.request("PUT", `/admin/operators/${first.operatorId}/totp-requirement`, {
        token: h.adminToken,
        body: { required: true },
      });
      assert.equal(one.status, 200, one.text);
      const refused = await credentials(first.token);
      assert.equal(refused.status, 403);
      assert.equal(refused.json.code, "SECOND_FACTOR_ENROLLMENT_REQUIRED");
      assert.equal((await credentials(second.token)).status, 200, "another operator is not concerned");
      const account = await h.request("GET", "/backoffice/account", { token: first.token });
      assert.deepEqual(account.json.secondFactor, { enabled: false, recoveryCodesLeft: 0, required: true });
      assert.equal((await h.request("GET", "/backoffice/me", { token: first.token })).status, 200);
      await enroll("/backoffice", first.token);
      assert.equal((await credentials(first.token)).status, 200, "enrolled: everything works again");

      const everyone = await h.request("PUT", "/admin/security/totp-requirements", {
        token: h.adminToken,
        body: { admins: false, operators: true },
      });
      assert.deepEqual(everyone.json, { admins: false, operators: true, operatorIds: [first.operatorId] });
      assert.equal((await credentials(second.token)).json.code, "SECOND_FACTOR_ENROLLMENT_REQUIRED");
      const disabled = await h.request("PUT", "/admin/security/totp-requirements", {
        token: h.adminToken,
        body: { admins: false, operators: false },
      });
      assert.equal(disabled.status, 200);
      assert.equal((await credentials(second.token)).status, 200);

      // Admins: one with a second factor requires it of all; the others may only enroll.
      const guard = await newAdmin();
      await enroll("/admin", guard.token);
      const admins = await h.request("PUT", "/admin/security/totp-requirements", {
        token: guard.token,
        body: { admins: true, operators: false },
      });
      assert.equal(admins.status, 200, admins.text);
      const blocked = await h.request("GET", "/admin/operators", { token: h.adminToken });
      assert.equal(blocked.status, 403);
      assert.equal(blocked.json.code, "SECOND_FACTOR_ENROLLMENT_REQUIRED");
      const own = await h.request("GET", "/admin/account", { token: h.adminToken });
      assert.equal(own.json.secondFactor.required, true);
      assert.equal((await h.request("GET", "/admin/operators", { token: guard.token })).status, 200);
      await h.request("PUT", "/admin/security/totp-requirements", {
        token: guard.token,
        body: { admins: false, operators: false },
      });
      assert.equal((await h.request("GET", "/admin/operators", { token: h.adminToken })).status, 200);

      const audit = await h.request("GET", "/admin/audit-log?action=security.totp_require", {
        token: h.adminToken,
      });
      assert.deepEqual(audit.json.items.map((e: { details: { scope: string } }) => e.details.scope).sort(), [
        "admins",
        `operator:${first.operatorId}`,
        "operators",
      ]);
      const again = await h.request("PUT", `/admin/operators/${first.operatorId}/totp-requirement`, {
        token: h.adminToken,
        body: { required: true },
      });
      assert.equal(again.status, 200);
      const still = await h.request("GET", "/admin/audit-log?action=security.totp_require", {
        token: h.adminToken,
      });
      assert.equal(still.json.items.length, 3, "setting what is already set records nothing");
    });
  });
}
