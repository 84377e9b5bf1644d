/**
 * How each outbox op changes a batch's snapshot: the rules of rounds and calls (idempotency,
 * round state, debit acknowledgement, leases), decided in memory against rows loaded under lock.
 */
import type { RoundRow } from "../tables.ts";
import {
  claimKey,
  MAX_CALLS_PER_ROUND,
  type OpResult,
  type OutboxOp,
  type OverCap,
  type RoundWinCap,
} from "./batch-ops.ts";
import type { BatchSnapshot } from "./batch-snapshot.ts";
import type { WalletCallRow } from "../outbox/tables.ts";
import { asClosingRollback, closesWithFailedBet, isAcknowledgedClosingRollback } from "./failed-bet-close.ts";

/** Decides one op against the snapshot, changing it. */
export function decide(snapshot: BatchSnapshot, op: OutboxOp): OpResult {
  switch (op.kind) {
    case "open-round":
      return openRound(snapshot, op.row);
    case "insert-call":
      return op.claim === undefined && op.opensRound === undefined
        ? insertCall(snapshot, op)
        : claimedInsertCall(snapshot, op);
    case "settle-claim":
      if (op.ifCallOk !== undefined && snapshot.calls.get(op.ifCallOk)?.state !== "ok")
        return { kind: "skipped", why: "not-ok" };
      snapshot.answerClaim({
        studio_id: op.studioId,
        tx_id: op.txId,
        result_code: op.resultCode,
        outcome: op.outcome,
        updated_at_ms: op.nowMs,
      });
      return { kind: "noted" };
    case "touch-session":
      snapshot.touchSession({
        id: op.sessionId,
        last_activity_at_ms: op.atMs,
        last_balance_minor: op.balanceMinor ?? null,
      });
      return { kind: "noted" };
    case "record":
      return record(snapshot, op);
    case "close-abandoned":
      return closeAbandoned(snapshot, op);
    case "lease-now":
      return leaseNow(snapshot, op);
    case "resolve":
      return resolve(snapshot, op);
  }
}

function openRound(snapshot: BatchSnapshot, row: RoundRow): OpResult {
  const existing = snapshot.rounds.get(row.round_id);
  if (existing === undefined) {
    snapshot.insertRound({ ...row });
    return { kind: "created" };
  }
  return existing.request_hash === row.request_hash
    ? { kind: "round-exists", row: { ...existing } }
    : { kind: "conflict" };
}

/**
 * An insert-call that first checks its caller's claim (an existing one ends the op) and opens its
 * round; the claim is written unless the call is refused in a way the caller may retry.
 */
function claimedInsertCall(
  snapshot: BatchSnapshot,
  op: Extract<OutboxOp, { kind: "insert-call" }>,
): OpResult {
  const claim = op.claim;
  if (claim !== undefined) {
    const existing = snapshot.claims.get(claimKey(claim.row.studio_id, claim.row.tx_id));
    if (existing !== undefined) return { kind: "claim-exists", row: { ...existing } };
  }
  let result: OpResult | undefined;
  if (op.opensRound !== undefined) {
    const opened = openRound(snapshot, op.opensRound);
    if (opened.kind === "conflict") result = { kind: "refused", code: "ROUND_MISMATCH" };
  }
  result ??= insertCall(snapshot, op);
  // A win past its cap leaves its id free: the game may pay what the round may still pay under a new one.
  const unrecorded =
    result.kind === "over-cap" ||
    (result.kind === "refused" && claim?.unrecordedRefusals.includes(result.code) === true);
  if (claim !== undefined && !unrecorded) snapshot.insertClaim({ ...claim.row });
  return result;
}

