import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { insertRun } from "../conformance-runs/run-store.ts";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness, type HttpAnswer } from "../test/platform-harness.ts";
import { startWalletStub, type WalletStub } from "../test/wallet-stub.ts";

interface OperatorFixture {
  operatorId: string;
  userId: string;
  email: string;
  token: string;
  apiToken: string;
  credentialId: string;
  salts: string[];
}

/** Everything stored about one operator, to prove another operator's calls changed none of it. */
async function snapshot(h: Harness, operatorId: string): Promise<string> {
  const db = h.db.db;
  const users = await db
    .selectFrom("operator_users")
    .selectAll()
    .where("operator_id", "=", operatorId)
    .execute();
  return JSON.stringify({
    operator: await db.selectFrom("operators").selectAll().where("id", "=", operatorId).execute(),
    users,
    credentials: await db
      .selectFrom("operator_credentials")
      .select(["id", "environment", "label", "secret_hash", "revoked_at_ms", "created_at_ms"])
      .where("operator_id", "=", operatorId)
      .orderBy("id")
      .execute(),
    salts: await db
      .selectFrom("operator_salt_keys")
      .selectAll()
      .where("operator_id", "=", operatorId)
      .orderBy("id")
      .execute(),
    playLimits: await db
      .selectFrom("operator_play_limits")
      .selectAll()
      .where("operator_id", "=", operatorId)
      .orderBy("currency")
      .execute(),
    settings: await db
      .selectFrom("operator_wallet_settings")
      .selectAll()
      .where("operator_id", "=", operatorId)
      .orderBy("environment")
      .execute(),
    sessions: await db
      .selectFrom("auth_sessions")
      .selectAll()
      .where(
        "subject_id",
        "in",
        users.map((u) => u.id),
      )
      .orderBy("token_hash")
      .execute(),
  });
}

