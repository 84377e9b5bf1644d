import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";
import { activeSaltOf, runBody, setCallbackUrl, waitForRun } from "./test/run-helpers.ts";
import {
  PLAYER_IDS,
  startBrokenWallet,
  startHeldWallet,
  startReferenceWallet,
  TEST_PLAYERS,
  type HeldWallet,
  type TestWallet,
} from "./test/wallets.ts";

const START = "/backoffice/environments/sandbox/conformance-runs";

for (const kind of testDialects) {
  describe(`conformance runs (${kind})`, () => {
    let h: Harness;
    let a: { operatorId: string; token: string };
    let wallet: TestWallet;
    let salt: string;
    const closers: Array<() => Promise<void>> = [];

    before(async () => {
      h = await startHarness(kind, { appOptions: { limits: { registrationsPerHour: 1_000 } } });
      a = await h.approvedOperator();
      salt = await activeSaltOf(h, a.token, "sandbox");
      wallet = await startReferenceWallet(salt);
      closers.push(() => wallet.close());
      await setCallbackUrl(h, a.token, "sandbox", wallet.url);
    });
    after(async () => {
      for (const close of closers.reverse()) await close();
      await h?.close();
    });

    test("a backoffice run completes and is stored with its evidence, listed and downloadable", async () => {
      const started = await h.request("POST", START, { token: a.token, body: runBody() });
      assert.equal(started.status, 202, started.text);
      assert.equal(started.json.status, "running");
      assert.equal(started.json.environment, "sandbox");
      assert.equal(started.json.callbackUrl, wallet.url);
      assert.equal(started.json.fullRun, true);
      assert.equal(started.json.progress.checksTotal, 38);
      assert.deepEqual(started.json.startedBy.kind, "operator_user");
      const location = started.headers.get("location");
      assert.equal(location, `/backoffice/conformance-runs/${started.json.id}`);

      const done = (await waitForRun(h, location!, a.token)).json;
      assert.equal(done.status, "passed", JSON.stringify(done.failedChecks));
      assert.equal(done.progress.checksDone, 38);
      assert.equal(done.progress.currentCheck, null);
      assert.deepEqual(done.progress.lastCheck, { id: "latency.p99", status: "pass" });
      assert.equal(done.summary.total, 38);
      assert.equal(done.summary.requiredFailed, 0);
      assert.deepEqual(done.failedChecks, []);
      assert.equal(done.abort, null);
      assert.ok(done.finishedAtMs >= done.createdAtMs);
      assert.equal(done.checks.length, 38);
      assert.deepEqual(
        done.checks.filter((c: { status: string }) => c.status !== "pass").map((c: { id: string }) => c.id),
        ["security.body-signature"],
        "only the body-signature check is skipped (not enforced)",
      );
      assert.deepEqual(done.reports, {
        json: `${location}/report.json`,
        junit: `${location}/report.junit.xml`,
      });

      // The kit put every cent back.
      for (const [playerId, start] of Object.entries(TEST_PLAYERS)) {
        assert.equal(await wallet.balanceOf(playerId), start, `${playerId} net zero`);
      }

      const json = await h.request("GET", done.reports.json, { token: a.token });
      assert.equal(json.status, 200);
      assert.match(json.headers.get("content-type") ?? "", /^application\/json/);
      assert.match(
        json.headers.get("content-disposition") ?? "",
        /attachment; filename="conformance-cfr_.*\.json"/,
      );
      const report = json.json;
      assert.equal(report.status, "passed");
      // The kit takes 1–16 letters or digits: the run id's random part, its last 16 characters.
      assert.match(report.runId, /^[0-9a-z]{16}$/);
      assert.ok(done.id.endsWith(report.runId), "the wallet's call ids name the run");
      assert.equal(report.target.url, wallet.url);
      assert.equal(report.checks.length, 38);
      assert.ok(!json.text.includes(salt), "the salt is never stored in a report");
      const stored = await h.db.db
        .selectFrom("conformance_runs")
        .select("report")
        .where("id", "=", done.id)
        .executeTakeFirstOrThrow();
      assert.ok(stored.report !== null && !stored.report.includes(salt));

      const junit = await h.request("GET", done.reports.junit, { token: a.token });
      assert.equal(junit.status, 200);
      assert.match(junit.headers.get("content-type") ?? "", /^application\/xml/);
      assert.match(junit.text, /^<\?xml version="1.0"/);
      assert.equal(junit.text.match(/<testcase /g)?.length, 38);
      assert.match(junit.text, /<testsuites name="croupier-conformance" tests="38" failures="0"/);

      const list = await h.request("GET", START, { token: a.token });
      assert.equal(list.status, 200);
      assert.equal(list.json.items[0].id, done.id);
      assert.equal(list.json.items[0].status, "passed");
      assert.equal(list.json.items[0].checks, undefined, "lists carry no per-check detail");
    });

    test("a /v1 run tests the credential's environment and is visible there only", async () => {
      const credential = await h.request("POST", "/backoffice/credentials", {
        token: a.token,
        body: { environment: "sandbox", label: "ci" },
      });
      assert.equal(credential.status, 201, credential.text);
      const api = credential.json.token as string;
      const started = await h.request("POST", "/v1/conformance-runs", {
        token: api,
        body: runBody({ only: ["balance", "debit.insufficient-funds"], requireBodySignature: false }),
      });
      assert.equal(started.status, 202, started.text);
      assert.equal(started.json.environment, "sandbox");
      assert.equal(started.json.callbackUrl, wallet.url);
      assert.equal(started.json.fullRun, false);
      assert.deepEqual(started.json.startedBy, { kind: "api_credential", id: credential.json.credential.id });
      assert.equal(started.headers.get("location"), `/v1/conformance-runs/${started.json.id}`);
      const done = (await waitForRun(h, started.headers.get("location")!, api)).json;
      assert.equal(done.status, "passed");
      assert.deepEqual(
        done.checks.map((c: { id: string }) => c.id),
        ["balance.shape", "debit.insufficient-funds"],
      );
      const list = await h.request("GET", "/v1/conformance-runs?limit=1", { token: api });
      assert.equal(list.json.items.length, 1);
      assert.equal(list.json.items[0].id, done.id);
      assert.equal(typeof list.json.nextCursor, "string", "an earlier run exists");
      const next = await h.request("GET", `/v1/conformance-runs?limit=1&cursor=${list.json.nextCursor}`, {
        token: api,
      });
      assert.notEqual(next.json.items[0].id, done.id);
      const report = await h.request("GET", `/v1/conformance-runs/${done.id}/report.junit.xml`, {
        token: api,
      });
      assert.equal(report.status, 200);
      assert.equal(report.text.match(/<testcase /g)?.length, 2);
      // The same run from the backoffice.
      assert.equal(
        (await h.request("GET", `/backoffice/conformance-runs/${done.id}`, { token: a.token })).status,
        200,
      );
    });

    test("a broken wallet fails the run, naming the failing checks", async () => {
      const op = await h.approvedOperator();
      const broken = await startBrokenWallet(
        await activeSaltOf(h, op.token, "sandbox"),
        "late-original-applied",
      );
      closers.push(() => broken.close());
      await setCallbackUrl(h, op.token, "sandbox", broken.url);
      const started = await h.request("POST", START, { token: op.token, body: runBody() });
      assert.equal(started.status, 202, started.text);
      const done = (await waitForRun(h, started.headers.get("location")!, op.token)).json;
      assert.equal(done.status, "failed");
      assert.deepEqual(done.failedChecks, ["rollback.late-original"]);
      assert.equal(done.summary.requiredFailed, 1);
      const failing = done.checks.find((c: { id: string }) => c.id === "rollback.late-original");
      assert.equal(failing.status, "fail");
      assert.match(failing.message, /after its rollback/);
      const report = (
        await h.request("GET", `${started.headers.get("location")}/report.json`, { token: op.token })
      ).json;
      const evidence = report.checks.find((c: { id: string }) => c.id === "rollback.late-original").failure;
      assert.ok(evidence.exchanges.length > 0, "the failure carries the exchanges as evidence");
      const junit = await h.request("GET", `${started.headers.get("location")}/report.junit.xml`, {
        token: op.token,
      });
      assert.match(
        junit.text,
        /<testcase classname="conformance\.rollback" name="rollback\.late-original"[^>]*>\s*<failure type="required"/,
      );
    });

    test("a wallet that cannot be set up aborts the run with the kit's reason", async () => {
      const op = await h.approvedOperator();
      const other = await startReferenceWallet("not-the-operators-salt");
      closers.push(() => other.close());
      await setCallbackUrl(h, op.token, "sandbox", other.url);
      const started = await h.request("POST", START, { token: op.token, body: runBody() });
      const done = (await waitForRun(h, started.headers.get("location")!, op.token)).json;
      assert.equal(done.status, "aborted");
      assert.equal(done.abort.code, "BAD_SALT");
      assert.deepEqual(done.checks, []);
      const junit = await h.request("GET", `${started.headers.get("location")}/report.junit.xml`, {
        token: op.token,
      });
      assert.match(junit.text, /name="setup"/);
    });

    describe("while a run is going", () => {
      let held: HeldWallet;
      let op: { operatorId: string; token: string };
      before(async () => {
        op = await h.approvedOperator();
        held = await startHeldWallet(await startReferenceWallet(await activeSaltOf(h, op.token, "sandbox")));
        closers.push(() => held.close());
        await setCallbackUrl(h, op.token, "sandbox", held.url);
      });

      test("GET shows it running with checks done and the latest check; a second start is 409", async () => {
        // Let balance.shape through; hold the first debit (debit.arithmetic).
        held.holdWhen((body) => body.action === "debit");
        const started = await h.request("POST", START, { token: op.token, body: runBody() });
        assert.equal(started.status, 202, started.text);
        await held.held();
        const location = started.headers.get("location")!;
        const running = (
          await waitForRun(h, location, op.token, (run) => run.progress.currentCheck === "debit.arithmetic")
        ).json;
        assert.equal(running.status, "running");
        assert.deepEqual(running.progress, {
          checksDone: 1,
          checksTotal: 38,
          currentCheck: "debit.arithmetic",
          lastCheck: { id: "balance.shape", status: "pass" },
        });
        assert.deepEqual(running.checks, []);
        assert.equal(running.reports, null);
        const early = await h.request("GET", `${location}/report.json`, { token: op.token });
        assert.equal(early.status, 409);
        assert.equal(early.json.code, "CONFORMANCE_REPORT_NOT_READY");

        const second = await h.request("POST", START, { token: op.token, body: runBody() });
        assert.equal(second.status, 409, second.text);
        assert.equal(second.json.code, "CONFORMANCE_RUN_IN_PROGRESS");
        assert.equal(second.json.runId, started.json.id);
        assert.match(second.headers.get("content-type") ?? "", /^application\/problem\+json/);

        held.release();
        const done = (await waitForRun(h, location, op.token)).json;
        assert.equal(done.status, "passed");
        for (const playerId of PLAYER_IDS)
          assert.equal(await held.balanceOf(playerId), TEST_PLAYERS[playerId as keyof typeof TEST_PLAYERS]);
      });

      test("two starts at the same moment: exactly one runs", async () => {
        held.holdWhen(() => true);
        const answers = await Promise.all([
          h.request("POST", START, { token: op.token, body: runBody() }),
          h.request("POST", START, { token: op.token, body: runBody() }),
        ]);
        assert.deepEqual(
          answers.map((x) => x.status).sort(),
          [202, 409],
          answers.map((x) => x.text).join("\n"),
        );
        const winner = answers.find((x) => x.status === 202)!;
        assert.equal(answers.find((x) => x.status === 409)!.json.runId, winner.json.id);
        const running = await h.db.db
          .selectFrom("conformance_runs")
          .select("id")
          .where("operator_id", "=", op.operatorId)
          .where("status", "=", "running")
          .execute();
        assert.deepEqual(
          running.map((r) => r.id),
          [winner.json.id],
        );
        held.release();
        assert.equal((await waitForRun(h, winner.headers.get("location")!, op.token)).json.status, "passed");
      });
    });

    test("isolation: another operator can neither see nor start this operator's runs", async () => {
      const mine = (await h.request("GET", START, { token: a.token })).json.items[0];
      assert.ok(mine);
      const b = await h.approvedOperator();
      for (const path of [
        `/backoffice/conformance-runs/${mine.id}`,
        `/backoffice/conformance-runs/${mine.id}/report.json`,
        `/backoffice/conformance-runs/${mine.id}/report.junit.xml`,
      ]) {
        const answer = await h.request("GET", path, { token: b.token });
        assert.equal(answer.status, 404, path);
        assert.equal(answer.json.code, "CONFORMANCE_RUN_NOT_FOUND");
      }
      assert.deepEqual((await h.request("GET", START, { token: b.token })).json.items, []);
      const bApi = (
        await h.request("POST", "/backoffice/credentials", {
          token: b.token,
          body: { environment: "sandbox", label: "b" },
        })
      ).json.token as string;
      assert.equal((await h.request("GET", `/v1/conformance-runs/${mine.id}`, { token: bApi })).status, 404);
      assert.deepEqual((await h.request("GET", "/v1/conformance-runs", { token: bApi })).json.items, []);
      // B's start uses B's own settings (no callback URL), never A's.
      for (const [path, token] of [
        [START, b.token],
        ["/v1/conformance-runs", bApi],
      ] as const) {
        const answer = await h.request("POST", path, { token, body: runBody() });
        assert.equal(answer.status, 409, answer.text);
        assert.equal(answer.json.code, "CALLBACK_URL_NOT_SET");
      }
      // Staff see A's run under A only.
      const admin = await h.request("GET", `/admin/operators/${a.operatorId}/conformance-runs/${mine.id}`, {
        token: h.adminToken,
      });
      assert.equal(admin.status, 200);
      const wrong = await h.request("GET", `/admin/operators/${b.operatorId}/conformance-runs/${mine.id}`, {
        token: h.adminToken,
      });
      assert.equal(wrong.status, 404);
      const adminList = await h.request(
        "GET",
        `/admin/operators/${a.operatorId}/conformance-runs?environment=sandbox`,
        { token: h.adminToken },
      );
      assert.ok(adminList.json.items.some((r: { id: string }) => r.id === mine.id));
    });

    test("bad options are refused and change nothing", async () => {
      const before = await h.db.db.selectFrom("conformance_runs").select("id").execute();
      const cases: Array<[Record<string, unknown>, number, string]> = [
        [runBody({ players: ["cf-player-1"] }), 400, "VALIDATION_FAILED"],
        [runBody({ players: ["cf-player-1", "cf-player-1"] }), 400, "VALIDATION_FAILED"],
        [runBody({ players: ["cf-player-1", " padded"] }), 400, "VALIDATION_FAILED"],
        [runBody({ currency: "eur" }), 400, "VALIDATION_FAILED"],
        [runBody({ salt: "mine" }), 400, "VALIDATION_FAILED"],
        [runBody({ only: ["rollback", "no.such-check"] }), 400, "INVALID_CONFORMANCE_OPTIONS"],
        [runBody({ currency: "JPY" }), 400, "INVALID_CONFORMANCE_OPTIONS"],
      ];
      for (const [body, status, code] of cases) {
        const answer = await h.request("POST", START, { token: a.token, body });
        assert.equal(answer.status, status, `${JSON.stringify(body)}: ${answer.text}`);
        assert.equal(answer.json.code, code, JSON.stringify(body));
      }
      const unknown = await h.request("POST", START, {
        token: a.token,
        body: runBody({ only: ["no.such-check"] }),
      });
      assert.deepEqual(unknown.json.unknown, ["no.such-check"]);
      const live = await h.request("POST", "/backoffice/environments/live/conformance-runs", {
        token: a.token,
        body: runBody(),
      });
      assert.equal(live.json.code, "CALLBACK_URL_NOT_SET");
      const pending = await h.register();
      const pendingStart = await h.request("POST", START, {
        token: await h.login(pending.email),
        body: runBody(),
      });
      assert.equal(pendingStart.status, 409);
      assert.equal(pendingStart.json.code, "OPERATOR_NOT_APPROVED");
      const gamehub = await h.approvedOperator();
      await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
        token: gamehub.token,
        body: { callbackUrl: wallet.url, profile: "gamehub" },
      });
      const refused = await h.request("POST", START, {
        token: gamehub.token,
        body: runBody({ requireBodySignature: true }),
      });
      assert.equal(
        refused.json.code,
        "INVALID_CONFORMANCE_OPTIONS",
        "the compatibility profile has no signature",
      );
      assert.equal((await h.request("POST", START, { body: runBody() })).status, 401);
      const after = await h.db.db.selectFrom("conformance_runs").select("id").execute();
      assert.equal(after.length, before.length);
    });
  });
}
