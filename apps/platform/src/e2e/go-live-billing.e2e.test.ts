// The acceptance path, through the public APIs only (the platform's /backoffice, /admin,
// /v1, launch and studio client API; the reference wallet's wallet and admin API): register →
// approve → sandbox conformance → live callback URL → live conformance → top-up → go live → live
// rounds → fees charged → statement → the wallet's ledger exported and reconciled with zero
// differences; then one call removed and one amount changed, and exactly those two reported.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import {
  buildWalletApp,
  createActiveSalts,
  openStore,
  type ReferenceWalletStore,
} from "@croupier/reference-wallet";
import { BUILT_IN_TITLES } from "../builtin-studio/catalogue-titles.ts";
import { seedBuiltInCatalogue } from "../catalogue/seed.ts";
import { activeSaltOf, runBody, setCallbackUrl, waitForRun } from "../conformance-runs/test/run-helpers.ts";
import { testDialects } from "../db/test-databases.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";

const WALLET_ADMIN_TOKEN = "e2e-wallet-admin-token-0123456789";
const WAIT_MS = 60_000;

interface FeePage {
  items: Array<{ amountMinor: number; fee: { rounds: number; ggrMinor: number; chargeableMinor: number } }>;
}

/** Polls `read` until `done` holds (the projector runs in the background). */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) assert.fail(`not reached in time: ${JSON.stringify(value).slice(0, 400)}`);
    await sleep(50);
  }
}

