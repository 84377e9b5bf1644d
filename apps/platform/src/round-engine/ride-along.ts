/**
 * The engine's functions for its callers' writes that ride in its commits (see
 * `write-model/riding-writes.ts`): the provider gateway and game sessions call these, never the
 * write batcher. Neither is awaited by the caller: each joins the next group commit, and losing
 * one in a crash loses nothing the engine owns.
 */
import type { RoundDeps } from "./round-deps.ts";
import type { Outbox } from "./outbox/outbox.ts";
import type { AcknowledgementWrites, ClaimAnswer, SessionActivity } from "./write-model/riding-writes.ts";

/**
 * Stores a claim's final answer with the next commit (only while the claim is still pending).
 * If it is lost, the claim stays pending and the caller's repeat drives the request again.
 *
 * @example
 * storeClaimAnswerLater(engine, { studioId, txId, resultCode: "OK", outcome: JSON.stringify(answer) });
 */
export function storeClaimAnswerLater(engine: Pick<RoundDeps, "outbox">, answer: ClaimAnswer): void {
  submitClaimAnswer(engine.outbox, answer, undefined);
}

/** Records a game session's activity (and the balance last reported) with the next commit. */
export function recordSessionActivityLater(
  engine: Pick<RoundDeps, "outbox">,
  activity: SessionActivity,
): void {
  submitSessionActivity(engine.outbox, activity);
}

/**
 * Submits what rides with a debit's acknowledgement, right behind its record: the answer bound to
 * the debit being `ok` once recorded (a record that lost its lease leaves the debit unknown, and
 * then no "ok" may be stored for it).
 */
export function submitAcknowledgementWrites(
  outbox: Outbox,
  callId: string,
  writes: AcknowledgementWrites,
): void {
  if (writes.claimAnswer !== undefined) submitClaimAnswer(outbox, writes.claimAnswer, callId);
  if (writes.sessionActivity !== undefined) submitSessionActivity(outbox, writes.sessionActivity);
}

function submitClaimAnswer(outbox: Outbox, answer: ClaimAnswer, ifCallOk: string | undefined): void {
  outbox.batcher
    .submit({
      kind: "settle-claim",
      studioId: answer.studioId,
      txId: answer.txId,
      resultCode: answer.resultCode,
      outcome: answer.outcome,
      nowMs: outbox.clock(),
      ...(ifCallOk === undefined ? {} : { ifCallOk }),
    })
    .catch((error: unknown) =>
      outbox.logger
        .child({ studio_id: answer.studioId, tx_id: answer.txId })
        .warn({ err: error }, "storing a gateway answer failed; a repeat drives the request again"),
    );
}

function submitSessionActivity(outbox: Outbox, activity: SessionActivity): void {
  outbox.batcher
    .submit({
      kind: "touch-session",
      sessionId: activity.sessionId,
      atMs: activity.atMs,
      balanceMinor: activity.balanceMinor,
    })
    .catch((error: unknown) =>
      outbox.logger
        .child({ session_id: activity.sessionId })
        .warn({ err: error }, "recording session activity failed"),
    );
}
