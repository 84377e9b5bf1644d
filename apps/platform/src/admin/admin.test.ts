import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { meetGoLiveConditions } from "../go-live/test/go-live-support.ts";
import { ADMIN_EMAIL, startHarness, type Harness } from "../test/platform-harness.ts";

for (const kind of testDialects) {
  describe(`admin API (${kind})`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(kind, { appOptions: { limits: { registrationsPerHour: 1_000 } } });
    });
    after(async () => h?.close());

    const post = (path: string, body?: unknown) => h.request("POST", path, { token: h.adminToken, body });

    test("status transitions: allowed ones succeed, the others are refused with INVALID_STATUS_TRANSITION", async () => {
      const { operatorId, email } = await h.register();
      const refuse = async (path: string, body?: unknown) => {
        const answer = await post(`/admin/operators/${operatorId}/${path}`, body);
        assert.equal(answer.status, 409, `${path}: ${answer.text}`);
        assert.equal(answer.json.code, "INVALID_STATUS_TRANSITION");
        return answer;
      };
      const allow = async (path: string, status: string, body?: unknown) => {
        const answer = await post(`/admin/operators/${operatorId}/${path}`, body);
        assert.equal(answer.status, 200, `${path}: ${answer.text}`);
        assert.equal(answer.json.status, status);
      };
      // pending
      const fromPending = await refuse("go-live");
      assert.equal(fromPending.json.currentStatus, "pending");
      await refuse("suspend", { reason: "x" });
      await refuse("reinstate");
      await allow("approve", "sandbox");
      // sandbox
      await refuse("approve");
      await refuse("reject", { reason: "x" });
      await refuse("reinstate");
      await allow("suspend", "suspended", { reason: "KYC documents expired" });
      // suspended (from sandbox)
      await refuse("go-live");
      await refuse("suspend", { reason: "again" });
      await allow("reinstate", "sandbox");
      await meetGoLiveConditions(h, { operatorId, token: await h.login(email) });
      await allow("go-live", "live");
      // live
      await refuse("go-live");
      await allow("suspend", "suspended", { reason: "fraud review" });
      await allow("reinstate", "live");

      const other = await h.register();
      const rejected = await post(`/admin/operators/${other.operatorId}/reject`, {
        reason: "No valid licence.",
      });
      assert.equal(rejected.json.status, "rejected");
      assert.equal(rejected.json.statusReason, "No valid licence.");
      for (const path of ["approve", "go-live", "reinstate"]) {
        const answer = await post(`/admin/operators/${other.operatorId}/${path}`);
        assert.equal(answer.json.code, "INVALID_STATUS_TRANSITION", path);
      }
      // A rejected operator's user may sign in to read why, but gets nothing provisioned.
      const token = await h.login(other.email);
      const me = await h.request("GET", "/backoffice/me", { token });
      assert.equal(me.json.operator.status, "rejected");
      assert.equal(me.json.operator.statusReason, "No valid licence.");
      const salts = await h.request("GET", "/backoffice/environments/sandbox/salt-keys", { token });
      assert.equal(salts.json.code, "OPERATOR_NOT_APPROVED");
    });

    test("reject and suspend need a reason; unknown operators are 404", async () => {
      const { operatorId } = await h.register();
      for (const body of [undefined, {}, { reason: "" }, { reason: "   " }]) {
        const answer = await post(`/admin/operators/${operatorId}/reject`, body);
        assert.equal(answer.status, 400, JSON.stringify(body));
      }
      const missing = await post("/admin/operators/op_nope/approve");
      assert.equal(missing.status, 404);
      assert.equal(missing.json.code, "OPERATOR_NOT_FOUND");
      assert.equal((await h.request("GET", "/admin/operators/op_nope", { token: h.adminToken })).status, 404);
    });

    test("two admins approving at once: one wins, one is refused, provisioning happens once", async () => {
      const { operatorId } = await h.register();
      const answers = await Promise.all([1, 2, 3].map(() => post(`/admin/operators/${operatorId}/approve`)));
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409, 409]);
      const salts = await h.db.db
        .selectFrom("operator_salt_keys")
        .selectAll()
        .where("operator_id", "=", operatorId)
        .execute();
      assert.equal(salts.length, 2);
    });

    test("list and filter operators and registrations with cursor pagination", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++)
        ids.push((await h.register({ companyName: `Paging Casino ${i}` })).operatorId);
      await h.approve(ids[0]!);

      const pending = await h.request("GET", "/admin/registrations?limit=200", { token: h.adminToken });
      assert.ok(pending.json.items.every((o: { status: string }) => o.status === "pending"));
      assert.ok(!pending.json.items.some((o: { id: string }) => o.id === ids[0]));

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/admin/operators?search=paging%20CASINO&limit=2${cursor === null ? "" : `&cursor=${cursor}`}`;
        const page = await h.request("GET", query, { token: h.adminToken });
        assert.equal(page.status, 200, page.text);
        assert.ok(page.json.items.length <= 2);
        seen.push(...page.json.items.map((o: { id: string }) => o.id));
        cursor = page.json.nextCursor;
      } while (cursor !== null);
      assert.deepEqual([...seen].sort(), [...ids].sort(), "every match exactly once");

      const sandbox = await h.request("GET", "/admin/operators?status=sandbox&search=Paging", {
        token: h.adminToken,
      });
      assert.deepEqual(
        sandbox.json.items.map((o: { id: string }) => o.id),
        [ids[0]],
      );
      // LIKE wildcards in the search are literal.
      const wildcard = await h.request("GET", "/admin/operators?search=%25", { token: h.adminToken });
      assert.equal(wildcard.json.items.length, 0);
      const bad = await h.request("GET", "/admin/operators?cursor=garbage", { token: h.adminToken });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.code, "INVALID_CURSOR");
      const wrongKind = Buffer.from(JSON.stringify(["text", "id"])).toString("base64url");
      assert.equal(
        (await h.request("GET", `/admin/operators?cursor=${wrongKind}`, { token: h.adminToken })).status,
        400,
      );
    });

    test("admins: list, create (audited), sign in; duplicate emails refused", async () => {
      const created = await post("/admin/admins", {
        email: "Second@Croupier.test",
        password: "another long password",
      });
      assert.equal(created.status, 201);
      assert.equal(created.json.email, "second@croupier.test");
      assert.equal(typeof created.json.createdByAdminId, "string");
      const duplicate = await post("/admin/admins", {
        email: "second@croupier.test",
        password: "another long password",
      });
      assert.equal(duplicate.json.code, "ADMIN_EMAIL_TAKEN");
      const weak = await post("/admin/admins", { email: "third@croupier.test", password: "short" });
      assert.equal(weak.status, 400);
      const list = await h.request("GET", "/admin/admins", { token: h.adminToken });
      assert.deepEqual(
        list.json.items.map((a: { email: string }) => a.email),
        [ADMIN_EMAIL, "second@croupier.test"],
      );
      const login = await h.request("POST", "/admin/login", {
        body: { email: "second@croupier.test", password: "another long password" },
      });
      assert.equal(login.status, 200);
      const me = await h.request("GET", "/admin/me", { token: login.json.token });
      assert.equal(me.json.email, "second@croupier.test");
    });

    test("every admin action is in the audit log: who, what, target, when, details", async () => {
      const { operatorId } = await h.register();
      await post(`/admin/operators/${operatorId}/approve`);
      await post(`/admin/operators/${operatorId}/suspend`, { reason: "manual review" });
      await post(`/admin/operators/${operatorId}/reinstate`);
      const me = (await h.request("GET", "/admin/me", { token: h.adminToken })).json;

      const log = await h.request("GET", `/admin/audit-log?targetId=${operatorId}`, { token: h.adminToken });
      assert.equal(log.status, 200);
      const entries = log.json.items;
      assert.deepEqual(
        entries.map((e: { action: string }) => e.action),
        ["operator.reinstate", "operator.suspend", "operator.approve", "operator.register"],
      );
      const suspend = entries[1];
      assert.equal(suspend.actorKind, "admin");
      assert.equal(suspend.actorId, me.id);
      assert.equal(suspend.targetKind, "operator");
      assert.equal(suspend.targetId, operatorId);
      assert.equal(typeof suspend.atMs, "number");
      assert.deepEqual(suspend.details, { from: "sandbox", to: "suspended", reason: "manual review" });

      // Refused actions leave no entry.
      await post(`/admin/operators/${operatorId}/approve`);
      const after = await h.request("GET", `/admin/audit-log?targetId=${operatorId}`, {
        token: h.adminToken,
      });
      assert.equal(after.json.items.length, 4);

      // Cursor pagination walks the whole log once, newest first.
      const seen: string[] = [];
      let cursor: string | null = null;
      let previous = Number.POSITIVE_INFINITY;
      do {
        const page: { json: { items: Array<{ id: string; atMs: number }>; nextCursor: string | null } } =
          await h.request("GET", `/admin/audit-log?limit=3${cursor === null ? "" : `&cursor=${cursor}`}`, {
            token: h.adminToken,
          });
        for (const entry of page.json.items) {
          assert.ok(entry.atMs <= previous);
          previous = entry.atMs;
          seen.push(entry.id);
        }
        cursor = page.json.nextCursor;
      } while (cursor !== null);
      const total = await h.db.db
        .selectFrom("audit_log")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      assert.equal(seen.length, Number(total.n));
      assert.equal(new Set(seen).size, seen.length);

      const byActor = await h.request("GET", `/admin/audit-log?actorId=${me.id}&action=operator.suspend`, {
        token: h.adminToken,
      });
      assert.ok(byActor.json.items.length >= 1);
      assert.ok(byActor.json.items.every((e: { action: string }) => e.action === "operator.suspend"));
    });
  });
}
