import assert from "node:assert/strict";
import type { ServiceDeps } from "../../deps.ts";
import { insertRun } from "../../conformance-runs/run-store.ts";
import type { Harness } from "../../test/platform-harness.ts";
import type { PrepaidCreditReader } from "../prepaid-credit.ts";

const credits = new WeakMap<ServiceDeps, Map<string, number>>();

/**
 * Tests only: gives an operator prepaid credit on a harness's platform without billing entries,
 * by replacing the credit reader on the deps object the app was built with (tests of billing
 * itself top up through the admin API instead).
 */
export function grantPrepaidCredit(h: Harness, operatorId: string, balanceMinor: number): void {
  const deps = h.platform.deps;
  let balances = credits.get(deps);
  if (balances === undefined) {
    const created = new Map<string, number>();
    balances = created;
    credits.set(deps, created);
    const reader: PrepaidCreditReader = async (id) => created.get(id) ?? 0;
    (deps as { prepaidCredit?: PrepaidCreditReader }).prepaidCredit = reader;
  }
  balances.set(operatorId, balanceMinor);
}

/**
 * Tests only: meets every go-live condition for an approved operator without running the kit —
 * a live callback URL, a stored passing live run against it (a stand-in report) and credit.
 * For tests about what happens after going live; the gate's own tests run the real kit.
 */
export async function meetGoLiveConditions(
  h: Harness,
  operator: { operatorId: string; token: string },
  callbackUrl = "https://wallet.operator.example/croupier/live",
): Promise<void> {
  await meetLiveEvidence(h, operator, callbackUrl);
  grantPrepaidCredit(h, operator.operatorId, 100_00);
}

/**
 * Tests only: the go-live conditions but credit — a live callback URL and a stored passing live
 * run against it — for tests that top up the real prepaid credit themselves.
 */
export async function meetLiveEvidence(
  h: Harness,
  operator: { operatorId: string; token: string },
  callbackUrl = "https://wallet.operator.example/croupier/live",
): Promise<void> {
  const settings = await h.request("PATCH", "/backoffice/environments/live/wallet-settings", {
    token: operator.token,
    body: { callbackUrl },
  });
  assert.equal(settings.status, 200, settings.text);
  const now = h.platform.deps.clock();
  const summary = {
    total: 1,
    passed: 1,
    warned: 0,
    failed: 0,
    requiredFailed: 0,
    advisoryFailed: 0,
    skipped: 0,
  };
  await insertRun(h.db.db, {
    id: h.platform.deps.ids("cfr"),
    operator_id: operator.operatorId,
    environment: "live",
    status: "passed",
    callback_url: settings.json.callbackUrl as string,
    players: JSON.stringify(["p1", "p2"]),
    currency: "EUR",
    require_body_signature: 0,
    only_checks: "[]",
    started_by_kind: "operator_user",
    started_by_id: "test",
    created_at_ms: now,
    heartbeat_at_ms: now,
    finished_at_ms: now,
    checks_total: 1,
    checks_done: 1,
    current_check_id: null,
    last_check_id: null,
    last_check_status: null,
    summary: JSON.stringify(summary),
    failed_check_ids: "[]",
    abort_code: null,
    abort_message: null,
    report: null,
  });
}
