import type { WalletAction } from "@croupier/protocol";
import type { Selectable } from "kysely";
import type { Static } from "typebox";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { ServiceDeps } from "../deps.ts";
import { MAX_ATTEMPTS_SHOWN } from "../history/schema.ts";
import type { TimeRange } from "../history/time-range.ts";
import type { AttemptDeps } from "../round-engine/outbox/attempt.ts";
import {
  markResolved,
  retryNow,
  type ManualResolutionError,
} from "../round-engine/outbox/manual-resolution.ts";
import type { CallState, WalletCallAttemptsTable, WalletCallRow } from "../round-engine/outbox/tables.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import type { AdminAttemptSchema, AdminWalletCallSchema } from "./wallet-calls-schema.ts";

export type AdminWalletCall = Static<typeof AdminWalletCallSchema>;
export type AdminAttempt = Static<typeof AdminAttemptSchema>;

export function presentAdminCall(row: WalletCallRow): AdminWalletCall {
  return {
    callId: row.call_id,
    operatorId: row.operator_id,
    environment: row.environment,
    action: row.action,
    state: row.state,
    playerId: row.player_id,
    sessionId: row.session_id,
    gameId: row.game_id,
    roundId: row.round_id,
    currency: row.currency,
    amountMinor: row.amount_minor,
    rb: row.rb,
    rbCallId: row.rb_call_id,
    roundClosed: row.round_closed === 1,
    attempts: row.attempts,
    nextAttemptAtMs: row.next_attempt_at_ms,
    retryUntilAtMs: row.retry_until_at_ms,
    leasedUntilAtMs: row.lease_until_at_ms,
    balanceMinor: row.balance_minor,
    errorCode: row.error_code,
    outcomeReason: row.outcome_reason,
    txId: row.tx_id,
    resolvedBy: row.resolved_by,
    resolutionNote: row.resolution_note,
    createdAtMs: row.created_at_ms,
    updatedAtMs: row.updated_at_ms,
    finalAtMs: row.final_at_ms,
  };
}

function presentAttempt(row: Selectable<WalletCallAttemptsTable>): AdminAttempt {
  return {
    attemptNo: row.attempt_no,
    sender: row.sender,
    sentAtMs: row.sent_at_ms,
    latencyMicros: row.latency_micros,
    request: row.request,
    httpStatus: row.http_status,
    responseBody: row.response_body,
    outcome: row.outcome,
    errorCode: row.error_code,
    reason: row.reason,
  };
}

export interface WalletCallFilter extends TimeRange {
  readonly state: CallState;
  readonly operatorId?: string | undefined;
  readonly environment?: Environment | undefined;
  readonly action?: WalletAction | undefined;
  readonly playerId?: string | undefined;
  readonly roundId?: string | undefined;
  readonly limit?: number | undefined;
  readonly after?: CursorPosition | undefined;
}

/**
 * Wallet calls in one state across operators, oldest first: by default the queue of credits and
 * rollbacks waiting for a person (`manual`).
 *
 * @example
 * const queue = await listWalletCalls(deps, { state: "manual", operatorId: "op_1" });
 */
export async function listWalletCalls(
  deps: Pick<ServiceDeps, "db">,
  filter: WalletCallFilter,
): Promise<Page<AdminWalletCall>> {
  let query = deps.db.selectFrom("wallet_calls").selectAll().where("state", "=", filter.state);
  if (filter.operatorId !== undefined) query = query.where("operator_id", "=", filter.operatorId);
  if (filter.environment !== undefined) query = query.where("environment", "=", filter.environment);
  if (filter.action !== undefined) query = query.where("action", "=", filter.action);
  if (filter.playerId !== undefined) query = query.where("player_id", "=", filter.playerId);
  if (filter.roundId !== undefined) query = query.where("round_id", "=", filter.roundId);
  if (filter.fromMs !== undefined) query = query.where("created_at_ms", ">=", filter.fromMs);
  if (filter.toMs !== undefined) query = query.where("created_at_ms", "<", filter.toMs);
  const page = await keysetPage(query, {
    sortColumn: "created_at_ms",
    idColumn: "call_id",
    direction: "asc",
    limit: filter.limit,
    after: filter.after,
    positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.call_id }),
  });
  return { items: page.items.map(presentAdminCall), nextCursor: page.nextCursor };
}

