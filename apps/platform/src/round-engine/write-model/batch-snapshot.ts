import type { ClaimRow } from "./riding-writes.ts";
import type { RoundRow } from "../tables.ts";
import { claimKey } from "./batch-ops.ts";
import type { NewAttemptRow, WalletCallRow } from "../outbox/tables.ts";

/** A claim's final answer, written only if the claim is still pending when the batch commits. */
export interface ClaimAnswer {
  readonly studio_id: string;
  readonly tx_id: string;
  readonly result_code: string;
  readonly outcome: string;
  readonly updated_at_ms: number;
}

/** A session's activity; `last_balance_minor` null keeps the stored balance. */
export interface SessionTouch {
  readonly id: string;
  readonly last_activity_at_ms: number;
  readonly last_balance_minor: number | null;
}

/** The rows a batch touches, loaded under lock, then changed in memory by its ops. */
export class BatchSnapshot {
  readonly rounds = new Map<string, RoundRow>();
  readonly calls = new Map<string, WalletCallRow>();
  readonly callsByRound = new Map<string, WalletCallRow[]>();
  readonly newRounds: RoundRow[] = [];
  readonly newCalls: WalletCallRow[] = [];
  readonly attempts: NewAttemptRow[] = [];
  readonly changedRounds = new Set<RoundRow>();
  readonly changedCalls = new Set<WalletCallRow>();
  /** Claims found (loaded) or written by this batch, by `claimKey`. */
  readonly claims = new Map<string, ClaimRow>();
  readonly newClaims: ClaimRow[] = [];
  /** Answers of claims written before this batch, by `claimKey` (one statement may touch a row once). */
  readonly claimAnswers = new Map<string, ClaimAnswer>();
  readonly sessionTouches = new Map<string, SessionTouch>();
  readonly #fresh = new Set<object>();

  addLoadedClaim(row: ClaimRow): void {
    this.claims.set(claimKey(row.studio_id, row.tx_id), row);
  }

  insertClaim(row: ClaimRow): void {
    this.claims.set(claimKey(row.studio_id, row.tx_id), row);
    this.newClaims.push(row);
    this.#fresh.add(row);
  }

  /** A claim inserted by this batch gets its answer in the insert; others by a conditional update. */
  answerClaim(answer: ClaimAnswer): void {
    const key = claimKey(answer.studio_id, answer.tx_id);
    const claim = this.claims.get(key);
    if (claim !== undefined && this.#fresh.has(claim)) {
      if (claim.state === "pending") {
        Object.assign(claim, {
          state: "done",
          result_code: answer.result_code,
          outcome: answer.outcome,
          updated_at_ms: answer.updated_at_ms,
        });
      }
      return;
    }
    // The first answer wins, as with the pending-only update of separate commits.
    if (!this.claimAnswers.has(key)) this.claimAnswers.set(key, answer);
  }

  /** The latest activity wins; a touch without a balance keeps the one an earlier touch brought. */
  touchSession(touch: SessionTouch): void {
    const earlier = this.sessionTouches.get(touch.id);
    this.sessionTouches.set(touch.id, {
      id: touch.id,
      last_activity_at_ms: Math.max(touch.last_activity_at_ms, earlier?.last_activity_at_ms ?? 0),
      last_balance_minor: touch.last_balance_minor ?? earlier?.last_balance_minor ?? null,
    });
  }

  addLoadedRound(row: RoundRow): void {
    this.rounds.set(row.round_id, row);
  }

  addLoadedCall(row: WalletCallRow): void {
    if (this.calls.has(row.call_id)) return;
    this.calls.set(row.call_id, row);
    if (row.round_id !== null) this.#roundCalls(row.round_id).push(row);
  }

  insertRound(row: RoundRow): void {
    this.rounds.set(row.round_id, row);
    this.newRounds.push(row);
    this.#fresh.add(row);
  }

  insertCall(row: WalletCallRow): void {
    this.calls.set(row.call_id, row);
    if (row.round_id !== null) this.#roundCalls(row.round_id).push(row);
    this.newCalls.push(row);
    this.#fresh.add(row);
  }

  /** Rows inserted in this batch are written with their final values; others need an update. */
  touchRound(row: RoundRow): void {
    if (!this.#fresh.has(row)) this.changedRounds.add(row);
  }

  touchCall(row: WalletCallRow): void {
    if (!this.#fresh.has(row)) this.changedCalls.add(row);
  }

  roundCalls(roundId: string): readonly WalletCallRow[] {
    return this.callsByRound.get(roundId) ?? [];
  }

  #roundCalls(roundId: string): WalletCallRow[] {
    let list = this.callsByRound.get(roundId);
    if (list === undefined) {
      list = [];
      this.callsByRound.set(roundId, list);
    }
    return list;
  }
}
