import type { ResolvedOptions } from "../options.ts";

/**
 * The fields of one call before signing. Deliberately loose: checks send malformed calls
 * (a string amount, a missing field) on purpose.
 */
export type CallFields = Record<string, unknown> & { readonly action?: unknown; readonly call_id?: unknown };

/** A well-formed debit or credit as the kit builds it. */
export interface MoneyCall extends CallFields {
  readonly action: "debit" | "credit";
  readonly call_id: string;
  readonly player_id: string;
  readonly session_id: string;
  readonly currency: string;
  readonly game_id: string;
  readonly round_id: string;
  readonly amount: number;
  readonly rb: 0 | 1;
  readonly rb_call_id?: string;
  readonly round_closed: boolean;
}

/**
 * Makes call and round ids inside the run's namespace, `cf-<runId>-<n>`, so that a rerun never
 * meets an earlier run's call ids (which the operator keeps forever).
 */
export class CallFactory {
  readonly #options: ResolvedOptions;
  #next = 0;

  constructor(options: ResolvedOptions) {
    this.#options = options;
  }

  /** A fresh call id. */
  callId(): string {
    this.#next += 1;
    return `cf-${this.#options.runId}-${this.#next}`;
  }

  /** A fresh round id. */
  roundId(): string {
    this.#next += 1;
    return `cf-${this.#options.runId}-r${this.#next}`;
  }

  /** A `balance` call. */
  balance(playerId: string, extra: CallFields = {}): CallFields {
    return {
      action: "balance",
      call_id: this.callId(),
      player_id: playerId,
      session_id: this.#session(),
      currency: this.#options.currency,
      game_id: this.#options.gameId,
      ...extra,
    };
  }

  /** A bet: a debit opening a fresh round. */
  debit(playerId: string, amount: number, extra: Partial<MoneyCall> = {}): MoneyCall {
    return this.#money("debit", playerId, amount, false, extra);
  }

  /** A win: a credit closing a fresh round. */
  credit(playerId: string, amount: number, extra: Partial<MoneyCall> = {}): MoneyCall {
    return this.#money("credit", playerId, amount, true, extra);
  }

  /**
   * The rollback of `original` as the platform sends it: the opposite action, same player,
   * round and amount, `rb` 1 and `rb_call_id` naming the original.
   */
  rollbackOf(original: MoneyCall, extra: Partial<MoneyCall> = {}): MoneyCall {
    return {
      action: original.action === "debit" ? "credit" : "debit",
      call_id: this.callId(),
      player_id: original.player_id,
      session_id: original.session_id,
      currency: original.currency,
      game_id: original.game_id,
      round_id: original.round_id,
      amount: original.amount,
      rb: 1,
      rb_call_id: original.call_id,
      round_closed: true,
      ...extra,
    };
  }

  #money(
    action: "debit" | "credit",
    playerId: string,
    amount: number,
    roundClosed: boolean,
    extra: Partial<MoneyCall>,
  ): MoneyCall {
    return {
      action,
      call_id: this.callId(),
      player_id: playerId,
      session_id: this.#session(),
      currency: this.#options.currency,
      game_id: this.#options.gameId,
      round_id: this.roundId(),
      amount,
      rb: 0,
      round_closed: roundClosed,
      ...extra,
    };
  }

  #session(): string {
    return `cf-${this.#options.runId}-session`;
  }
}

/**
 * Whether fields describe a money call the kit can undo with a rollback. Any numeric amount
 * counts: a broken wallet may have applied a debit of 2.5 or -100, and the rollback mirrors
 * exactly what was sent.
 */
export function isUndoable(fields: CallFields): fields is MoneyCall {
  return (
    (fields.action === "debit" || fields.action === "credit") &&
    typeof fields.call_id === "string" &&
    typeof fields.player_id === "string" &&
    typeof fields.amount === "number" &&
    Number.isFinite(fields.amount) &&
    (fields.rb === 0 || fields.rb === 1)
  );
}
