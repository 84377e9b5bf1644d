import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { BUILT_IN_TITLES } from "../builtin-studio/catalogue-titles.ts";
import { seedBuiltInCatalogue } from "../catalogue/seed.ts";
import { testDialects } from "../db/test-databases.ts";
import { meetLiveEvidence } from "../go-live/test/go-live-support.ts";
import { startHarness, type Harness } from "../test/platform-harness.ts";

for (const kind of testDialects) {
  describe(`prepaid credit (${kind})`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(kind);
      await seedBuiltInCatalogue(h.platform.deps, BUILT_IN_TITLES);
    });
    after(async () => h?.close());

    const topUp = (operatorId: string, body: Record<string, unknown>, path = "top-ups") =>
      h.request("POST", `/admin/operators/${operatorId}/billing/${path}`, { token: h.adminToken, body });

    test("top-ups and corrections are appended, idempotent by key, audited; the operator sees them", async () => {
      const op = await h.approvedOperator();
      const fresh = await h.request("GET", "/backoffice/billing", { token: op.token });
      assert.equal(fresh.status, 200, fresh.text);
      assert.deepEqual(fresh.json, {
        operatorId: op.operatorId,
        currency: "EUR",
        balanceMinor: 0,
        lowCreditThresholdMinor: 0,
        state: "exhausted",
      });

      const body = {
        amountMinor: 500_00,
        currency: "EUR",
        paymentReference: "SEPA-0042",
        note: "first top-up",
        idempotencyKey: "topup-0042",
      };
      const first = await topUp(op.operatorId, body);
      assert.equal(first.status, 201, first.text);
      assert.equal(first.json.entry.seq, 1);
      assert.equal(first.json.entry.balanceAfterMinor, 500_00);
      assert.equal(first.json.account.balanceMinor, 500_00);
      const replay = await topUp(op.operatorId, body);
      assert.equal(replay.status, 200);
      assert.equal(replay.json.entry.id, first.json.entry.id);
      const reused = await topUp(op.operatorId, { ...body, amountMinor: 600_00 });
      assert.equal(reused.status, 409);
      assert.equal(reused.json.code, "IDEMPOTENCY_KEY_REUSED");
      // Twins racing with one key: one entry.
      const twins = await Promise.all(
        [1, 2, 3].map(() => topUp(op.operatorId, { ...body, idempotencyKey: "race-1", amountMinor: 1 })),
      );
      assert.deepEqual(new Set(twins.map((t) => t.json.entry.id)).size, 1);

      const wrongCurrency = await topUp(op.operatorId, { ...body, currency: "GBP", idempotencyKey: "k2" });
      assert.equal(wrongCurrency.status, 409);
      assert.equal(wrongCurrency.json.code, "BILLING_CURRENCY_MISMATCH");
      for (const amountMinor of [0, -5]) {
        const bad = await topUp(op.operatorId, { ...body, amountMinor, idempotencyKey: `bad${amountMinor}` });
        assert.equal(bad.status, 400);
        assert.equal(bad.json.code, "INVALID_AMOUNT");
      }
      const fraction = await topUp(op.operatorId, { ...body, amountMinor: 1.5, idempotencyKey: "frac" });
      assert.equal(fraction.status, 400);
      const correction = await topUp(
        op.operatorId,
        { amountMinor: -100_00, currency: "EUR", note: "double-counted transfer", idempotencyKey: "fix-1" },
        "corrections",
      );
      assert.equal(correction.status, 201, correction.text);
      assert.equal(correction.json.entry.kind, "correction");
      assert.equal(correction.json.account.balanceMinor, 400_01);
      const locked = await h.request("PATCH", `/admin/operators/${op.operatorId}/billing/settings`, {
        token: h.adminToken,
        body: { currency: "GBP" },
      });
      assert.equal(locked.json.code, "BILLING_CURRENCY_LOCKED");

      for (const [path, token] of [
        ["/backoffice/billing/entries", op.token],
        [`/admin/operators/${op.operatorId}/billing/entries`, h.adminToken],
      ] as const) {
        const entries = await h.request("GET", path, { token });
        assert.equal(entries.status, 200, entries.text);
        assert.deepEqual(
          entries.json.items.map((e: { seq: number; kind: string; amountMinor: number }) => [
            e.seq,
            e.kind,
            e.amountMinor,
          ]),
          [
            [3, "correction", -100_00],
            [2, "top_up", 1],
            [1, "top_up", 500_00],
          ],
        );
      }
      const audit = await h.request(
        "GET",
        `/admin/audit-log?targetId=${op.operatorId}&action=billing.top_up`,
        {
          token: h.adminToken,
        },
      );
      assert.equal(audit.json.items.length, 2);
      assert.equal(audit.json.items[1].details.paymentReference, "SEPA-0042");

      // Another operator sees only its own account.
      const other = await h.approvedOperator();
      const otherView = await h.request("GET", "/backoffice/billing/entries", { token: other.token });
      assert.deepEqual(otherView.json.items, []);
      assert.equal((await topUp("op_nope", { ...body, idempotencyKey: "x" })).status, 404);
    });

    test("the go-live gate reads the real credit; at zero new live launches are refused; a top-up restores", async () => {
      const op = await h.approvedOperator();
      await meetLiveEvidence(h, op);
      const gate = await h.request("POST", `/admin/operators/${op.operatorId}/go-live`, {
        token: h.adminToken,
      });
      assert.equal(gate.status, 409);
      assert.deepEqual(gate.json.missing, ["prepaid_credit"]);
      const settings = await h.request("PATCH", "/backoffice/billing/settings", {
        token: op.token,
        body: { lowCreditThresholdMinor: 50_00 },
      });
      assert.equal(settings.status, 200, settings.text);
      assert.equal(
        (await topUp(op.operatorId, { amountMinor: 60_00, currency: "EUR", idempotencyKey: "t1" })).status,
        201,
      );
      const live = await h.request("POST", `/admin/operators/${op.operatorId}/go-live`, {
        token: h.adminToken,
      });
      assert.equal(live.status, 200, live.text);

      const credential = await h.request("POST", "/backoffice/credentials", {
        token: op.token,
        body: { environment: "live", label: "live server" },
      });
      assert.equal(credential.status, 201, credential.text);
      const launch = () =>
        h.request("POST", "/v1/sessions", {
          token: credential.json.token,
          body: {
            player_id: "p-1",
            currency: "EUR",
            game_id: BUILT_IN_TITLES[0]!.id,
            language: "en",
            return_url: "https://casino.example/",
            cashier_url: "https://casino.example/cashier",
          },
        });
      assert.equal((await launch()).status, 201);
      const v1 = await h.request("GET", "/v1/billing", { token: credential.json.token });
      assert.equal(v1.json.balanceMinor, 60_00);
      assert.equal(v1.json.state, "ok");

      // Down to the threshold, then to zero: notified once each.
      await topUp(
        op.operatorId,
        { amountMinor: -20_00, currency: "EUR", idempotencyKey: "c1" },
        "corrections",
      );
      assert.equal(
        (await h.request("GET", "/v1/billing", { token: credential.json.token })).json.state,
        "low",
      );
      await topUp(
        op.operatorId,
        { amountMinor: -40_00, currency: "EUR", idempotencyKey: "c2" },
        "corrections",
      );
      const refused = await launch();
      assert.equal(refused.status, 402, refused.text);
      assert.equal(refused.json.code, "CREDIT_EXHAUSTED");
      const events = await h.db.db
        .selectFrom("operator_notifications")
        .select(["event", "state"])
        .where("operator_id", "=", op.operatorId)
        .where("event", "in", ["credit.low", "credit.exhausted"])
        .orderBy("created_at_ms")
        .execute();
      assert.deepEqual(
        events.map((e) => e.event),
        ["credit.low", "credit.exhausted"],
      );
      await topUp(op.operatorId, { amountMinor: 100_00, currency: "EUR", idempotencyKey: "t2" });
      assert.equal((await launch()).status, 201);
    });

    test("admins keep dated fee and exchange rates; a day's rate is never replaced", async () => {
      const post = (path: string, body: Record<string, unknown>) =>
        h.request("POST", `/admin/billing/${path}`, { token: h.adminToken, body });
      const fee = await post("fee-rates", {
        providerId: "croupier-studio",
        effectiveFrom: "2026-01-01",
        sharePpm: 150_000,
      });
      assert.equal(fee.status, 201, fee.text);
      assert.equal(fee.json.effectiveFrom, "2026-01-01");
      assert.equal(
        (await post("fee-rates", { providerId: "croupier-studio", effectiveFrom: "2026-01-01", sharePpm: 1 }))
          .json.code,
        "RATE_EXISTS",
      );
      assert.equal(
        (await post("fee-rates", { providerId: "nobody", effectiveFrom: "2026-01-01", sharePpm: 1 })).json
          .code,
        "UNKNOWN_PROVIDER",
      );
      assert.equal(
        (await post("fee-rates", { providerId: "croupier-studio", effectiveFrom: "2026-02-30", sharePpm: 1 }))
          .json.code,
        "INVALID_RATE",
      );
      assert.equal(
        (
          await post("fee-rates", {
            providerId: "croupier-studio",
            effectiveFrom: "2026-03-01",
            sharePpm: 1_000_001,
          })
        ).status,
        400,
      );
      const fx = await post("exchange-rates", {
        fromCurrency: "GBP",
        toCurrency: "EUR",
        effectiveFrom: "2026-01-01",
        rateE8: 115_000_000,
      });
      assert.equal(fx.status, 201, fx.text);
      assert.equal(
        (
          await post("exchange-rates", {
            fromCurrency: "EUR",
            toCurrency: "EUR",
            effectiveFrom: "2026-01-02",
            rateE8: 1,
          })
        ).json.code,
        "INVALID_RATE",
      );
      assert.equal(
        (
          await post("exchange-rates", {
            fromCurrency: "XYZ",
            toCurrency: "EUR",
            effectiveFrom: "2026-01-02",
            rateE8: 1,
          })
        ).json.code,
        "INVALID_RATE",
      );
      const rates = await h.request("GET", "/admin/billing/rates", { token: h.adminToken });
      assert.equal(rates.json.fees.length, 1);
      assert.equal(rates.json.exchange[0].rateE8, 115_000_000);
      assert.match(rates.json.rounding, /rounded down/);
      const audit = await h.request("GET", "/admin/audit-log?action=billing.fee_rate", {
        token: h.adminToken,
      });
      assert.equal(audit.json.items.length, 1);
    });
  });
}