/** One call and its latest attempts (oldest first), or undefined. */
export async function getWalletCall(
  deps: Pick<ServiceDeps, "db">,
  callId: string,
): Promise<{ call: AdminWalletCall; attempts: AdminAttempt[] } | undefined> {
  const row = await findCall(deps, callId);
  if (row === undefined) return undefined;
  const attempts = await deps.db
    .selectFrom("wallet_call_attempts_all")
    .selectAll()
    .where("call_id", "=", callId)
    .where("attempt_no", ">", Math.max(0, row.attempts - MAX_ATTEMPTS_SHOWN))
    .orderBy("attempt_no")
    .execute();
  return { call: presentAdminCall(row), attempts: attempts.map(presentAttempt) };
}

function findCall(deps: Pick<ServiceDeps, "db">, callId: string): Promise<WalletCallRow | undefined> {
  return deps.db.selectFrom("wallet_calls_all").selectAll().where("call_id", "=", callId).executeTakeFirst();
}

function auditDetails(row: WalletCallRow): Record<string, unknown> {
  return {
    operatorId: row.operator_id,
    environment: row.environment,
    action: row.action,
    rb: row.rb,
    amountMinor: row.amount_minor,
    roundId: row.round_id,
    playerId: row.player_id,
  };
}

export type RetryResult =
  | {
      readonly ok: true;
      readonly state: CallState;
      readonly reason: string | null;
      readonly call: AdminWalletCall;
    }
  | ManualResolutionError;

// The audit entry is written after the outbox's own commit, not in the same transaction: the
// outbox changes a call only through its group-commit batcher (one writer, leases checked there).
// A crash in between loses the entry, never the action, whose who and why is also on the row.

/**
 * Sends one attempt of a pending or manual credit or rollback now (outbox `retryNow`), and
 * records who did it and what came of it in the audit log. The attempt itself is in the call's
 * attempts like any other.
 */
export async function retryWalletCall(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  engine: AttemptDeps,
  input: { readonly callId: string; readonly actor: AuditActor },
): Promise<RetryResult> {
  const before = await findCall(deps, input.callId);
  if (before === undefined)
    return { ok: false, code: "CALL_NOT_FOUND", message: `No wallet call ${input.callId}.` };
  const result = await retryNow(engine, input.callId);
  if (!result.ok) return result;
  await recordAudit(deps, deps.db, {
    actor: input.actor,
    action: "wallet_call.retry",
    targetKind: "wallet_call",
    targetId: input.callId,
    details: { ...auditDetails(before), from: before.state, to: result.state, outcome: result.reason },
  });
  const after = await findCall(deps, input.callId);
  return { ok: true, state: result.state, reason: result.reason, call: presentAdminCall(after ?? before) };
}

/**
 * Closes a call waiting for manual resolution (outbox `markResolved`: state `resolved`, who and
 * why kept on the row) and records it in the audit log.
 */
export async function resolveWalletCall(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  engine: Pick<AttemptDeps, "outbox">,
  input: { readonly callId: string; readonly reason: string; readonly actor: AuditActor },
): Promise<{ readonly ok: true; readonly call: AdminWalletCall } | ManualResolutionError> {
  const before = await findCall(deps, input.callId);
  if (before === undefined)
    return { ok: false, code: "CALL_NOT_FOUND", message: `No wallet call ${input.callId}.` };
  const result = await markResolved(engine, input.callId, input.reason, input.actor.id);
  if (!result.ok) return result;
  await recordAudit(deps, deps.db, {
    actor: input.actor,
    action: "wallet_call.resolve",
    targetKind: "wallet_call",
    targetId: input.callId,
    details: { ...auditDetails(before), from: before.state, reason: input.reason.trim() },
  });
  const after = await findCall(deps, input.callId);
  return { ok: true, call: presentAdminCall(after ?? before) };
}
