/**
 * When wallet calls are retried, and which outcomes are final (STYLE 8). Pure functions: the
 * outbox applies what they decide.
 *
 * | call              | ok  | refused: TIMESTAMP_EXPIRED, INVALID_KEY | other refusal | unknown          | not sent         |
 * |-------------------|-----|------------------------------------------|---------------|------------------|------------------|
 * | balance           | ok  | refused                                  | refused       | unknown          | not_sent         |
 * | debit             | ok  | refused, no rollback                     | refused       | unknown+rb (2)   | not_sent         |
 * | credit / rollback | ok  | retried (alarm)                          | manual (1)    | retried          | retried later    |
 *
 * (1) A refusal whose code the operator's dialect does not give (GameHub error 2) is retried like
 * TIMESTAMP_EXPIRED and INVALID_KEY: it may be one of them.
 * (2) A rollback row is written with the outcome; under the GameHub profile it is written held for
 * review instead of due (unknown-debit-policy.ts, ADR 0006).
 *
 * Retries use exponential backoff with jitter until the horizon, then `manual`.
 */
import type { CallOutcome } from "../../callbacks/call-outcome.ts";
import type { CallState, WalletCallRow } from "./tables.ts";

/** First retry delay: a wallet that blinked is usually back within a second. */
export const RETRY_BASE_DELAY_MS = 1_000;
/**
 * Longest delay between two retries: after ~10 doublings the wallet is down for real, and ten
 * minutes keeps a player's win from waiting much longer than the outage itself.
 */
export const RETRY_MAX_DELAY_MS = 10 * 60_000;
/**
 * How long a credit or rollback is retried before it waits for a person: 72 h covers a weekend
 * outage at an operator; past that someone has to talk to them anyway.
 */
export const DEFAULT_RETRY_HORIZON_MS = 72 * 3_600_000;
/**
 * A lease outlives the attempt it covers by this much: the attempt itself is bounded by the
 * operator's timeout (waiting for a slot and the exchange, each at most timeoutMs), and the
 * margin covers recording the outcome. Only after it may another process take the call over.
 */
export const LEASE_MARGIN_MS = 10_000;

/**
 * Refusals of a credit or rollback that are retried instead of final. The operator checks key
 * and timestamp before anything else and records nothing when they fail, so the call did nothing
 * and the `call_id` is still free; and the cause is on a side that gets fixed (a clock that
 * drifted, a salt rotation one side has not finished), not in the call. Giving up would drop
 * money owed to the player; retrying costs nothing and raises an alarm each time. Every other
 * refusal is stored and replayed by the operator (idempotency), so retrying cannot change it:
 * that credit needs a person.
 */
export const RETRIED_REFUSALS: ReadonlySet<string> = new Set(["TIMESTAMP_EXPIRED", "INVALID_KEY"]);

/** What an attempt changes on its call row. */
export interface Transition {
  readonly state: CallState;
  readonly nextAttemptAtMs: number;
  readonly finalAtMs: number | null;
  readonly balanceMinor: number | null;
  readonly errorCode: string | null;
  readonly reason: string | null;
  readonly txId: string | null;
  /** Queue a rollback of this debit in the same transaction. */
  readonly rollback: boolean;
}

/**
 * Exponential backoff with full jitter above a floor: a uniform delay in
 * [base, min(cap, base · 2^(n−1))] before retry n+1, where n attempts have failed. The jitter
 * spreads a crowd of calls that failed together (an operator outage) so they do not come back in
 * one burst; the floor keeps a retry from racing the attempt it replaces, which after a timeout
 * may still be on its way to the wallet.
 */
export function backoffDelayMs(failedAttempts: number, random: () => number): number {
  const exponent = Math.max(0, Math.min(failedAttempts - 1, 30));
  const ceiling = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** exponent);
  return RETRY_BASE_DELAY_MS + Math.floor(random() * (ceiling - RETRY_BASE_DELAY_MS));
}

type CallFacts = Pick<WalletCallRow, "action" | "rb" | "attempts" | "retry_until_at_ms">;

/**
 * The call's next state after one attempt. `call.attempts` counts attempts before this one.
 */
export function afterAttempt(
  call: CallFacts,
  outcome: CallOutcome,
  nowMs: number,
  random: () => number,
): Transition {
  const retried = call.action === "credit";
  switch (outcome.kind) {
    case "ok":
      return final("ok", nowMs, { balanceMinor: outcome.balance, txId: outcome.txId ?? null });
    case "refused":
      // A refusal the dialect did not name (GameHub error 2) may be one of those too.
      if (retried && (RETRIED_REFUSALS.has(outcome.code) || outcome.unspecified === true)) {
        return retry(call, call.attempts + 1, nowMs, random, outcome.code, outcome.message);
      }
      return final(retried ? "manual" : "refused", nowMs, {
        balanceMinor: outcome.balance ?? null,
        errorCode: outcome.code,
        reason: outcome.message,
      });
    case "unknown":
      if (retried) return retry(call, call.attempts + 1, nowMs, random, null, outcome.reason);
      return final("unknown", nowMs, { reason: outcome.reason, rollback: call.action === "debit" });
    case "not_sent":
      if (!retried) return final("not_sent", nowMs, { reason: outcome.reason });
      if (outcome.retryAtMs !== undefined) {
        return pendingOrManual(call, Math.max(nowMs, outcome.retryAtMs), nowMs, null, outcome.reason);
      }
      return retry(call, Math.max(1, call.attempts), nowMs, random, null, outcome.reason);
  }
}

/**
 * A call whose lease expired: the process that held it died (or stalled past the lease). For a
 * balance or debit nobody can learn the outcome any more, so it is unknown, and a debit is rolled
 * back; a credit is simply due again (it is retried by whoever claimed it).
 */
export function afterLostLease(call: Pick<WalletCallRow, "action">, nowMs: number): Transition {
  return final("unknown", nowMs, {
    reason: "the process sending it stopped before recording an answer",
    rollback: call.action === "debit",
  });
}

function retry(
  call: CallFacts,
  failedAttempts: number,
  nowMs: number,
  random: () => number,
  errorCode: string | null,
  reason: string,
): Transition {
  return pendingOrManual(call, nowMs + backoffDelayMs(failedAttempts, random), nowMs, errorCode, reason);
}

/** Pending until the horizon; the last retry happens at the horizon itself, after that `manual`. */
function pendingOrManual(
  call: CallFacts,
  nextAtMs: number,
  nowMs: number,
  errorCode: string | null,
  reason: string,
): Transition {
  if (nowMs >= call.retry_until_at_ms) {
    return final("manual", nowMs, { errorCode, reason: `retry horizon passed; last: ${reason}` });
  }
  return {
    state: "pending",
    nextAttemptAtMs: Math.min(nextAtMs, call.retry_until_at_ms),
    finalAtMs: null,
    balanceMinor: null,
    errorCode,
    reason,
    txId: null,
    rollback: false,
  };
}

function final(
  state: CallState,
  nowMs: number,
  fields: Partial<Pick<Transition, "balanceMinor" | "errorCode" | "reason" | "txId" | "rollback">>,
): Transition {
  return {
    state,
    nextAttemptAtMs: nowMs,
    // `manual` waits for a person: not final yet.
    finalAtMs: state === "manual" ? null : nowMs,
    balanceMinor: fields.balanceMinor ?? null,
    errorCode: fields.errorCode ?? null,
    reason: fields.reason ?? null,
    txId: fields.txId ?? null,
    rollback: fields.rollback ?? false,
  };
}