function insertCall(snapshot: BatchSnapshot, op: Extract<OutboxOp, { kind: "insert-call" }>): OpResult {
  const row = { ...op.row };
  if (op.guard === "none" || row.round_id === null) {
    snapshot.insertCall(row);
    return { kind: "inserted" };
  }
  const round = snapshot.rounds.get(row.round_id);
  if (round === undefined) return { kind: "refused", code: "ROUND_NOT_FOUND" };
  if (
    round.operator_id !== row.operator_id ||
    round.environment !== row.environment ||
    round.session_id !== row.session_id ||
    round.player_id !== row.player_id ||
    round.currency !== row.currency ||
    round.game_id !== row.game_id
  ) {
    return { kind: "refused", code: "ROUND_MISMATCH" };
  }
  const calls = snapshot.roundCalls(round.round_id);
  // Idempotency first, so that a game retrying after the round closed still gets its answer.
  const previous = row.ref === null ? undefined : calls.find((call) => call.ref === row.ref);
  if (previous !== undefined) {
    return previous.request_hash === row.request_hash
      ? { kind: "replay", row: { ...previous } }
      : { kind: "conflict" };
  }
  // A round voided because no bet of it stood still answers a win as it did while open.
  if (round.status === "void" && op.guard === "win") {
    return op.voidIfNoDebit ? { kind: "voided" } : { kind: "refused", code: "DEBIT_NOT_ACKNOWLEDGED" };
  }
  if (round.status !== "open") return { kind: "refused", code: "ROUND_CLOSED" };
  // Its closing call (the rollback of a failed only bet) is written: nothing may follow it.
  if (op.guard === "bet" && calls.some((call) => call.round_closed === 1))
    return { kind: "refused", code: "ROUND_CLOSED" };
  if (calls.length >= MAX_CALLS_PER_ROUND) return { kind: "refused", code: "ROUND_CALL_LIMIT" };
  if (op.guard === "win") {
    const debits = calls.filter((call) => call.action === "debit" && call.rb === 0);
    if (debits.some((call) => call.state === "pending")) return { kind: "refused", code: "DEBIT_IN_FLIGHT" };
    if (!hasStandingDebit(calls)) {
      if (!op.voidIfNoDebit) return { kind: "refused", code: "DEBIT_NOT_ACKNOWLEDGED" };
      closeRound(snapshot, round, "void", row.created_at_ms, "game");
      return { kind: "voided" };
    }
    const overCap = op.winCap === undefined ? undefined : overWinCap(calls, op.winCap, row.amount_minor ?? 0);
    if (overCap !== undefined) return overCap;
  }
  // `round_closed` goes on the round's last call: while an earlier credit (a win or a rollback)
  // is still being delivered, the closing one waits, unleased, for the dispatcher to send it after.
  const queued = row.round_closed === 1 && calls.some(isUnsettledCredit);
  if (queued)
    snapshot.insertCall({
      ...row,
      lease_owner: null,
      lease_until_at_ms: null,
      next_attempt_at_ms: row.created_at_ms,
    });
  else snapshot.insertCall(row);
  if (op.closesRound) closeRound(snapshot, round, "closed", row.created_at_ms, "game");
  return { kind: queued ? "queued" : "inserted" };
}

/** A credit not yet delivered nor given up on by a person (see claim.ts, which holds the closing one). */
function isUnsettledCredit(call: WalletCallRow): boolean {
  return (
    call.action === "credit" &&
    call.round_closed === 0 &&
    (call.state === "pending" || call.state === "manual")
  );
}

function record(snapshot: BatchSnapshot, op: Extract<OutboxOp, { kind: "record" }>): OpResult {
  const call = snapshot.calls.get(op.callId);
  if (call === undefined) return { kind: "missing" };
  if (op.attempt !== undefined) {
    // Recorded even when the lease was lost: the attempt went out, and the ledger must show it.
    call.attempts += 1;
    snapshot.attempts.push({ ...op.attempt, attempt_no: call.attempts });
    call.updated_at_ms = op.nowMs;
    snapshot.touchCall(call);
  }
  if (call.state !== "pending" || call.lease_owner !== op.leaseOwner) return { kind: "stale" };
  const t = op.transition;
  call.state = t.state;
  call.next_attempt_at_ms = t.nextAttemptAtMs;
  call.final_at_ms = t.finalAtMs;
  call.lease_owner = null;
  call.lease_until_at_ms = null;
  call.balance_minor = t.balanceMinor;
  call.error_code = t.errorCode;
  call.outcome_reason = t.reason;
  call.tx_id = t.txId;
  call.updated_at_ms = op.nowMs;
  snapshot.touchCall(call);
  if (t.rollback && op.rollback !== undefined && op.rollback.round_id !== null) {
    const roundId = op.rollback.round_id;
    const calls = snapshot.roundCalls(roundId);
    const exists = calls.some((other) => other.ref === op.rollback!.ref);
    if (!exists) {
      const closes = closesWithFailedBet(snapshot.rounds.get(roundId), calls, call.call_id);
      snapshot.insertCall(closes ? asClosingRollback(op.rollback) : { ...op.rollback });
    }
  }
  closeRoundOfFailedBet(snapshot, call, op.nowMs);
  return { kind: "applied" };
}

/** See failed-bet-close.ts: the round its acknowledged closing rollback closes. */
function closeRoundOfFailedBet(snapshot: BatchSnapshot, call: WalletCallRow, nowMs: number): void {
  if (call.round_id === null || !isAcknowledgedClosingRollback(call)) return;
  const round = snapshot.rounds.get(call.round_id);
  if (round === undefined || round.status !== "open") return;
  closeRound(snapshot, round, "void", nowMs, "game");
}