for (const kind of testDialects) {
  describe(`go live and reconcile, end to end (${kind})`, () => {
    let h: Harness;
    let store: ReferenceWalletStore;
    let wallet: Awaited<ReturnType<typeof buildWalletApp>>;
    let walletUrl: string;
    let dir: string;
    before(async () => {
      h = await startHarness(kind, { appOptions: { billingWorkers: { intervalMs: 50, lagMs: 0 } } });
      // What every start of the platform does.
      await seedBuiltInCatalogue(h.platform.deps, BUILT_IN_TITLES);
    });
    after(async () => {
      await wallet?.close();
      await store?.close();
      if (dir !== undefined) await rm(dir, { recursive: true, force: true });
      await h?.close();
    });

    test("register, approve, conformance, top up, go live, play, fees, statement, reconcile", async () => {
      // Register and approve.
      const { operatorId, email } = await h.register();
      await h.approve(operatorId);
      const token = await h.login(email);

      // The operator's wallet (the reference wallet), accepting both environments' salts.
      const sandboxSalt = await activeSaltOf(h, token, "sandbox");
      const liveSalt = await activeSaltOf(h, token, "live");
      dir = await mkdtemp(path.join(os.tmpdir(), "e2e-billing-wallet-"));
      store = await openStore({ kind: "sqlite", dataDir: dir, filename: path.join(dir, "wallet.sqlite") });
      wallet = buildWalletApp({
        store,
        salts: createActiveSalts([sandboxSalt, liveSalt]),
        adminToken: WALLET_ADMIN_TOKEN,
      });
      await wallet.listen({ port: 0, host: "127.0.0.1" });
      const walletBase = `http://127.0.0.1:${(wallet.server.address() as AddressInfo).port}`;
      walletUrl = `${walletBase}/wallet`;
      const walletAdmin = async (method: string, urlPath: string, body?: unknown) => {
        const response = await fetch(`${walletBase}${urlPath}`, {
          method,
          headers: {
            authorization: `Bearer ${WALLET_ADMIN_TOKEN}`,
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, text: await response.text() };
      };
      for (const player of ["cf-player-1", "cf-player-2", "live-player"]) {
        const created = await walletAdmin("POST", "/admin/players", {
          player_id: player,
          currency: "EUR",
          balance: 500_00,
        });
        assert.equal(created.status, 201, created.text);
      }

      // Sandbox, then live conformance against the wallet.
      for (const environment of ["sandbox", "live"] as const) {
        await setCallbackUrl(h, token, environment, walletUrl);
        const started = await h.request("POST", `/backoffice/environments/${environment}/conformance-runs`, {
          token,
          body: runBody(),
        });
        assert.equal(started.status, 202, started.text);
        const run = await waitForRun(h, started.headers.get("location")!, token);
        assert.equal(run.json.status, "passed", run.text.slice(0, 2000));
      }

      // Not live without credit; an admin sets the fee rate and records the top-up.
      const admin = (method: string, urlPath: string, body?: unknown) =>
        h.request(method, urlPath, { token: h.adminToken, body });
      assert.deepEqual((await admin("POST", `/admin/operators/${operatorId}/go-live`)).json.missing, [
        "prepaid_credit",
      ]);
      assert.equal(
        (
          await admin("POST", "/admin/billing/fee-rates", {
            providerId: "croupier-studio",
            effectiveFrom: "2026-01-01",
            sharePpm: 100_000,
          })
        ).status,
        201,
      );
      const topUp = await admin("POST", `/admin/operators/${operatorId}/billing/top-ups`, {
        amountMinor: 100_00,
        currency: "EUR",
        paymentReference: "SEPA-E2E-1",
        idempotencyKey: "e2e-topup-1",
      });
      assert.equal(topUp.status, 201, topUp.text);
      const live = await admin("POST", `/admin/operators/${operatorId}/go-live`);
      assert.equal(live.status, 200, live.text);
      const goneLiveAt = new Date().toISOString();

      // Live rounds of the built-in studio, played through the launch and the studio's client API.
      const credential = await h.request("POST", "/backoffice/credentials", {
        token,
        body: { environment: "live", label: "e2e" },
      });
      const apiToken = credential.json.token as string;
      const launched = await h.request("POST", "/v1/sessions", {
        token: apiToken,
        body: {
          player_id: "live-player",
          currency: "EUR",
          game_id: "fruit-fiesta",
          language: "en",
          return_url: "https://casino.example/",
          cashier_url: "https://casino.example/cashier",
        },
      });
      assert.equal(launched.status, 201, launched.text);
      const opened = await fetch(launched.json.launch_url as string, { redirect: "manual" });
      assert.equal(opened.status, 302);
      const location = new URL(opened.headers.get("location")!, h.baseUrl);
      const playToken =
        location.searchParams.get("token") ?? decodeURIComponent(location.pathname.split("/").at(-1) ?? "");
      const session = await h.request("POST", "/studio/api/session", { body: { play_token: playToken } });
      assert.equal(session.status, 200, session.text);
      const ROUNDS = 6;
      for (let i = 0; i < ROUNDS; i += 1) {
        const round = await h.request("POST", "/studio/api/rounds", {
          token: session.json.access_token,
          body: { bet_minor: 200 },
        });
        assert.equal(round.status, 200, round.text);
      }

      // Fees are charged as the rounds close (the projector runs in the background).
      const entries = await eventually(
        async () => (await h.request("GET", "/v1/billing/entries?kind=fee", { token: apiToken })).json,
        (page: FeePage) => page.items.reduce((sum, e) => sum + e.fee.rounds, 0) === ROUNDS,
      );
      const today = new Date().toISOString().slice(0, 10);
      const report = await h.request("GET", `/v1/reports?from=${today}&to=${today}`, { token: apiToken });
      assert.equal(report.status, 200, report.text);
      const [totals] = report.json.totalsByCurrency;
      assert.equal(totals.rounds, ROUNDS);
      assert.equal(totals.betsMinor, ROUNDS * 200);
      const feeMinor = 0 - entries.items.reduce((sum, e) => sum + e.amountMinor, 0);
      const ggr = entries.items.reduce((sum, e) => sum + e.fee.ggrMinor, 0);
      assert.equal(ggr, totals.ggrMinor);
      // 10 % of what was chargeable (negative GGR carried forward first), rounded down once.
      const chargeable = entries.items.reduce((sum, e) => sum + e.fee.chargeableMinor, 0);
      assert.equal(feeMinor, Math.floor(chargeable / 10));

      // The statement of the day.
      const statement = await h.request("GET", `/v1/billing/statement?from=${today}&to=${today}`, {
        token: apiToken,
      });
      assert.equal(statement.status, 200, statement.text);
      assert.equal(statement.json.openingBalanceMinor, 0);
      assert.equal(statement.json.topUpsMinor, 100_00);
      assert.equal(statement.json.feesMinor, feeMinor);
      assert.equal(statement.json.closingBalanceMinor, 100_00 - feeMinor);

      // Credit brought to zero mid-session: the running session's next round completes and is
      // charged; a new live launch is refused; a top-up restores launching.
      const correction = await admin("POST", `/admin/operators/${operatorId}/billing/corrections`, {
        amountMinor: -(100_00 - feeMinor),
        currency: "EUR",
        note: "e2e: use the credit up",
        idempotencyKey: "e2e-zero",
      });
      assert.equal(correction.status, 201, correction.text);
      assert.equal(correction.json.account.state, "exhausted");
      const midRound = await h.request("POST", "/studio/api/rounds", {
        token: session.json.access_token,
        body: { bet_minor: 200 },
      });
      assert.equal(midRound.status, 200, midRound.text);
      await eventually(
        async () => (await h.request("GET", "/v1/billing/entries?kind=fee", { token: apiToken })).json,
        (page: FeePage) => page.items.reduce((sum, e) => sum + e.fee.rounds, 0) === ROUNDS + 1,
      );
      const afterZero = await h.request("GET", "/v1/billing", { token: apiToken });
      assert.ok(afterZero.json.balanceMinor <= 0, afterZero.text);
      const launchBody = {
        player_id: "live-player",
        currency: "EUR",
        game_id: "fruit-fiesta",
        language: "en",
        return_url: "https://casino.example/",
        cashier_url: "https://casino.example/cashier",
      };
      const refused = await h.request("POST", "/v1/sessions", { token: apiToken, body: launchBody });
      assert.equal(refused.status, 402, refused.text);
      assert.equal(refused.json.code, "CREDIT_EXHAUSTED");
      const restored = await admin("POST", `/admin/operators/${operatorId}/billing/top-ups`, {
        amountMinor: 50_00,
        currency: "EUR",
        paymentReference: "SEPA-E2E-2",
        idempotencyKey: "e2e-topup-2",
      });
      assert.equal(restored.status, 201, restored.text);
      assert.equal(
        (await h.request("POST", "/v1/sessions", { token: apiToken, body: launchBody })).status,
        201,
      );

      // The wallet's ledger since going live, exported and reconciled: no difference.
      const exported = await fetch(
        `${walletBase}/admin/ledger-export?from=${goneLiveAt}&to=${new Date(Date.now() + 60_000).toISOString()}`,
        {
          headers: { authorization: `Bearer ${WALLET_ADMIN_TOKEN}` },
        },
      );
      assert.equal(exported.status, 200);
      const csv = await exported.text();
      const reconcile = (body: string) =>
        h.request("POST", `/v1/reconciliations?from=${today}&to=${today}`, {
          token: apiToken,
          rawBody: body,
          headers: { "content-type": "text/csv" },
        });
      const clean = await reconcile(csv);
      assert.equal(clean.status, 201, clean.text);
      const lines = csv.trim().split("\n");
      assert.equal(clean.json.matched, lines.length - 1);
      assert.equal(clean.json.differences, 0, clean.text);

      // One call removed, one amount changed: exactly those two.
      const [header, removed, changed, ...rest] = lines;
      const fields = changed!.split(",");
      fields[2] = String(Number(fields[2]) + 1);
      const tampered = await reconcile([header, fields.join(","), ...rest].join("\n"));
      assert.equal(tampered.status, 201, tampered.text);
      assert.equal(tampered.json.differences, 2);
      const differences = await h.request("GET", `/v1/reconciliations/${tampered.json.id}/differences`, {
        token: apiToken,
      });
      assert.deepEqual(
        differences.json.items.map((d: { kind: string; callId: string }) => [d.kind, d.callId]).sort(),
        [
          ["amount_mismatch", fields[0]],
          ["missing_on_operator_side", removed!.split(",")[0]],
        ].sort(),
      );

      // The platform's own records agree.
      const check = await admin("POST", "/admin/billing/self-checks", { from: today, to: today });
      assert.equal(check.json.differences, 0, check.text);
    });
  });
}
