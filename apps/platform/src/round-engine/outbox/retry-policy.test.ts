import assert from "node:assert/strict";
import { test } from "node:test";
import { afterAttempt, afterLostLease, backoffDelayMs, RETRY_MAX_DELAY_MS } from "./retry-policy.ts";

const credit = { action: "credit", rb: 0, attempts: 0, retry_until_at_ms: 1_000_000 } as const;
const debit = { action: "debit", rb: 0, attempts: 0, retry_until_at_ms: 1_000_000 } as const;
const balance = { action: "balance", rb: 0, attempts: 0, retry_until_at_ms: 1_000_000 } as const;

test("backoff doubles from 1 s to a 10 min cap, jittered between 1 s and that ceiling", () => {
  const ceiling = Array.from({ length: 13 }, (_, i) => backoffDelayMs(i + 1, () => 1));
  assert.deepEqual(
    ceiling,
    [
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 600_000, 600_000,
      600_000,
    ],
  );
  assert.equal(
    backoffDelayMs(5, () => 0),
    1_000,
    "never sooner than 1 s",
  );
  assert.equal(
    backoffDelayMs(5, () => 0.5),
    8_500,
  );
  assert.equal(
    backoffDelayMs(1_000, () => 1),
    RETRY_MAX_DELAY_MS,
  );
});

test("which outcomes are final and which are retried", () => {
  const now = 500;
  const ok = { kind: "ok", balance: 5 } as const;
  const unknown = { kind: "unknown", cause: "http_status", reason: "HTTP status 500" } as const;
  const expired = { kind: "refused", code: "TIMESTAMP_EXPIRED", message: "clock" } as const;
  const blocked = { kind: "refused", code: "PLAYER_BLOCKED", message: "blocked" } as const;
  const open = { kind: "not_sent", cause: "circuit_open", reason: "open", retryAtMs: 9_000 } as const;
  const one = () => 1;

  assert.equal(afterAttempt(debit, ok, now, one).state, "ok");
  assert.deepEqual(pick(afterAttempt(debit, unknown, now, one)), ["unknown", true]);
  assert.deepEqual(pick(afterAttempt(debit, expired, now, one)), ["refused", false]);
  assert.deepEqual(pick(afterAttempt(debit, blocked, now, one)), ["refused", false]);
  assert.deepEqual(pick(afterAttempt(debit, open, now, one)), ["not_sent", false]);
  assert.deepEqual(pick(afterAttempt(balance, unknown, now, one)), ["unknown", false]);

  assert.deepEqual(pick(afterAttempt(credit, unknown, now, one)), ["pending", false]);
  assert.equal(afterAttempt(credit, unknown, now, one).nextAttemptAtMs, now + 1_000);
  assert.equal(afterAttempt(credit, expired, now, one).state, "pending");
  assert.equal(afterAttempt(credit, blocked, now, one).state, "manual");
  // GameHub's error 2 does not say which refusal: it may be a key or timestamp one, so retried.
  const unnamed = {
    kind: "refused",
    code: "INVALID_REQUEST",
    message: "error 2",
    unspecified: true,
  } as const;
  assert.equal(afterAttempt(credit, unnamed, now, one).state, "pending");
  assert.deepEqual(pick(afterAttempt(debit, unnamed, now, one)), ["refused", false]);
  assert.equal(afterAttempt(credit, open, now, one).nextAttemptAtMs, 9_000, "waits for the circuit");
  // Past the horizon: manual; the last retry is placed at the horizon itself.
  assert.equal(afterAttempt({ ...credit, attempts: 20 }, unknown, 999_999, one).nextAttemptAtMs, 1_000_000);
  assert.equal(afterAttempt(credit, unknown, 1_000_000, one).state, "manual");

  assert.deepEqual(pick(afterLostLease(debit, now)), ["unknown", true]);
  assert.deepEqual(pick(afterLostLease(balance, now)), ["unknown", false]);
});

function pick(transition: { state: string; rollback: boolean }): [string, boolean] {
  return [transition.state, transition.rollback];
}
