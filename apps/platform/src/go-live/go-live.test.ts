import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { activeSaltOf, runBody, setCallbackUrl, waitForRun } from "../conformance-runs/test/run-helpers.ts";
import {
  startBrokenWallet,
  startReferenceWallet,
  type TestWallet,
} from "../conformance-runs/test/wallets.ts";
import { testDialects } from "../db/test-databases.ts";
import { ADMIN_EMAIL, ADMIN_PASSWORD, startHarness, type Harness } from "../test/platform-harness.ts";
import { evaluateGoLive } from "./readiness.ts";
import { grantPrepaidCredit } from "./test/go-live-support.ts";

const ALL_MISSING = ["live_callback_url", "passing_live_conformance_run", "prepaid_credit"];
const DAY_MS = 24 * 60 * 60_000;

for (const kind of testDialects) {
  describe(`go-live gate (${kind})`, () => {
    let h: Harness;
    let adminToken: string;
    let offsetMs = 0;
    const wallets: TestWallet[] = [];
    before(async () => {
      let last = 0;
      // Real time that a test can move forward, never backwards and never twice the same ms.
      const clock = () => {
        last = Math.max(Date.now() + offsetMs, last + 1);
        return last;
      };
      h = await startHarness(kind, { clock, appOptions: { limits: { registrationsPerHour: 1_000 } } });
      adminToken = h.adminToken;
    });
    after(async () => {
      for (const wallet of wallets) await wallet.close();
      await h?.close();
    });

    const readiness = async (operatorId: string, token: string) => {
      const operatorView = await h.request("GET", "/backoffice/go-live", { token });
      assert.equal(operatorView.status, 200, operatorView.text);
      const adminView = await h.request("GET", `/admin/operators/${operatorId}/go-live`, {
        token: adminToken,
      });
      assert.equal(adminView.status, 200, adminView.text);
      const { evaluatedAtMs: _a, ...mine } = operatorView.json;
      const { evaluatedAtMs: _b, ...staff } = adminView.json;
      assert.deepEqual(mine, staff, "operator and staff see the same gate");
      return operatorView.json;
    };
    const reasonOf = (body: { conditions: Array<{ id: string; reason: string }> }, id: string) =>
      body.conditions.find((c) => c.id === id)!.reason;
    const goLive = (operatorId: string) =>
      h.request("POST", `/admin/operators/${operatorId}/go-live`, { token: adminToken });
    const liveRun = async (token: string, body = runBody()) => {
      const started = await h.request("POST", "/backoffice/environments/live/conformance-runs", {
        token,
        body,
      });
      assert.equal(started.status, 202, started.text);
      return (await waitForRun(h, started.headers.get("location")!, token)).json;
    };
    const startWallet = async (start: () => Promise<TestWallet>) => {
      const wallet = await start();
      wallets.push(wallet);
      return wallet;
    };

    test("each missing condition is listed with its reason, and going live is refused until none is left", async () => {
      const op = await h.approvedOperator();
      const fresh = await readiness(op.operatorId, op.token);
      assert.equal(fresh.status, "sandbox");
      assert.equal(fresh.ready, false);
      assert.deepEqual(fresh.missing, ALL_MISSING);
      assert.deepEqual(
        fresh.conditions.map((c: { id: string; met: boolean }) => [c.id, c.met]),
        ALL_MISSING.map((id) => [id, false]),
      );
      assert.match(reasonOf(fresh, "live_callback_url"), /No live callback URL is set/);
      assert.match(reasonOf(fresh, "passing_live_conformance_run"), /Set the live callback URL, then run/);
      assert.match(reasonOf(fresh, "prepaid_credit"), /^Not yet: the prepaid credit balance is 0/);

      const refused = await goLive(op.operatorId);
      assert.equal(refused.status, 409, refused.text);
      assert.match(refused.headers.get("content-type") ?? "", /^application\/problem\+json/);
      assert.equal(refused.json.code, "GO_LIVE_CONDITIONS_NOT_MET");
      assert.deepEqual(refused.json.missing, ALL_MISSING);
      assert.equal(refused.json.conditions.length, 3);
      assert.match(refused.json.detail, /Not yet/);
      const request = await h.request("POST", "/backoffice/go-live/request", { token: op.token });
      assert.equal(request.status, 409);
      assert.deepEqual(request.json.missing, ALL_MISSING);

      // A live callback URL, but the wallet there is broken: the failing checks are named.
      const liveSalt = await activeSaltOf(h, op.token, "live");
      const broken = await startWallet(() => startBrokenWallet(liveSalt, "overdraft"));
      await setCallbackUrl(h, op.token, "live", broken.url);
      const noRun = await readiness(op.operatorId, op.token);
      assert.deepEqual(noRun.missing, ["passing_live_conformance_run", "prepaid_credit"]);
      assert.match(
        reasonOf(noRun, "passing_live_conformance_run"),
        /No full conformance run has passed .*: start one/,
      );
      const failed = await liveRun(op.token);
      assert.equal(failed.status, "failed");
      const afterFail = await readiness(op.operatorId, op.token);
      assert.deepEqual(afterFail.missing, ["passing_live_conformance_run", "prepaid_credit"]);
      assert.match(
        reasonOf(afterFail, "passing_live_conformance_run"),
        new RegExp(`${failed.id}, failed: debit.insufficient-funds, concurrency.no-overdraft`),
      );

      // A correct wallet, but a partial run and a sandbox run do not count.
      const wallet = await startWallet(() => startReferenceWallet(liveSalt));
      await setCallbackUrl(h, op.token, "live", wallet.url);
      assert.equal((await liveRun(op.token, runBody({ only: ["balance"] }))).status, "passed");
      const partial = await readiness(op.operatorId, op.token);
      assert.match(reasonOf(partial, "passing_live_conformance_run"), /passed but ran only some checks/);

      const passed = await liveRun(op.token);
      assert.equal(passed.status, "passed");
      const creditOnly = await readiness(op.operatorId, op.token);
      assert.deepEqual(creditOnly.missing, ["prepaid_credit"]);
      const runCondition = creditOnly.conditions.find(
        (c: { id: string }) => c.id === "passing_live_conformance_run",
      );
      assert.equal(runCondition.runId, passed.id);
      assert.equal(runCondition.validUntilMs, passed.finishedAtMs + 30 * DAY_MS);
      const credit = creditOnly.conditions.find((c: { id: string }) => c.id === "prepaid_credit");
      assert.equal(credit.balanceMinor, 0);
      assert.match(credit.reason, /^Not yet/);
      const stillRefused = await goLive(op.operatorId);
      assert.equal(stillRefused.status, 409);
      assert.deepEqual(stillRefused.json.missing, ["prepaid_credit"]);

      grantPrepaidCredit(h, op.operatorId, 5_000);
      const ready = await readiness(op.operatorId, op.token);
      assert.equal(ready.ready, true);
      assert.deepEqual(ready.missing, []);
      const asked = await h.request("POST", "/backoffice/go-live/request", { token: op.token });
      assert.equal(asked.status, 202, asked.text);
      const granted = await goLive(op.operatorId);
      assert.equal(granted.status, 200, granted.text);
      assert.equal(granted.json.status, "live");

      const audit = await h.request("GET", `/admin/audit-log?targetId=${op.operatorId}`, {
        token: adminToken,
      });
      const byAction = new Map(audit.json.items.map((e: { action: string }) => [e.action, e]));
      const evidence = {
        callbackUrl: wallet.url,
        conformanceRunId: passed.id,
        conformanceRunFinishedAtMs: passed.finishedAtMs,
        prepaidCreditMinor: 5_000,
      };
      assert.deepEqual((byAction.get("operator.go_live") as { details: unknown }).details, {
        ...evidence,
        from: "sandbox",
        to: "live",
      });
      assert.deepEqual((byAction.get("operator.go_live_request") as { details: unknown }).details, evidence);

      // Live now: the conditions stay met, but there is nothing to go live to.
      const live = await readiness(op.operatorId, op.token);
      assert.deepEqual(live.missing, []);
      assert.equal(live.ready, false);
      assert.equal((await goLive(op.operatorId)).json.code, "INVALID_STATUS_TRANSITION");
      assert.equal(
        (await h.request("POST", "/backoffice/go-live/request", { token: op.token })).json.code,
        "INVALID_STATUS_TRANSITION",
      );
    });

    test("an unreadable credit balance is unmet, never an error", async () => {
      const op = await h.approvedOperator();
      const failing = await evaluateGoLive(
        {
          ...h.platform.deps,
          prepaidCredit: async () => {
            throw new Error("billing down");
          },
        },
        op.operatorId,
      );
      assert.ok(failing.ok);
      assert.match(reasonOf(failing.readiness, "prepaid_credit"), /could not be read/);
      assert.equal(
        (await h.request("GET", "/admin/operators/op_nope/go-live", { token: adminToken })).status,
        404,
      );
    });

    test("a compatibility-profile operator passes with a run in its profile; a switch of profile needs a new run", async () => {
      const op = await h.approvedOperator();
      const liveSalt = await activeSaltOf(h, op.token, "live");
      const wallet = await startWallet(() => startReferenceWallet(liveSalt, { classicProfile: true }));
      const settings = await h.request("PATCH", "/backoffice/environments/live/wallet-settings", {
        token: op.token,
        body: { callbackUrl: wallet.url, profile: "gamehub", timeoutMs: 2_000 },
      });

      test("a passing run counts against the URL it tested, for 30 days", async () => {
        const op = await h.approvedOperator();
        const liveSalt = await activeSaltOf(h, op.token, "live");
        const wallet = await startWallet(() => startReferenceWallet(liveSalt));
        await setCallbackUrl(h, op.token, "live", wallet.url);
        const passed = await liveRun(op.token);
        assert.equal(passed.status, "passed");
        grantPrepaidCredit(h, op.operatorId, 1);
        assert.equal((await readiness(op.operatorId, op.token)).ready, true);

        // Another live URL: the run tested the old one.
        const moved = await startWallet(() => startReferenceWallet(liveSalt));
        await setCallbackUrl(h, op.token, "live", moved.url);
        const elsewhere = await readiness(op.operatorId, op.token);
        assert.deepEqual(elsewhere.missing, ["passing_live_conformance_run"]);
        assert.match(reasonOf(elsewhere, "passing_live_conformance_run"), new RegExp(`tested ${wallet.url}`));
        await setCallbackUrl(h, op.token, "live", wallet.url);
        assert.equal((await readiness(op.operatorId, op.token)).ready, true);

        // 31 days later (sessions expire meanwhile: sign in again).
        offsetMs += 31 * DAY_MS;
        const token = await h.login(op.email);
        const admin = await h.request("POST", "/admin/login", {
          body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
        });
        adminToken = admin.json.token;
        const stale = await readiness(op.operatorId, token);
        assert.deepEqual(stale.missing, ["passing_live_conformance_run"]);
        assert.match(
          reasonOf(stale, "passing_live_conformance_run"),
          new RegExp(`${passed.id}.*more than 30 days old`),
        );
        const refused = await goLive(op.operatorId);
        assert.equal(refused.status, 409);
        assert.deepEqual(refused.json.missing, ["passing_live_conformance_run"]);
        assert.equal((await h.request("GET", "/backoffice/me", { token })).json.operator.status, "sandbox");
      });
      assert.equal(settings.status, 200, settings.text);
      const passed = await liveRun(op.token);
      assert.equal(passed.status, "passed", JSON.stringify(passed.failedChecks));
      grantPrepaidCredit(h, op.operatorId, 1);
      assert.equal((await readiness(op.operatorId, op.token)).ready, true);

      const switched = await h.request("PATCH", "/backoffice/environments/live/wallet-settings", {
        token: op.token,
        body: { profile: "native" },
      });
      assert.equal(switched.status, 200, switched.text);
      const after = await readiness(op.operatorId, op.token);
      assert.deepEqual(after.missing, ["passing_live_conformance_run"]);
      assert.match(
        reasonOf(after, "passing_live_conformance_run"),
        new RegExp(`${passed.id}.*classic profile`),
      );
    });
  });
}
