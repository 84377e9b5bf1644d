import type { Fault } from "./faults.ts";

/** One broken wallet and the checks that must catch it. */
export interface BrokenVariant {
  readonly fault: Exclude<Fault, "none">;
  /** Check ids that must fail for this fault. */
  readonly caughtBy: readonly string[];
  /**
   * True when the fault is so broad (every answer is unusable) that other checks may fail too;
   * otherwise exactly `caughtBy` fail and everything else passes, warns or skips.
   */
  readonly broad?: boolean;
  /** Run wallet and kit with the body signature enforced. */
  readonly bodySignature?: boolean;
  /** The kit's timeout for this variant, ms (default 2000). */
  readonly timeoutMs?: number;
}

/**
 * Every broken wallet the acceptance test runs the kit against, with the checks that must say
 * so. Where a fault also trips a second check, that second check is testing the same mistake
 * from another side (a no-dedup wallet also replays a debit with extra fields wrongly).
 */
export const BROKEN_VARIANTS: readonly BrokenVariant[] = [
  {
    fault: "no-dedup",
    caughtBy: [
      "idempotency.replay-sequential",
      "idempotency.replay-concurrent",
      "idempotency.replay-refusal",
      "idempotency.duplicate-conflict",
      "validation.extra-fields-ignored",
    ],
  },
  { fault: "replay-current-balance", caughtBy: ["idempotency.replay-sequential"] },
  { fault: "no-duplicate-conflict", caughtBy: ["idempotency.duplicate-conflict"] },
  { fault: "refusal-not-replayed", caughtBy: ["idempotency.replay-refusal"] },
  { fault: "refusals-recorded", caughtBy: ["idempotency.refusals-not-recorded"] },
  {
    fault: "any-key",
    caughtBy: ["security.invalid-key", "security.key-before-player", "security.key-before-timestamp"],
  },
  { fault: "player-before-key", caughtBy: ["security.key-before-player"] },
  { fault: "no-window", caughtBy: ["security.timestamp-past-expired", "security.timestamp-future-expired"] },
  { fault: "future-accepted", caughtBy: ["security.timestamp-future-expired"] },
  { fault: "body-signature-ignored", caughtBy: ["security.body-signature"], bodySignature: true },
  { fault: "http-error-status", caughtBy: ["transport.http-200-on-errors"], broad: true },
  { fault: "non-json-http-400", caughtBy: ["validation.not-json", "transport.http-200-on-errors"] },
  { fault: "major-units", caughtBy: ["balance.shape", "money.integer-minor-units"], broad: true },
  { fault: "string-balance", caughtBy: ["balance.shape", "money.integer-minor-units"], broad: true },
  { fault: "rollback-unknown-pays", caughtBy: ["rollback.unknown-original", "rollback.refused-original"] },
  { fault: "late-original-applied", caughtBy: ["rollback.late-original"] },
  { fault: "repeated-rollbacks-applied", caughtBy: ["rollback.debit-once", "rollback.credit-once"] },
  { fault: "rollback-amount-ignored", caughtBy: ["rollback.amount-mismatch"] },
  { fault: "check-then-act-race", caughtBy: ["concurrency.no-overdraft", "concurrency.no-lost-update"] },
  { fault: "overdraft", caughtBy: ["debit.insufficient-funds", "concurrency.no-overdraft"] },
  { fault: "insufficient-without-balance", caughtBy: ["debit.insufficient-funds"] },
  { fault: "float-rounded", caughtBy: ["validation.amount-float"] },
  { fault: "string-amount-coerced", caughtBy: ["validation.amount-string"] },
  { fault: "negative-accepted", caughtBy: ["validation.amount-negative"] },
  { fault: "huge-amount-accepted", caughtBy: ["validation.amount-too-large"] },
  { fault: "missing-round-accepted", caughtBy: ["validation.missing-fields"] },
  { fault: "currency-ignored", caughtBy: ["player.currency-mismatch"] },
  { fault: "extra-fields-refused", caughtBy: ["validation.extra-fields-ignored"] },
  // Fast alone, past the timeout in a burst (and so are the other concurrent checks).
  { fault: "slow-under-load", caughtBy: ["latency.p99"], broad: true, timeoutMs: 100 },
];
