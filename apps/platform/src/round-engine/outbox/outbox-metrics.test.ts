import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { Registry } from "prom-client";
import { openTestDb, testDialects, type TestDb } from "../../db/test-databases.ts";
import { registerOutboxGauges } from "./outbox-metrics.ts";

const NOW_MS = 1_800_000_000_000;

function pendingCall(callId: string, createdAtMs: number) {
  return {
    call_id: callId,
    operator_id: "op_metrics",
    environment: "sandbox" as const,
    action: "credit" as const,
    session_id: "s_metrics",
    player_id: "p_metrics",
    currency: "EUR",
    game_id: "slots",
    round_id: `r_${callId}`,
    amount_minor: 100,
    rb: 0 as const,
    rb_call_id: null,
    round_closed: 0 as const,
    ref: "win:1",
    request_hash: "h",
    state: "pending" as const,
    attempts: 0,
    next_attempt_at_ms: createdAtMs,
    retry_until_at_ms: createdAtMs + 3_600_000,
    lease_owner: null,
    lease_until_at_ms: null,
    balance_minor: null,
    error_code: null,
    outcome_reason: null,
    tx_id: null,
    resolved_by: null,
    resolution_note: null,
    created_at_ms: createdAtMs,
    updated_at_ms: createdAtMs,
    final_at_ms: null,
  };
}

const valueOf = (text: string, name: string): number => {
  const match = new RegExp(`^${name} (\\S+)$`, "m").exec(text);
  assert.ok(match, `${name} in\n${text}`);
  return Number(match[1]);
};

for (const kind of testDialects) {
  describe(`outbox gauges (${kind})`, () => {
    let db: TestDb;
    before(async () => {
      db = await openTestDb(kind);
    });
    after(async () => db?.dispose());

    test("each scrape reports the current oldest pending age, not the previous scrape's", async () => {
      const registry = new Registry();
      registerOutboxGauges(registry, db.db, () => NOW_MS, pino({ level: "silent" }));
      const empty = await registry.metrics();
      assert.equal(valueOf(empty, "croupier_outbox_oldest_pending_age_seconds"), 0);

      await db.db
        .insertInto("wallet_calls")
        .values(pendingCall("c1", NOW_MS - 42_000))
        .execute();
      // The very first scrape after the call appeared says 42 s (it said 0, the previous value).
      const first = await registry.metrics();
      assert.equal(valueOf(first, "croupier_outbox_pending_calls"), 1);
      assert.equal(valueOf(first, "croupier_outbox_oldest_pending_age_seconds"), 42);

      await db.db.deleteFrom("wallet_calls").where("call_id", "=", "c1").execute();
      const cleared = await registry.metrics();
      assert.equal(valueOf(cleared, "croupier_outbox_pending_calls"), 0);
      assert.equal(valueOf(cleared, "croupier_outbox_oldest_pending_age_seconds"), 0);
    });
  });
}