for (const kind of testDialects) {
  describe(`operator isolation (${kind})`, () => {
    let h: Harness;
    let walletA: WalletStub;
    let walletB: WalletStub;
    let a: OperatorFixture;
    let b: OperatorFixture;

    async function fixture(wallet: WalletStub): Promise<OperatorFixture> {
      const { operatorId, email } = await h.register();
      await h.approve(operatorId);
      const token = await h.login(email);
      const created = await h.request("POST", "/backoffice/credentials", {
        token,
        body: { environment: "sandbox", label: "main" },
      });
      await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
        token,
        body: { callbackUrl: wallet.url },
      });
      await h.request("POST", "/backoffice/environments/sandbox/salt-keys/rotate", { token });
      const keys = (await h.request("GET", "/backoffice/environments/sandbox/salt-keys", { token })).json
        .keys;
      const me = (await h.request("GET", "/backoffice/me", { token })).json;
      return {
        operatorId,
        userId: me.user.id,
        email,
        token,
        apiToken: created.json.token,
        credentialId: created.json.credential.id,
        salts: keys.map((k: { salt: string }) => k.salt),
      };
    }

    before(async () => {
      h = await startHarness(kind, { appOptions: { limits: { registrationsPerHour: 1_000 } } });
      walletA = await startWalletStub({ salts: [] });
      walletB = await startWalletStub({ salts: [] });
      a = await fixture(walletA);
      b = await fixture(walletB);
      walletA.salts = a.salts;
      walletB.salts = b.salts;
    });
    after(async () => {
      await walletA?.close();
      await walletB?.close();
      await h?.close();
    });

    /** Nothing identifying B appears in an answer given to A (but for `instance`, A's own request path). */
    function assertNothingOfB(answer: HttpAnswer, route: string): void {
      const text =
        answer.json?.instance === undefined ? answer.text : JSON.stringify({ ...answer.json, instance: "" });
      for (const secret of [b.operatorId, b.email, b.credentialId, walletB.url, ...b.salts]) {
        assert.ok(!text.includes(secret), `${route} leaked ${secret}`);
      }
    }

    /** A stored conformance run of B (written directly: B's wallet must see no call), read by A. */
    async function runOfB(suffix: string): Promise<HttpAnswer> {
      const runId = `cfr_isolation${kind}`;
      const existing = await h.db.db
        .selectFrom("conformance_runs")
        .select("id")
        .where("id", "=", runId)
        .execute();
      if (existing.length === 0) {
        const now = Date.now();
        await insertRun(h.db.db, {
          id: runId,
          operator_id: b.operatorId,
          environment: "sandbox",
          status: "aborted",
          callback_url: walletB.url,
          players: JSON.stringify(["p1", "p2"]),
          currency: "EUR",
          require_body_signature: 0,
          only_checks: "[]",
          started_by_kind: "operator_user",
          started_by_id: b.userId,
          created_at_ms: now,
          heartbeat_at_ms: now,
          finished_at_ms: now,
          checks_total: 38,
          checks_done: 0,
          current_check_id: null,
          last_check_id: null,
          last_check_status: null,
          summary: null,
          failed_check_ids: null,
          abort_code: "UNREACHABLE",
          abort_message: `No answer from ${walletB.url}`,
          report: JSON.stringify({ target: { url: walletB.url }, checks: [] }),
        });
      }
      const answer = await h.request("GET", `/backoffice/conformance-runs/${runId}${suffix}`, {
        token: a.token,
      });
      assert.equal(answer.status, 404);
      assert.equal(answer.json.code, "CONFORMANCE_RUN_NOT_FOUND");
      return answer;
    }

    // Every authenticated backoffice route, called by A in every way that could reach B.
    const cases: Record<string, () => Promise<HttpAnswer[]>> = {
      "GET /backoffice/me": async () => [await h.request("GET", "/backoffice/me", { token: a.token })],
      "POST /backoffice/logout": async () => {
        // A second session of A, so A's main token survives for the other cases.
        const extra = await h.login(a.email);
        return [await h.request("POST", "/backoffice/logout", { token: extra })];
      },
      "GET /backoffice/credentials": async () => [
        await h.request("GET", "/backoffice/credentials?includeRevoked=true", { token: a.token }),
        await h.request("GET", `/backoffice/credentials?operatorId=${b.operatorId}`, { token: a.token }),
      ],
      "POST /backoffice/credentials": async () => [
        await h.request("POST", "/backoffice/credentials", {
          token: a.token,
          body: { environment: "sandbox", label: "mine", operatorId: b.operatorId },
        }),
        await h.request("POST", "/backoffice/credentials", {
          token: a.token,
          body: { environment: "sandbox", label: "mine" },
        }),
      ],
      "DELETE /backoffice/credentials/{credentialId}": async () => {
        const answer = await h.request("DELETE", `/backoffice/credentials/${b.credentialId}`, {
          token: a.token,
        });
        assert.equal(answer.status, 404);
        assert.equal(answer.json.code, "CREDENTIAL_NOT_FOUND");
        return [answer];
      },
      "GET /backoffice/environments/{environment}/salt-keys": async () => [
        await h.request("GET", "/backoffice/environments/sandbox/salt-keys", { token: a.token }),
        await h.request("GET", "/backoffice/environments/live/salt-keys", { token: a.token }),
      ],
      "POST /backoffice/environments/{environment}/salt-keys/rotate": async () => [
        await h.request("POST", "/backoffice/environments/live/salt-keys/rotate", { token: a.token }),
      ],
      "POST /backoffice/environments/{environment}/salt-keys/confirm": async () => [
        await h.request("POST", "/backoffice/environments/sandbox/salt-keys/confirm", {
          token: a.token,
          body: {},
        }),
      ],
      "DELETE /backoffice/environments/{environment}/salt-keys/pending": async () => [
        await h.request("DELETE", "/backoffice/environments/live/salt-keys/pending", { token: a.token }),
      ],
      "GET /backoffice/environments/{environment}/wallet-settings": async () => [
        await h.request("GET", "/backoffice/environments/sandbox/wallet-settings", { token: a.token }),
      ],
      "PATCH /backoffice/environments/{environment}/wallet-settings": async () => [
        await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
          token: a.token,
          body: { timeoutMs: 2_000 },
        }),
        await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
          token: a.token,
          body: { timeoutMs: 2_000, operatorId: b.operatorId },
        }),
      ],
      "POST /backoffice/environments/{environment}/test-call": async () => [
        await h.request("POST", "/backoffice/environments/sandbox/test-call", {
          token: a.token,
          body: { playerId: "p1" },
        }),
      ],
      "POST /backoffice/environments/{environment}/conformance-runs": async () => [
        await h.request("POST", "/backoffice/environments/sandbox/conformance-runs", {
          token: a.token,
          body: { players: ["p1", "p2"], currency: "EUR", operatorId: b.operatorId },
        }),
        // A's own run goes to A's wallet (whose stub knows no players: the run aborts at set-up).
        await h.request("POST", "/backoffice/environments/sandbox/conformance-runs", {
          token: a.token,
          body: { players: ["p1", "p2"], currency: "EUR", only: ["balance"] },
        }),
      ],
      "GET /backoffice/environments/{environment}/conformance-runs": async () => [
        await h.request("GET", "/backoffice/environments/sandbox/conformance-runs", { token: a.token }),
        await h.request(
          "GET",
          `/backoffice/environments/sandbox/conformance-runs?operatorId=${b.operatorId}`,
          {
            token: a.token,
          },
        ),
      ],
      "GET /backoffice/conformance-runs/{runId}": async () => [await runOfB("")],
      "GET /backoffice/conformance-runs/{runId}/report.json": async () => [await runOfB("/report.json")],
      "GET /backoffice/conformance-runs/{runId}/report.junit.xml": async () => [
        await runOfB("/report.junit.xml"),
      ],
      "GET /backoffice/go-live": async () => [
        await h.request("GET", "/backoffice/go-live", { token: a.token }),
      ],
      "POST /backoffice/go-live/request": async () => [
        await h.request("POST", "/backoffice/go-live/request", { token: a.token }),
      ],
      // The catalogue choices are per operator: A's settings, never B's (B's rows are in the snapshot).
      "GET /backoffice/catalogue/providers": async () => [
        await h.request("GET", "/backoffice/catalogue/providers", { token: a.token }),
      ],
      "GET /backoffice/catalogue/games": async () => [
        await h.request("GET", "/backoffice/catalogue/games", { token: a.token }),
      ],
      "PUT /backoffice/catalogue/providers/{provider_id}": async () => [
        await h.request("PUT", "/backoffice/catalogue/providers/croupier-studio", {
          token: a.token,
          body: { enabled: false },
        }),
      ],
      "DELETE /backoffice/catalogue/providers/{provider_id}": async () => [
        await h.request("DELETE", "/backoffice/catalogue/providers/croupier-studio", { token: a.token }),
      ],
      "PUT /backoffice/catalogue/games/{game_id}": async () => [
        await h.request("PUT", "/backoffice/catalogue/games/fruit-fiesta", {
          token: a.token,
          body: { enabled: false },
        }),
      ],
      "DELETE /backoffice/catalogue/games/{game_id}": async () => [
        await h.request("DELETE", "/backoffice/catalogue/games/fruit-fiesta", { token: a.token }),
      ],
      // Play limits are per operator: A sets its own EUR limits, B's stay (B's row is in the snapshot).
      "GET /backoffice/play-limits": async () => [
        await h.request("GET", "/backoffice/play-limits", { token: a.token }),
      ],
      "PUT /backoffice/play-limits/{currency}": async () => [
        await h.request("PUT", "/backoffice/play-limits/EUR", {
          token: a.token,
          body: { minBetMinor: 10, maxBetMinor: 500, maxWinPerRoundMinor: 1_000 },
        }),
        await h.request("PUT", "/backoffice/play-limits/EUR", {
          token: a.token,
          body: { minBetMinor: 10, maxBetMinor: 500, maxWinPerRoundMinor: 1_000, operatorId: b.operatorId },
        }),
      ],
      "GET /backoffice/catalogue/lobby": async () => [
        await h.request("GET", "/backoffice/catalogue/lobby", { token: a.token }),
      ],
      "PUT /backoffice/catalogue/lobby": async () => [
        await h.request("PUT", "/backoffice/catalogue/lobby", {
          token: a.token,
          body: { frameAncestors: ["https://casino-a.example"] },
        }),
      ],
      // The explorer: B's rounds and calls are not found, whatever id or filter A sends.
      "GET /backoffice/environments/{environment}/rounds": async () => [
        await h.request("GET", "/backoffice/environments/sandbox/rounds", { token: a.token }),
        await h.request("GET", `/backoffice/environments/sandbox/rounds?operatorId=${b.operatorId}`, {
          token: a.token,
        }),
      ],
      "GET /backoffice/environments/{environment}/rounds.csv": async () => [
        await h.request("GET", "/backoffice/environments/sandbox/rounds.csv", { token: a.token }),
      ],
      "GET /backoffice/environments/{environment}/rounds/{round_id}": async () => [
        await h.request("GET", "/backoffice/environments/sandbox/rounds/sr_of_b", { token: a.token }),
      ],
      "GET /backoffice/environments/{environment}/rounds/{round_id}/replay": async () => [
        await h.request("GET", "/backoffice/environments/sandbox/rounds/sr_of_b/replay", { token: a.token }),
      ],
      "GET /backoffice/environments/{environment}/transactions": async () => [
        await h.request("GET", "/backoffice/environments/sandbox/transactions", { token: a.token }),
      ],
      // The team: A's own; B's members and invitations are not found.
      "GET /backoffice/team": async () => [await h.request("GET", "/backoffice/team", { token: a.token })],
      "POST /backoffice/team/invites": async () => [
        await h.request("POST", "/backoffice/team/invites", {
          token: a.token,
          body: { email: "new-member@operator-a.test", role: "viewer" },
        }),
      ],
      "DELETE /backoffice/team/invites/{inviteId}": async () => {
        const ofB = await h.request("POST", "/backoffice/team/invites", {
          token: b.token,
          body: { email: "member-of-b@operator-b.test", role: "viewer" },
        });
        const answer = await h.request("DELETE", `/backoffice/team/invites/${ofB.json.id}`, {
          token: a.token,
        });
        assert.equal(answer.status, 404);
        return [answer];
      },
      "PATCH /backoffice/team/members/{userId}": async () => {
        const answer = await h.request("PATCH", `/backoffice/team/members/${b.userId}`, {
          token: a.token,
          body: { role: "viewer" },
        });
        assert.equal(answer.status, 404);
        assert.equal(answer.json.code, "MEMBER_NOT_FOUND");
        return [answer];
      },
      "DELETE /backoffice/team/members/{userId}": async () => {
        const answer = await h.request("DELETE", `/backoffice/team/members/${b.userId}`, { token: a.token });
        assert.equal(answer.status, 404);
        return [answer];
      },
      "GET /backoffice/account": async () => [
        await h.request("GET", "/backoffice/account", { token: a.token }),
      ],
      "POST /backoffice/account/totp/setup": async () => [
        await h.request("POST", "/backoffice/account/totp/setup", { token: a.token }),
      ],
      "POST /backoffice/account/totp/enable": async () => [
        await h.request("POST", "/backoffice/account/totp/enable", {
          token: a.token,
          body: { code: "000000" },
        }),
      ],
      "GET /backoffice/account/sessions": async () => {
        const answer = await h.request("GET", "/backoffice/account/sessions", { token: a.token });
        assert.ok(answer.json.items.every((s: { id: string }) => typeof s.id === "string"));
        return [answer];
      },
      // A's other sessions end, A's main one stays; B's are untouched (B still works at the end).
      "POST /backoffice/account/sessions/sign-out-others": async () => [
        await h.request("POST", "/backoffice/account/sessions/sign-out-others", { token: a.token }),
      ],
      "POST /backoffice/account/password": async () => [
        await h.request("POST", "/backoffice/account/password", {
          token: a.token,
          body: { current: "not the password", next: "another password 123" },
        }),
      ],
      "POST /backoffice/account/totp/disable": async () => [
        await h.request("POST", "/backoffice/account/totp/disable", {
          token: a.token,
          body: { code: "000000" },
        }),
      ],
      // Prepaid credit, reports, reconciliation and notifications: A's own, whatever id A sends.
      "GET /backoffice/billing": async () => [
        await h.request("GET", "/backoffice/billing", { token: a.token }),
        await h.request("GET", `/backoffice/billing?operatorId=${b.operatorId}`, { token: a.token }),
      ],
      "GET /backoffice/billing/entries": async () => [
        await h.request("GET", "/backoffice/billing/entries", { token: a.token }),
      ],
      "GET /backoffice/billing/statement": async () => [
        await h.request("GET", "/backoffice/billing/statement?from=2026-01-01&to=2026-12-31", {
          token: a.token,
        }),
      ],
      "PATCH /backoffice/billing/settings": async () => [
        await h.request("PATCH", "/backoffice/billing/settings", {
          token: a.token,
          body: { lowCreditThresholdMinor: 1_000 },
        }),
      ],
      "GET /backoffice/reports": async () => [
        await h.request("GET", "/backoffice/reports?from=2026-01-01&to=2026-12-31&environment=sandbox", {
          token: a.token,
        }),
      ],
      "GET /backoffice/reconciliations": async () => [
        await h.request("GET", "/backoffice/reconciliations", { token: a.token }),
      ],
      "POST /backoffice/reconciliations": async () => [
        await h.request(
          "POST",
          "/backoffice/reconciliations?from=2026-01-01&to=2026-01-31&environment=sandbox",
          {
            token: a.token,
            rawBody: "call_id,action,amount,currency,rb,status,time\n",
            headers: { "content-type": "text/csv" },
          },
        ),
      ],
      "GET /backoffice/reconciliations/{reconciliationId}": async () => {
        const answer = await h.request("GET", "/backoffice/reconciliations/rec_of_b", { token: a.token });
        assert.equal(answer.status, 404);
        return [answer];
      },
      "GET /backoffice/reconciliations/{reconciliationId}/differences": async () => {
        const answer = await h.request("GET", "/backoffice/reconciliations/rec_of_b/differences", {
          token: a.token,
        });
        assert.equal(answer.status, 404);
        return [answer];
      },
      "GET /backoffice/notifications": async () => [
        await h.request("GET", "/backoffice/notifications", { token: a.token }),
      ],
      "PUT /backoffice/notifications/webhook": async () => [
        await h.request("PUT", "/backoffice/notifications/webhook", {
          token: a.token,
          body: { url: "https://casino-a.example/notifications" },
        }),
      ],
      "GET /backoffice/notifications/webhook": async () => [
        await h.request("GET", "/backoffice/notifications/webhook", { token: a.token }),
      ],
      // A's test player, with a player id B also has: the launch and its balance call are A's alone.
      "POST /backoffice/sandbox/launches": async () => [
        await h.request("POST", "/backoffice/sandbox/launches", {
          token: a.token,
          body: { game_id: "fruit-fiesta", player_id: "p1", currency: "EUR" },
        }),
      ],
    };

    test("the cases cover every authenticated backoffice route", async () => {
      const doc = (await h.request("GET", "/openapi.json")).json;
      const routes = Object.entries<Record<string, { security?: unknown[] }>>(doc.paths)
        .filter(([path]) => path.startsWith("/backoffice/"))
        .flatMap(([path, item]) =>
          Object.entries(item)
            .filter(([, op]) => op.security !== undefined)
            .map(([method]) => `${method.toUpperCase()} ${path}`),
        );
      assert.deepEqual(routes.sort(), Object.keys(cases).sort());
    });

    test("operator A's backoffice session can read or change nothing of operator B's", async () => {
      await h.db.db
        .insertInto("operator_play_limits")
        .values({
          operator_id: b.operatorId,
          currency: "EUR",
          min_bet_minor: 77,
          max_bet_minor: 7_777,
          max_win_per_round_minor: 777_777,
          updated_at_ms: 1,
          updated_by: b.userId,
        })
        .execute();
      const before = await snapshot(h, b.operatorId);
      const bWalletCalls = walletB.calls.length;
      for (const [route, run] of Object.entries(cases)) {
        for (const answer of await run()) {
          assert.ok(answer.status < 500, `${route}: ${answer.text}`);
          assertNothingOfB(answer, route);
        }
      }
      assert.equal(await snapshot(h, b.operatorId), before, "B's stored data is unchanged");
      assert.equal(walletB.calls.length, bWalletCalls, "no call reached B's wallet");
      assert.ok(walletA.calls.length > 0, "A's calls went to A's wallet");
      // B still works as before.
      assert.equal((await h.request("GET", "/v1/me", { token: b.apiToken })).json.operatorId, b.operatorId);
      assert.equal(
        (await h.request("GET", "/backoffice/me", { token: b.token })).json.operator.id,
        b.operatorId,
      );
    });

    test("an operator id in a query or body is refused, never honoured", async () => {
      const query = await h.request("GET", `/backoffice/credentials?operatorId=${b.operatorId}`, {
        token: a.token,
      });
      assert.equal(query.status, 400);
      const body = await h.request("POST", "/backoffice/credentials", {
        token: a.token,
        body: { environment: "sandbox", label: "x", operatorId: b.operatorId },
      });
      assert.equal(body.status, 400);
      assert.equal(body.json.errors[0].field, "operatorId");
    });

    test("API credentials are scoped to their operator and open only /v1", async () => {
      const me = await h.request("GET", "/v1/me", { token: a.apiToken });
      assert.equal(me.json.operatorId, a.operatorId);
      assertNothingOfB(me, "GET /v1/me");
      // An API credential is not a backoffice or admin session, and the reverse.
      assert.equal((await h.request("GET", "/backoffice/me", { token: a.apiToken })).status, 401);
      assert.equal((await h.request("GET", "/backoffice/credentials", { token: a.apiToken })).status, 401);
      assert.equal((await h.request("GET", "/admin/operators", { token: a.apiToken })).status, 401);
      assert.equal((await h.request("GET", "/v1/me", { token: a.token })).status, 401);
      // A's token with B's credential id (and A's secret) does not authenticate as B.
      const secretOfA = a.apiToken.slice(-43);
      const forged = `crp_sandbox_${b.credentialId.slice("cred_".length)}_${secretOfA}`;
      assert.equal((await h.request("GET", "/v1/me", { token: forged })).status, 401);
    });

    test("the backoffice routes use only A's wallet settings and salts", async () => {
      const settings = await h.request("GET", "/backoffice/environments/sandbox/wallet-settings", {
        token: a.token,
      });
      assert.equal(settings.json.callbackUrl, walletA.url);
      const keys = (await h.request("GET", "/backoffice/environments/sandbox/salt-keys", { token: a.token }))
        .json.keys;
      for (const key of keys) assert.ok(!b.salts.includes(key.salt));
    });
  });
}
