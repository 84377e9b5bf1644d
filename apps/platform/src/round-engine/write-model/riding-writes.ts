/**
 * The writes of the engine's callers that ride in the engine's own commits instead of costing a
 * commit (an fsync) each: the named interface between the round engine and the provider gateway
 * and game sessions. This is the one module of the engine that names a caller's table; the batch
 * stores write these rows in the same transaction as the engine's rounds and calls.
 *
 * - a claim: the caller's idempotency record (the gateway's transaction row), written in the
 *   commit that writes the call it leads to, before the call is sent;
 * - a claim's answer: stored once the caller knows it, conditional on the claim still pending
 *   (and, when it answers an acknowledged bet, on the debit being `ok` once recorded);
 * - a session's activity: the last activity time and the balance the wallet last reported.
 *
 * Losing an answer or an activity in a crash loses nothing the engine owns: the claim stays
 * pending and a repeat drives the request again, which the engine answers from its own record.
 */
import type { GatewayTxRow } from "../../provider-gateway/tables.ts";

/** A claim's row: the provider gateway's transaction row (`gateway_transactions`). */
export type ClaimRow = GatewayTxRow;

/** Why the engine refuses a call before writing it; a claim may stay unwritten for some of them. */
export type RoundRefusal =
  | "ROUND_NOT_FOUND"
  | "ROUND_CLOSED"
  | "ROUND_MISMATCH"
  | "ROUND_CALL_LIMIT"
  | "DEBIT_IN_FLIGHT"
  | "DEBIT_NOT_ACKNOWLEDGED";

/**
 * A caller's own idempotency record, written in the same commit as the call it leads to, so that
 * a studio's bet costs one commit before its debit is sent, not three. Decided first: when a row
 * with its key exists nothing else of the op happens (`CLAIM_EXISTS`, the caller judges the row).
 * Not written when the call is refused with one of `unrecordedRefusals` (a refusal the caller may
 * retry under the same id).
 */
export interface CallClaim {
  readonly row: ClaimRow;
  readonly unrecordedRefusals: readonly RoundRefusal[];
}

/** The final answer of a claim written before, as the caller will replay it. */
export interface ClaimAnswer {
  readonly studioId: string;
  readonly txId: string;
  readonly resultCode: string;
  /** The answer itself, serialized (JSON). */
  readonly outcome: string;
}

/** A game session's activity; `balanceMinor` undefined keeps the stored balance. Active sessions only. */
export interface SessionActivity {
  readonly sessionId: string;
  readonly atMs: number;
  readonly balanceMinor: number | undefined;
}

/** What rides in the commit that records a debit's acknowledgement. */
export interface AcknowledgementWrites {
  /** Stored only if the debit is `ok` once recorded: an answer must not outlive a lost lease. */
  readonly claimAnswer?: ClaimAnswer;
  readonly sessionActivity?: SessionActivity;
}

/**
 * The caller's writes that ride in a bet's two commits: the claim in the one that writes the
 * debit (before it is sent), and, once the wallet acknowledged it, the answer and the session's
 * activity in the one that records the acknowledgement (which the game's "ok" waits for anyway,
 * so an acknowledged bet costs no extra commit).
 *
 * @example
 * await placeBet(engine, { round, betRef: "tx-81", amountMinor: 250, riding: {
 *   claim: { row: claimRow, unrecordedRefusals: [] },
 *   onAcknowledged: ({ balanceMinor }) => ({ claimAnswer: answerOf(balanceMinor) }),
 * } });
 */
export interface BetCommitWrites {
  readonly claim?: CallClaim;
  /**
   * Called when the wallet acknowledged the debit; the engine submits what it returns right behind
   * the acknowledgement's record, so it joins that commit (or, in a burst, the next one).
   */
  readonly onAcknowledged?: (acknowledged: {
    readonly callId: string;
    readonly balanceMinor: number;
  }) => AcknowledgementWrites;
}

/** The caller's writes that ride in a win's commit: the claim, written with the credit. */
export interface WinCommitWrites {
  readonly claim?: CallClaim;
}
