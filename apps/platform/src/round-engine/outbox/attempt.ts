import { createHash } from "node:crypto";
import type { CallbackClient } from "../../callbacks/callback-client.ts";
import type { CallOutcome } from "../../callbacks/call-outcome.ts";
import { sendWalletCall, type WalletCallResult } from "../../callbacks/send-wallet-call.ts";
import type { WalletEndpoint, WalletEndpointLookup } from "../../callbacks/wallet-endpoint.ts";
import type { OpResult } from "../write-model/batch-ops.ts";
import { newCallRow, unsignedRequestOf } from "./call-rows.ts";
import type { Outbox } from "./outbox.ts";
import { afterAttempt, afterLostLease, type Transition } from "./retry-policy.ts";
import type { WalletCallRow } from "./tables.ts";
import { unknownDebitHandling, type UnknownDebitHandling } from "./unknown-debit-policy.ts";

/** What sending a wallet call needs. */
export interface AttemptDeps {
  readonly outbox: Outbox;
  readonly client: CallbackClient;
  readonly lookup: WalletEndpointLookup;
}

export interface AttemptReport {
  /** Undefined when no endpoint is configured for the operator. */
  readonly result: WalletCallResult | undefined;
  readonly outcome: CallOutcome;
  readonly transition: Transition;
  /** Resolves once the attempt and the call's new state are durable. */
  readonly recorded: Promise<OpResult>;
}

/**
 * Sends one attempt of a call this process holds the lease of, and submits its record: the
 * attempt row, the call's new state and, for a debit whose outcome is unknown, its rollback
 * credit — all in one transaction. Returns as soon as the answer is in; `recorded` says when it
 * is durable.
 */
export async function attemptLeasedCall(
  deps: AttemptDeps,
  row: WalletCallRow,
  leaseOwner: string,
  knownEndpoint?: WalletEndpoint,
): Promise<AttemptReport> {
  const { outbox } = deps;
  const endpoint = knownEndpoint ?? (await deps.lookup(row.operator_id, row.environment));
  const result =
    endpoint === undefined ? undefined : await sendWalletCall(endpoint, unsignedRequestOf(row), deps);
  const outcome: CallOutcome = result?.outcome ?? {
    kind: "not_sent",
    cause: "no_endpoint",
    reason: "no wallet endpoint is configured for this operator and environment",
  };
  const nowMs = outbox.clock();
  const transition = afterAttempt(row, outcome, nowMs, outbox.random);
  const handling = unknownDebitHandling(endpoint?.profile, row, transition.reason ?? "outcome unknown");
  const sent = result !== undefined && outcome.kind !== "not_sent";
  const recorded = outbox.batcher.submit({
    kind: "record",
    callId: row.call_id,
    leaseOwner,
    attempt: sent
      ? {
          call_id: row.call_id,
          sender: leaseOwner,
          sent_at_ms: result.sentAtMs,
          latency_micros: result.latencyMicros,
          request: result.request,
          http_status: result.httpStatus ?? null,
          response_body: result.responseBody ?? null,
          outcome: outcome.kind,
          error_code: outcome.kind === "refused" ? outcome.code : null,
          reason:
            outcome.kind === "unknown" ? outcome.reason : outcome.kind === "refused" ? outcome.message : null,
        }
      : undefined,
    transition,
    rollback: transition.rollback ? rollbackFor(row, nowMs, outbox.retryHorizonMs, handling) : undefined,
    nowMs,
  });
  if (transition.rollback || transition.state === "manual") {
    const log = outbox.logger.child({
      call_id: row.call_id,
      round_id: row.round_id,
      operator_id: row.operator_id,
    });
    if (transition.rollback) {
      const cause = outcome.kind === "unknown" ? outcome.cause : undefined;
      if (handling.kind === "hold")
        log.error({ cause, reason: transition.reason }, "debit outcome unknown: rollback held for review");
      else log.warn({ cause, reason: transition.reason }, "debit outcome unknown: rollback queued");
    } else
      log.error({ code: transition.errorCode, reason: transition.reason }, "credit needs manual resolution");
    void recorded.then(
      () => outbox.wake(),
      () => undefined,
    );
  }
  return { result, outcome, transition, recorded };
}

/**
 * Records the end of a call whose holder died: a debit or balance call can no longer learn its
 * outcome (unknown; a debit is rolled back, or under the compatibility `profile` its rollback is
 * held for review). Credits are not passed here: they are retried.
 */
export function recordLostLease(
  outbox: Outbox,
  row: WalletCallRow,
  leaseOwner: string,
  profile?: WalletEndpoint["profile"],
): Promise<OpResult> {
  const nowMs = outbox.clock();
  const transition = afterLostLease(row, nowMs);
  const handling = unknownDebitHandling(profile, row, transition.reason ?? "outcome unknown");
  outbox.logger
    .child({ call_id: row.call_id, round_id: row.round_id, operator_id: row.operator_id })
    .warn({ action: row.action }, "call abandoned by a stopped process: outcome unknown");
  return outbox.batcher.submit({
    kind: "record",
    callId: row.call_id,
    leaseOwner,
    attempt: undefined,
    transition,
    rollback: transition.rollback ? rollbackFor(row, nowMs, outbox.retryHorizonMs, handling) : undefined,
    nowMs,
  });
}

/** The rollback row as the policy decides: queued (due at once), or `manual` with the evidence. */
function rollbackFor(
  debit: WalletCallRow,
  nowMs: number,
  horizonMs: number,
  handling: UnknownDebitHandling,
): WalletCallRow {
  const rollback = rollbackRow(debit, nowMs, horizonMs);
  if (handling.kind === "rollback") return rollback;
  return { ...rollback, state: "manual", outcome_reason: handling.evidence };
}

/**
 * The rollback credit of a debit: same player, round and amount, `rb` 1 naming the debit. Its
 * call_id is derived from the debit's, so that whoever decides the rollback mints the same one.
 */
export function rollbackRow(debit: WalletCallRow, nowMs: number, horizonMs: number): WalletCallRow {
  return newCallRow(
    {
      callId: rollbackCallId(debit.call_id),
      operatorId: debit.operator_id,
      environment: debit.environment,
      action: "credit",
      sessionId: debit.session_id,
      playerId: debit.player_id,
      currency: debit.currency,
      gameId: debit.game_id,
      roundId: debit.round_id ?? "",
      amountMinor: debit.amount_minor ?? 0,
      rbCallId: debit.call_id,
      roundClosed: false,
      ref: `rb:${debit.call_id}`,
    },
    { nowMs, horizonMs },
  );
}

/** `rb_<debit call_id>`, or a digest of it when that would pass the protocol's 64 characters. */
export function rollbackCallId(debitCallId: string): string {
  const plain = `rb_${debitCallId}`;
  if (plain.length <= 64) return plain;
  return `rb_${createHash("sha256").update(debitCallId).digest("hex").slice(0, 48)}`;
}
