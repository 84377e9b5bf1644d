/**
 * Service functions for the admin API: credits and rollbacks in `manual` (retry horizon passed,
 * or definitely refused by the operator) are retried on demand or closed by a person.
 */
import { endpointSettings } from "../../callbacks/endpoint-settings.ts";
import { attemptLeasedCall, type AttemptDeps } from "./attempt.ts";
import type { Outbox } from "./outbox.ts";
import type { CallState, WalletCallRow } from "./tables.ts";

export type ManualResolutionError =
  | { readonly ok: false; readonly code: "CALL_NOT_FOUND"; readonly message: string }
  | { readonly ok: false; readonly code: "CALL_NOT_RETRYABLE"; readonly message: string }
  | { readonly ok: false; readonly code: "CALL_IN_FLIGHT"; readonly message: string }
  | { readonly ok: false; readonly code: "CALL_NOT_MANUAL"; readonly message: string }
  | { readonly ok: false; readonly code: "INVALID_INPUT"; readonly message: string };

/** Longest resolution note kept: enough for a ticket reference and a sentence. */
export const MAX_RESOLUTION_NOTE_LENGTH = 1_000;

/**
 * Sends one attempt of a credit or rollback now, whether it waits for a retry (`pending`) or for
 * a person (`manual`), and returns what came of it. A `manual` call that fails again goes back to
 * `manual` (its horizon has passed); a `pending` one continues its backoff.
 *
 * @example
 * const result = await retryNow(deps, "c_123");
 * if (result.ok) console.log(result.state); // "ok", "pending" or "manual"
 */
export async function retryNow(
  deps: AttemptDeps,
  callId: string,
): Promise<
  { readonly ok: true; readonly state: CallState; readonly reason: string | null } | ManualResolutionError
> {
  const { outbox } = deps;
  const found = await findCall(outbox, callId);
  if (found === undefined) return notFound(callId);
  const endpoint = await deps.lookup(found.operator_id, found.environment);
  const timeoutMs = endpoint === undefined ? 0 : endpointSettings(endpoint).timeoutMs;
  const leaseOwner = outbox.newLeaseToken();
  const nowMs = outbox.clock();
  const leased = await outbox.batcher.submit({
    kind: "lease-now",
    callId,
    leaseOwner,
    leaseUntilAtMs: outbox.leaseUntil(nowMs, timeoutMs),
    nowMs,
  });
  if (leased.kind === "missing") return notFound(callId);
  if (leased.kind === "not-allowed") {
    return leased.leased
      ? {
          ok: false,
          code: "CALL_IN_FLIGHT",
          message: "an attempt of this call is in flight; try again shortly",
        }
      : {
          ok: false,
          code: "CALL_NOT_RETRYABLE",
          message: `only credits and rollbacks that are pending or manual can be retried; this call is ${leased.state}`,
        };
  }
  if (leased.kind !== "leased") throw new Error(`unexpected lease result ${leased.kind}`);
  const report = await attemptLeasedCall(deps, leased.row, leaseOwner, endpoint);
  await report.recorded;
  outbox.logger
    .child({ call_id: callId, round_id: found.round_id, operator_id: found.operator_id })
    .info({ state: report.transition.state }, "manual retry of a wallet call");
  return { ok: true, state: report.transition.state, reason: report.transition.reason };
}

/**
 * Closes a `manual` call by hand (the operator confirmed it applied it, or it was settled
 * another way). The call keeps its content and attempts; `resolved_by` and the note say who and why.
 *
 * @example
 * await markResolved({ outbox }, "c_123", "operator confirmed tx 998877 by email", "adm_42");
 */
export async function markResolved(
  deps: { readonly outbox: Outbox },
  callId: string,
  reason: string,
  adminId: string,
): Promise<{ readonly ok: true } | ManualResolutionError> {
  const note = reason.trim();
  if (note.length === 0 || note.length > MAX_RESOLUTION_NOTE_LENGTH || adminId.length === 0) {
    return {
      ok: false,
      code: "INVALID_INPUT",
      message: `a reason of 1 to ${MAX_RESOLUTION_NOTE_LENGTH} characters and an admin id are required`,
    };
  }
  const { outbox } = deps;
  const result = await outbox.batcher.submit({
    kind: "resolve",
    callId,
    adminId,
    note,
    nowMs: outbox.clock(),
  });
  if (result.kind === "missing") return notFound(callId);
  if (result.kind === "not-allowed") {
    return {
      ok: false,
      code: "CALL_NOT_MANUAL",
      message: `only a call in manual can be resolved; this one is ${result.state}`,
    };
  }
  outbox.logger.child({ call_id: callId }).warn({ admin_id: adminId, note }, "wallet call resolved manually");
  return { ok: true };
}

/** One call and its attempts, for the admin API. */
export async function getCallWithAttempts(outbox: Outbox, callId: string) {
  const call = await findCall(outbox, callId);
  if (call === undefined) return undefined;
  const attempts = await outbox.db.db
    .selectFrom("wallet_call_attempts")
    .selectAll()
    .where("call_id", "=", callId)
    .orderBy("attempt_no")
    .execute();
  return { call, attempts };
}

function findCall(outbox: Outbox, callId: string): Promise<WalletCallRow | undefined> {
  return outbox.db.db.selectFrom("wallet_calls").selectAll().where("call_id", "=", callId).executeTakeFirst();
}

function notFound(callId: string): ManualResolutionError {
  return { ok: false, code: "CALL_NOT_FOUND", message: `no wallet call ${callId}` };
}
