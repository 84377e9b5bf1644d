import type { RoundRow } from "../rounds/tables.ts";
import type { NewAttemptRow, WalletCallRow } from "./tables.ts";

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
  readonly #fresh = new Set<object>();

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
