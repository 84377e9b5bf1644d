import { requestFingerprint, type UnsignedWalletRequest, type WalletAction } from "@croupier/protocol";
import type { Environment } from "../../callbacks/wallet-endpoint.ts";
import type { WalletCallRow } from "./tables.ts";

/** What a caller decides about a new call; the outbox adds state, lease and times. */
export interface CallDraft {
  readonly callId: string;
  readonly operatorId: string;
  readonly environment: Environment;
  readonly action: WalletAction;
  readonly sessionId: string;
  readonly playerId: string;
  readonly currency: string;
  readonly gameId: string;
  readonly roundId?: string;
  readonly amountMinor?: number;
  readonly rbCallId?: string;
  readonly roundClosed?: boolean;
  /** Idempotency key inside the round. */
  readonly ref?: string;
}

export interface CallTiming {
  readonly nowMs: number;
  readonly horizonMs: number;
  /** Set when the caller sends the first attempt itself: the call is leased to it until `leaseUntilAtMs`. */
  readonly lease?: { readonly owner: string; readonly untilAtMs: number };
}

/** The row of a new call. Leased calls become due when their lease ends; others are due at once. */
export function newCallRow(draft: CallDraft, timing: CallTiming): WalletCallRow {
  const balance = draft.action === "balance";
  const row: WalletCallRow = {
    call_id: draft.callId,
    operator_id: draft.operatorId,
    environment: draft.environment,
    action: draft.action,
    session_id: draft.sessionId,
    player_id: draft.playerId,
    currency: draft.currency,
    game_id: draft.gameId,
    round_id: balance ? null : (draft.roundId ?? null),
    amount_minor: balance ? null : (draft.amountMinor ?? null),
    rb: draft.rbCallId === undefined ? 0 : 1,
    rb_call_id: draft.rbCallId ?? null,
    round_closed: draft.roundClosed === true ? 1 : 0,
    ref: draft.ref ?? null,
    request_hash: "",
    state: "pending",
    attempts: 0,
    next_attempt_at_ms: timing.lease?.untilAtMs ?? timing.nowMs,
    retry_until_at_ms: timing.nowMs + timing.horizonMs,
    lease_owner: timing.lease?.owner ?? null,
    lease_until_at_ms: timing.lease?.untilAtMs ?? null,
    balance_minor: null,
    error_code: null,
    outcome_reason: null,
    tx_id: null,
    resolved_by: null,
    resolution_note: null,
    created_at_ms: timing.nowMs,
    updated_at_ms: timing.nowMs,
    final_at_ms: null,
  };
  row.request_hash = contentHash(row);
  return row;
}

/**
 * The wire request of a call, rebuilt from its row on every attempt, so that every retry
 * carries exactly the same content (only `timestamp` and `key` are added per attempt).
 */
export function unsignedRequestOf(
  row: Pick<
    WalletCallRow,
    | "action"
    | "call_id"
    | "player_id"
    | "session_id"
    | "currency"
    | "game_id"
    | "round_id"
    | "amount_minor"
    | "rb"
    | "rb_call_id"
    | "round_closed"
  >,
): UnsignedWalletRequest {
  const common = {
    call_id: row.call_id,
    player_id: row.player_id,
    session_id: row.session_id,
    currency: row.currency,
    game_id: row.game_id,
  };
  if (row.action === "balance") return { action: "balance", ...common };
  return {
    action: row.action,
    ...common,
    round_id: row.round_id ?? "",
    amount: row.amount_minor ?? 0,
    rb: row.rb === 1 ? 1 : 0,
    ...(row.rb === 1 && row.rb_call_id !== null ? { rb_call_id: row.rb_call_id } : {}),
    round_closed: row.round_closed === 1,
  };
}

/**
 * The fingerprint that a replay under the same `ref` must match: the call's content without
 * its `call_id` (a replay mints a new one before it knows it is a replay).
 */
export function contentHash(
  row: Parameters<typeof unsignedRequestOf>[0] & {
    operator_id: string;
    environment: string;
    ref: string | null;
  },
): string {
  const request = unsignedRequestOf(row) as Record<string, unknown>;
  return requestFingerprint({
    ...request,
    call_id: undefined,
    operator_id: row.operator_id,
    environment: row.environment,
    ref: row.ref,
  });
}