function closeAbandoned(
  snapshot: BatchSnapshot,
  op: Extract<OutboxOp, { kind: "close-abandoned" }>,
): OpResult {
  const round = snapshot.rounds.get(op.roundId);
  if (round === undefined || round.status !== "open") return { kind: "skipped", why: "not-open" };
  const calls = snapshot.roundCalls(round.round_id);
  const lastActivity = Math.max(round.opened_at_ms, ...calls.map((call) => call.created_at_ms));
  if (lastActivity > op.idleSinceMs) return { kind: "skipped", why: "active" };
  // Wait until every call of the round is final, so that the closing credit is the last one.
  if (calls.some((call) => call.state === "pending")) return { kind: "skipped", why: "in-flight" };
  if (!hasStandingDebit(calls)) {
    closeRound(snapshot, round, "void", op.nowMs, "abandoned");
    return { kind: "voided" };
  }
  snapshot.insertCall({ ...op.closingCall });
  closeRound(snapshot, round, "closed", op.nowMs, "abandoned");
  return { kind: "closed", callId: op.closingCall.call_id };
}

function leaseNow(snapshot: BatchSnapshot, op: Extract<OutboxOp, { kind: "lease-now" }>): OpResult {
  const call = snapshot.calls.get(op.callId);
  if (call === undefined) return { kind: "missing" };
  const leased = call.lease_until_at_ms !== null && call.lease_until_at_ms > op.nowMs;
  const allowed = call.state === "manual" || (call.state === "pending" && !leased);
  if (!allowed || call.action !== "credit") return { kind: "not-allowed", state: call.state, leased };
  if (call.state === "manual") {
    // One more attempt now; if it fails the call goes straight back to manual (horizon already passed).
    call.retry_until_at_ms = Math.min(call.retry_until_at_ms, op.nowMs);
  }
  call.state = "pending";
  call.lease_owner = op.leaseOwner;
  call.lease_until_at_ms = op.leaseUntilAtMs;
  call.next_attempt_at_ms = op.leaseUntilAtMs;
  call.updated_at_ms = op.nowMs;
  snapshot.touchCall(call);
  return { kind: "leased", row: { ...call } };
}

function resolve(snapshot: BatchSnapshot, op: Extract<OutboxOp, { kind: "resolve" }>): OpResult {
  const call = snapshot.calls.get(op.callId);
  if (call === undefined) return { kind: "missing" };
  if (call.state !== "manual") {
    const leased = call.lease_until_at_ms !== null && call.lease_until_at_ms > op.nowMs;
    return { kind: "not-allowed", state: call.state, leased };
  }
  call.state = "resolved";
  call.resolved_by = op.adminId;
  call.resolution_note = op.note;
  call.final_at_ms = op.nowMs;
  call.updated_at_ms = op.nowMs;
  snapshot.touchCall(call);
  return { kind: "resolved" };
}

/** An acknowledged debit that no rollback names: money the operator holds for the round. */
function hasStandingDebit(calls: readonly WalletCallRow[]): boolean {
  return standingDebits(calls).length > 0;
}

function standingDebits(calls: readonly WalletCallRow[]): WalletCallRow[] {
  const rolledBack = new Set(calls.filter((call) => call.rb === 1).map((call) => call.rb_call_id));
  return calls.filter(
    (call) =>
      call.action === "debit" && call.rb === 0 && call.state === "ok" && !rolledBack.has(call.call_id),
  );
}

/**
 * Whether a win of `amountMinor` would take the round's wins (every credit written for it that is
 * not a rollback, whatever its delivery: a written win is owed) past its cap. A win of 0 never is.
 */
function overWinCap(
  calls: readonly WalletCallRow[],
  cap: RoundWinCap,
  amountMinor: number,
): OverCap | undefined {
  if (amountMinor === 0) return undefined;
  const sum = (list: readonly WalletCallRow[]) =>
    list.reduce((total, call) => total + (call.amount_minor ?? 0), 0);
  const stakesMinor = sum(standingDebits(calls));
  const paidMinor = sum(calls.filter((call) => call.action === "credit" && call.rb === 0));
  // Integers only: the product stays exact below 2^53 and is clamped there (no stake is that large).
  const byMultiple = Math.min(stakesMinor * cap.multiple, Number.MAX_SAFE_INTEGER);
  const byMax = cap.maxMinor !== undefined && cap.maxMinor < byMultiple;
  const capMinor = byMax ? (cap.maxMinor ?? 0) : byMultiple;
  if (paidMinor + amountMinor <= capMinor) return undefined;
  return { kind: "over-cap", stakesMinor, paidMinor, capMinor, by: byMax ? "max" : "multiple" };
}

function closeRound(
  snapshot: BatchSnapshot,
  round: RoundRow,
  status: "closed" | "void",
  nowMs: number,
  reason: "game" | "abandoned",
): void {
  round.status = status;
  round.closed_at_ms = nowMs;
  round.close_reason = reason;
  snapshot.touchRound(round);
}
