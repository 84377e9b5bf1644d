/**
 * The writes of the round engine and the outbox, as data. A batch of them is applied in one
 * transaction (group commit): load the rows they touch, decide every op in order against that
 * snapshot (an op sees the effects of the ops before it), then write everything with a few
 * multi-row statements. Deciding in memory keeps the rules dialect-free and testable, and keeps
 * the number of statements per batch constant instead of per op.
 */
import type { RoundRow } from "../tables.ts";
import type { Transition } from "../outbox/retry-policy.ts";
import type { NewAttemptRow, WalletCallRow } from "../outbox/tables.ts";
import type { CallClaim, ClaimRow, RoundRefusal } from "./riding-writes.ts";

/** Most calls one round may hold: bounds what one batch loads per round (a limit on everything). */
export const MAX_CALLS_PER_ROUND = 500;

export type OutboxOp =
  | { readonly kind: "open-round"; readonly row: RoundRow }
  /** A new call. `bet` and `win` guard it against the round's state; `closesRound` closes the round with it. */
  | {
      readonly kind: "insert-call";
      readonly row: WalletCallRow;
      readonly guard: "none" | "bet" | "win";
      readonly closesRound: boolean;
      /** For a closing win of 0 in a round without an acknowledged debit: void the round instead. */
      readonly voidIfNoDebit: boolean;
      /** Opens this round first (idempotently; another session's round of that id refuses the call). */
      readonly opensRound?: RoundRow;
      readonly claim?: CallClaim;
      /** For a win: what the round may pay in total (refused `over-cap` past it). */
      readonly winCap?: RoundWinCap;
    }
  /** Stores the final answer of a claim written before (only while it is still pending). */
  | {
      readonly kind: "settle-claim";
      readonly studioId: string;
      readonly txId: string;
      readonly resultCode: string;
      readonly outcome: string;
      readonly nowMs: number;
      /**
       * Stored only if this call is then `ok`: an answer written in the same commit as the call's
       * acknowledgement must not outlive a record that lost its lease (the debit is then unknown).
       */
      readonly ifCallOk?: string;
    }
  /** A game session's activity and the balance the wallet last reported (active sessions only). */
  | {
      readonly kind: "touch-session";
      readonly sessionId: string;
      readonly atMs: number;
      readonly balanceMinor: number | undefined;
    }
  /** The outcome of an attempt (or of a lost lease), applied only while `leaseOwner` holds the call. */
  | {
      readonly kind: "record";
      readonly callId: string;
      readonly leaseOwner: string;
      readonly attempt: Omit<NewAttemptRow, "attempt_no"> | undefined;
      readonly transition: Transition;
      /** The rollback credit to queue when the transition asks for one. */
      readonly rollback: WalletCallRow | undefined;
      readonly nowMs: number;
      /** The call's round, when the outcome may close it (a debit, a closing rollback). */
      readonly roundId?: string;
    }
  /** The abandoned-round sweeper: close an idle open round with `closingCall`, or void it. */
  | {
      readonly kind: "close-abandoned";
      readonly roundId: string;
      /** Skip the round if any call of it is newer than this. */
      readonly idleSinceMs: number;
      readonly closingCall: WalletCallRow;
      readonly nowMs: number;
    }
  /** Manual resolution: lease one call for an immediate attempt (retryNow). */
  | {
      readonly kind: "lease-now";
      readonly callId: string;
      readonly leaseOwner: string;
      readonly leaseUntilAtMs: number;
      readonly nowMs: number;
    }
  /** Manual resolution: a person closes a `manual` call. */
  | {
      readonly kind: "resolve";
      readonly callId: string;
      readonly adminId: string;
      readonly note: string;
      readonly nowMs: number;
    };

/**
 * What a round may pay in wins in total: `multiple` × its standing stakes (acknowledged debits no
 * rollback undid), and at most `maxMinor` when set. Checked in the commit that writes the win,
 * against the round's calls loaded under the round's lock, so wins of one round arriving at once
 * are decided one after the other and together never pass it.
 */
export interface RoundWinCap {
  readonly multiple: number;
  readonly maxMinor: number | undefined;
}

/** Why a win was refused for its round's cap, with the figures it was measured by. */
export interface OverCap {
  readonly kind: "over-cap";
  readonly stakesMinor: number;
  /** The round's wins already written (delivered or owed). */
  readonly paidMinor: number;
  readonly capMinor: number;
  /** Which limit set `capMinor`: the multiple of the stakes or `maxMinor`. */
  readonly by: "multiple" | "max";
}

export type OpResult =
  | { readonly kind: "created" }
  | { readonly kind: "inserted" }
  /** A closing credit written but held until the round's other credits are settled: not sent now. */
  | { readonly kind: "queued" }
  | { readonly kind: "replay"; readonly row: WalletCallRow }
  | { readonly kind: "round-exists"; readonly row: RoundRow }
  | { readonly kind: "claim-exists"; readonly row: ClaimRow }
  | { readonly kind: "noted" }
  | { readonly kind: "conflict" }
  | { readonly kind: "refused"; readonly code: RoundRefusal }
  | OverCap
  | { readonly kind: "voided" }
  | { readonly kind: "applied" }
  | { readonly kind: "stale" }
  | { readonly kind: "missing" }
  | { readonly kind: "closed"; readonly callId: string }
  | { readonly kind: "skipped"; readonly why: "not-open" | "active" | "in-flight" | "not-ok" }
  | { readonly kind: "leased"; readonly row: WalletCallRow }
  | { readonly kind: "not-allowed"; readonly state: string; readonly leased: boolean }
  | { readonly kind: "resolved" };

/** Round ids whose row (locked) and calls a batch must load. */
export function roundIdsOf(ops: readonly OutboxOp[]): string[] {
  const ids = new Set<string>();
  for (const op of ops) {
    if (op.kind === "open-round") ids.add(op.row.round_id);
    else if (op.kind === "insert-call" && op.row.round_id !== null) ids.add(op.row.round_id);
    else if (op.kind === "close-abandoned") ids.add(op.roundId);
    else if (op.kind === "record" && op.rollback !== undefined && op.rollback.round_id !== null)
      ids.add(op.rollback.round_id);
    else if (op.kind === "record" && op.roundId !== undefined) ids.add(op.roundId);
  }
  return [...ids].sort();
}

/** Keys (studio, transaction id) of the claims a batch must look for. */
export function claimKeysOf(ops: readonly OutboxOp[]): { studioId: string; txId: string }[] {
  const keys = new Map<string, { studioId: string; txId: string }>();
  for (const op of ops) {
    if (op.kind === "insert-call" && op.claim !== undefined) {
      const { studio_id: studioId, tx_id: txId } = op.claim.row;
      keys.set(claimKey(studioId, txId), { studioId, txId });
    }
  }
  return [...keys.values()];
}

export function claimKey(studioId: string, txId: string): string {
  return `${studioId}\u0000${txId}`;
}

/** Call ids whose row a batch must load and lock (the ones it may change). */
export function callIdsOf(ops: readonly OutboxOp[]): string[] {
  const ids = new Set<string>();
  for (const op of ops) {
    if (op.kind === "record" || op.kind === "lease-now" || op.kind === "resolve") ids.add(op.callId);
    else if (op.kind === "settle-claim" && op.ifCallOk !== undefined) ids.add(op.ifCallOk);
  }
  return [...ids].sort();
}
