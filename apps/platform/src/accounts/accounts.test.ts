// Team accounts through the API: invitations by email (the link read from the admins' mail
// outbox), the role matrix on every backoffice route, TOTP sign-in with replay protection and
// recovery codes, and the owner rules. SQLite and PostgreSQL.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Secret, TOTP } from "otpauth";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";
import { BACKOFFICE_PERMISSIONS } from "./permissions.ts";
import { TEAM_ROLES, type TeamRole } from "./tables.ts";

const PASSWORD = "member password 1234";

/** A concrete request for a route pattern: sandbox for environments, unknown ids elsewhere. */
function concrete(pattern: string): string {
  return pattern.replace(":environment", "sandbox").replace(/:[a-zA-Z_]+/g, "nothing-here");
}

for (const kind of testDialects) {
  describe(`team accounts (${kind})`, () => {
    let h: Harness;
    let now = Date.now();
    let owner: { operatorId: string; token: string; email: string };
    const tokens = new Map<TeamRole, string>();
    const userIds = new Map<TeamRole, string>();

    async function invite(role: TeamRole): Promise<{ email: string; token: string; userId: string }> {
      const email = `${role}-${kind}-${Math.random().toString(36).slice(2, 8)}@team.test`;
      const invited = await h.request("POST", "/backoffice/team/invites", {
        token: owner.token,
        body: { email, role },
      });
      assert.equal(invited.status, 201, invited.text);
      const mails = await h.request("GET", "/admin/account-mails", { token: h.adminToken });
      const mail = mails.json.items.find((m: { to: string }) => m.to === email);
      const link = /#token=(\S+)/.exec(mail.body)?.[1];
      assert.ok(link, mail.body);
      const accepted = await h.request("POST", "/backoffice/invites/accept", {
        body: { token: link, password: PASSWORD },
      });
      assert.equal(accepted.status, 201, accepted.text);
      const again = await h.request("POST", "/backoffice/invites/accept", {
        body: { token: link, password: PASSWORD },
      });
      assert.equal(again.status, 404, "an invitation works once");
      return { email, token: await h.login(email, PASSWORD), userId: accepted.json.userId };
    }

    before(async () => {
      // Invitations, registrations and resets share a per-IP hourly limit; this file makes many.
      h = await startHarness(kind, {
        clock: () => (now += 1),
        appOptions: { limits: { registrationsPerHour: 1_000 } },
      });
      owner = await h.approvedOperator();
      tokens.set("owner", owner.token);
      for (const role of ["developer", "finance", "viewer"] as const) {
        const member = await invite(role);
        tokens.set(role, member.token);
        userIds.set(role, member.userId);
      }
    });
    after(async () => {
      await h?.close();
    });

    test("the team lists every member with its role", async () => {
      const team = await h.request("GET", "/backoffice/team", { token: tokens.get("viewer") });
      assert.equal(team.status, 200);
      assert.deepEqual(team.json.members.map((m: { role: string }) => m.role).sort(), [
        "developer",
        "finance",
        "owner",
        "viewer",
      ]);
    });

    test("role matrix: every backoffice route refuses exactly the roles its rule leaves out", async () => {
      for (const [key, allowed] of Object.entries(BACKOFFICE_PERMISSIONS)) {
        const [method = "", pattern = ""] = key.split(" ");
        if (key === "POST /backoffice/logout") continue; // checked below with spare sessions
        for (const role of TEAM_ROLES) {
          const body = ["POST", "PUT", "PATCH"].includes(method) ? {} : undefined;
          const answer = await h.request(method, concrete(pattern), {
            token: tokens.get(role)!,
            ...(body === undefined ? {} : { body }),
          });
          assert.ok(answer.status < 500, `${key} as ${role}: ${answer.text}`);
          if (allowed.includes(role))
            assert.notEqual(answer.status, 403, `${key} as ${role}: ${answer.text}`);
          else {
            assert.equal(answer.status, 403, `${key} as ${role} must be refused: ${answer.status}`);
            assert.equal(answer.json.code, "FORBIDDEN");
          }
        }
      }
      for (const role of TEAM_ROLES) {
        const account = await h.request("GET", "/backoffice/account", { token: tokens.get(role)! });
        assert.equal(account.json.role, role);
      }
    });

    test("what each role sees: salts for builders only, CSV for money roles, team changes for owners", async () => {
      const salt = (role: TeamRole) =>
        h.request("GET", "/backoffice/environments/sandbox/salt-keys", { token: tokens.get(role)! });
      assert.equal((await salt("developer")).status, 200);
      assert.equal((await salt("finance")).status, 403);
      assert.equal((await salt("viewer")).status, 403);
      const csv = (role: TeamRole) =>
        h.request("GET", "/backoffice/environments/sandbox/rounds.csv", { token: tokens.get(role)! });
      assert.equal((await csv("finance")).status, 200);
      assert.equal((await csv("viewer")).status, 403);
      const promote = await h.request("PATCH", `/backoffice/team/members/${userIds.get("viewer")}`, {
        token: tokens.get("developer")!,
        body: { role: "owner" },
      });
      assert.equal(promote.status, 403);
    });

    test("TOTP: set up, enable, sign-in needs a fresh code; a code works once; recovery codes work once", async () => {
      const email = (await h.request("GET", "/backoffice/account", { token: tokens.get("developer")! })).json
        .email;
      const token = tokens.get("developer")!;
      const setup = await h.request("POST", "/backoffice/account/totp/setup", { token });
      assert.equal(setup.status, 200, setup.text);
      assert.match(setup.json.uri, /^otpauth:\/\/totp\//);
      const totp = new TOTP({ secret: Secret.fromBase32(setup.json.secret) });
      const code = () => totp.generate({ timestamp: now });
      const wrong = await h.request("POST", "/backoffice/account/totp/enable", {
        token,
        body: { code: "000000" },
      });
      assert.equal(wrong.json.code, "INVALID_SECOND_FACTOR");
      const enabled = await h.request("POST", "/backoffice/account/totp/enable", {
        token,
        body: { code: code() },
      });
      assert.equal(enabled.status, 200, enabled.text);
      assert.equal(enabled.json.recoveryCodes.length, 10);

      const login = (totpCode?: string) =>
        h.request("POST", "/backoffice/login", {
          body: { email, password: PASSWORD, ...(totpCode === undefined ? {} : { totpCode }) },
        });
      const bare = await login();
      assert.equal(bare.status, 401);
      assert.equal(bare.json.code, "SECOND_FACTOR_REQUIRED");
      assert.equal((await login(code())).json.code, "INVALID_SECOND_FACTOR", "the enabling code is used up");
      now += 30_000;
      const fresh = code();
      const signedIn = await login(fresh);
      assert.equal(signedIn.status, 200, signedIn.text);
      assert.equal((await login(fresh)).status, 401, "the same code never works twice");
      const recovery = enabled.json.recoveryCodes[0] as string;
      assert.equal((await login(recovery)).status, 200);
      assert.equal((await login(recovery)).status, 401, "a recovery code works once");
      const account = await h.request("GET", "/backoffice/account", { token });
      assert.deepEqual(account.json.secondFactor, { enabled: true, recoveryCodesLeft: 9, required: false });
      // A refused sign-in leaves no session behind: only the two good sign-ins opened one.
      const sessions = await h.db.db
        .selectFrom("auth_sessions")
        .select("token_hash")
        .where("subject_id", "=", account.json.userId)
        .execute();
      assert.equal(sessions.length, 3);
    });

    test("owners: the last owner keeps the role; a removed member's session ends at once", async () => {
      const ownerId = (await h.request("GET", "/backoffice/account", { token: owner.token })).json.userId;
      const demote = await h.request("PATCH", `/backoffice/team/members/${ownerId}`, {
        token: owner.token,
        body: { role: "viewer" },
      });
      assert.equal(demote.status, 409);
      assert.equal(demote.json.code, "LAST_OWNER");
      const member = await invite("viewer");
      assert.equal((await h.request("GET", "/backoffice/me", { token: member.token })).status, 200);
      const removed = await h.request("DELETE", `/backoffice/team/members/${member.userId}`, {
        token: owner.token,
      });
      assert.equal(removed.status, 204, removed.text);
      assert.equal((await h.request("GET", "/backoffice/me", { token: member.token })).status, 401);
      const other = await h.approvedOperator();
      const foreign = await h.request("DELETE", `/backoffice/team/members/${ownerId}`, {
        token: other.token,
      });
      assert.equal(foreign.status, 404);
    });

    test("sessions: listed with the current one marked; sign out elsewhere; a password change ends the others", async () => {
      const member = await invite("finance");
      const second = await h.login(member.email, PASSWORD);
      const listed = await h.request("GET", "/backoffice/account/sessions", { token: second });
      assert.equal(listed.json.items.length, 2, "the invite helper's sign-in and this one");
      assert.equal(listed.json.items.filter((s: { current: boolean }) => s.current).length, 1);
      const ended = await h.request("POST", "/backoffice/account/sessions/sign-out-others", {
        token: second,
      });
      assert.ok(ended.json.ended >= 1);
      assert.equal((await h.request("GET", "/backoffice/me", { token: member.token })).status, 401);
      assert.equal((await h.request("GET", "/backoffice/me", { token: second })).status, 200);

      const third = await h.login(member.email, PASSWORD);
      const wrong = await h.request("POST", "/backoffice/account/password", {
        token: second,
        body: { current: "not it at all", next: "a brand new password" },
      });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.json.code, "INVALID_LOGIN");
      const changed = await h.request("POST", "/backoffice/account/password", {
        token: second,
        body: { current: PASSWORD, next: "a brand new password" },
      });
      assert.equal(changed.status, 204, changed.text);
      assert.equal((await h.request("GET", "/backoffice/me", { token: third })).status, 401);
      assert.equal((await h.request("GET", "/backoffice/me", { token: second })).status, 200);
      assert.equal(
        (await h.request("POST", "/backoffice/login", { body: { email: member.email, password: PASSWORD } }))
          .status,
        401,
      );
      await h.login(member.email, "a brand new password");
    });

    test("password reset: a one-time link by mail; unknown emails get the same answer; sessions end", async () => {
      const member = await invite("viewer");
      const mailsBefore = (await h.request("GET", "/admin/account-mails", { token: h.adminToken })).json.items
        .length;
      const unknown = await h.request("POST", "/backoffice/password-resets", {
        body: { email: "nobody@nowhere.test" },
      });
      assert.equal(unknown.status, 202);
      const asked = await h.request("POST", "/backoffice/password-resets", { body: { email: member.email } });
      assert.equal(asked.status, 202);
      const mails = (await h.request("GET", "/admin/account-mails", { token: h.adminToken })).json.items;
      assert.equal(mails.length, mailsBefore + 1, "only the known email got a mail");
      const token = /#token=(\S+)/.exec(mails[0].body)?.[1];
      assert.ok(token);
      const reset = (password: string) =>
        h.request("POST", "/backoffice/password-resets/confirm", { body: { token, password } });
      assert.equal((await reset("reset password 12345")).status, 204);
      assert.equal((await h.request("GET", "/backoffice/me", { token: member.token })).status, 401);
      await h.login(member.email, "reset password 12345");
      const again = await reset("another reset 123456");
      assert.equal(again.status, 404);
      assert.equal(again.json.code, "RESET_LINK_NOT_FOUND");
    });

    test("logout is open to every role", async () => {
      for (const role of TEAM_ROLES) {
        const email = (await h.request("GET", "/backoffice/account", { token: tokens.get(role)! })).json
          .email;
        if (role === "developer") continue; // has a second factor now
        const spare = await h.login(email, role === "owner" ? undefined : PASSWORD);
        assert.equal((await h.request("POST", "/backoffice/logout", { token: spare })).status, 204);
      }
    });
  });
}
