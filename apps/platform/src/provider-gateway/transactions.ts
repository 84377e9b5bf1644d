import { requestFingerprint } from "@croupier/protocol";
import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { ServiceDeps } from "../deps.ts";
import { storeClaimAnswerLater } from "../round-engine/ride-along.ts";
import type { RoundDeps } from "../round-engine/round-deps.ts";
import type { ClaimAnswer } from "../round-engine/write-model/riding-writes.ts";
import { refusal, resultCodeOf, type Driven, type GatewayAnswer, type GatewayResult } from "./answers.ts";
import type { GatewayTxKind, GatewayTxRow } from "./tables.ts";

/**
 * The request hash of a bet row written by a rollback that arrived before its bet: matches no
 * request, and its stored answer (BET_ROLLED_BACK) is what the bet, if it ever comes, receives.
 */
export const PREEMPTED_HASH = "preempted-by-rollback";

/** What a money request is about: every field here is part of its content. */
export interface TxDraft {
  readonly studioId: string;
  readonly txId: string;
  readonly kind: GatewayTxKind;
  readonly sessionId: string;
  readonly roundRef: string | null;
  readonly roundId: string | null;
  readonly amountMinor: number | null;
  readonly roundClosed: boolean;
  readonly rollbackOf: string | null;
}

/** Fingerprint of a request's content; the same transaction id with another one is a conflict. */
export function requestHashOf(draft: TxDraft): string {
  return requestFingerprint({
    kind: draft.kind,
    session_id: draft.sessionId,
    round_ref: draft.roundRef ?? undefined,
    amount: draft.amountMinor ?? undefined,
    round_closed: draft.roundClosed,
    rollback_of: draft.rollbackOf ?? undefined,
  });
}

export function newTxRow(draft: TxDraft, nowMs: number, answer?: GatewayAnswer): GatewayTxRow {
  return {
    studio_id: draft.studioId,
    tx_id: draft.txId,
    kind: draft.kind,
    session_id: draft.sessionId,
    round_ref: draft.roundRef,
    round_id: draft.roundId,
    amount_minor: draft.amountMinor,
    round_closed: draft.roundClosed ? 1 : 0,
    rollback_of: draft.rollbackOf,
    request_hash: requestHashOf(draft),
    state: answer === undefined ? "pending" : "done",
    result_code: answer === undefined ? null : resultCodeOf(answer),
    outcome: answer === undefined ? null : JSON.stringify(answer),
    created_at_ms: nowMs,
    updated_at_ms: nowMs,
  };
}

export function readTx(
  db: Kysely<Database>,
  studioId: string,
  txId: string,
): Promise<GatewayTxRow | undefined> {
  return db
    .selectFrom("gateway_transactions")
    .selectAll()
    .where("studio_id", "=", studioId)
    .where("tx_id", "=", txId)
    .executeTakeFirst();
}

export function storedAnswer(row: GatewayTxRow): GatewayAnswer {
  if (row.outcome === null) throw new Error(`transaction ${row.tx_id} has no stored answer`);
  return JSON.parse(row.outcome) as GatewayAnswer;
}

/** How an existing row answers a request with `hash`. */
export type Judgement =
  | { readonly kind: "replay"; readonly answer: GatewayAnswer }
  | { readonly kind: "drive"; readonly row: GatewayTxRow }
  | { readonly kind: "conflict" };

export function judge(row: GatewayTxRow, hash: string): Judgement {
  // A bet pre-empted by its rollback answers every later request under its id the same way.
  if (row.request_hash === PREEMPTED_HASH) return { kind: "replay", answer: storedAnswer(row) };
  if (row.request_hash !== hash) return { kind: "conflict" };
  return row.state === "done" ? { kind: "replay", answer: storedAnswer(row) } : { kind: "drive", row };
}

export const CONFLICT: GatewayResult = {
  answer: refusal("TRANSACTION_CONFLICT", "This transaction id was used before with other content."),
  replayed: false,
};

/** Stores the final answer of a pending row (a concurrent driver may have stored it already: same answer). */
export async function storeAnswer(
  db: Kysely<Database>,
  row: GatewayTxRow,
  answer: GatewayAnswer,
  nowMs: number,
): Promise<void> {
  await db
    .updateTable("gateway_transactions")
    .set({
      state: "done",
      result_code: resultCodeOf(answer),
      outcome: JSON.stringify(answer),
      updated_at_ms: nowMs,
    })
    .where("studio_id", "=", row.studio_id)
    .where("tx_id", "=", row.tx_id)
    .where("state", "=", "pending")
    .execute();
}

/**
 * Runs a money request once per studio transaction id (STYLE 2: the key and the request hash
 * live on the row, written before anything is sent).
 * - A stored answer is replayed; other content under the same id is TRANSACTION_CONFLICT.
 * - A new id: `precheck` may refuse it (nothing is recorded: a request refused by the session
 *   or shape checks does not claim its id); else a `pending` row is inserted, and a unique
 *   violation (a concurrent twin) re-reads the row.
 * - `drive` does the work; a final answer is stored. A `pending` row found later (in flight, or
 *   its process died) is driven again: the round engine is idempotent on the same ids, so the
 *   wallet is never asked twice for one thing.
 * - `onUniqueRace`: a unique violation that is not on the transaction id (one rollback per bet).
 */
export async function idempotently(
  deps: Pick<ServiceDeps, "db" | "clock">,
  draft: TxDraft,
  steps: {
    readonly precheck: () => Promise<GatewayAnswer | undefined>;
    readonly drive: (row: GatewayTxRow) => Promise<Driven>;
    readonly onUniqueRace?: () => Promise<GatewayResult>;
  },
): Promise<GatewayResult> {
  const hash = requestHashOf(draft);
  let row = await readTx(deps.db, draft.studioId, draft.txId);
  if (row === undefined) {
    const refused = await steps.precheck();
    if (refused !== undefined) return { answer: refused, replayed: false };
    const fresh = newTxRow(draft, deps.clock());
    try {
      await deps.db.insertInto("gateway_transactions").values(fresh).execute();
      row = fresh;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      row = await readTx(deps.db, draft.studioId, draft.txId);
      if (row === undefined) {
        if (steps.onUniqueRace !== undefined) return steps.onUniqueRace();
        throw error;
      }
    }
  }
  const judgement = judge(row, hash);
  if (judgement.kind === "conflict") return CONFLICT;
  if (judgement.kind === "replay") return { answer: judgement.answer, replayed: true };
  const driven = await steps.drive(judgement.row);
  if (driven.final) await storeAnswer(deps.db, judgement.row, driven.answer, deps.clock());
  return { answer: driven.answer, replayed: false };
}

/** A claim's final answer as the round engine stores it. */
export function claimAnswerOf(
  row: Pick<GatewayTxRow, "studio_id" | "tx_id">,
  answer: GatewayAnswer,
): ClaimAnswer {
  return {
    studioId: row.studio_id,
    txId: row.tx_id,
    resultCode: resultCodeOf(answer),
    outcome: JSON.stringify(answer),
  };
}

/**
 * Stores the final answer of a claim written in the round engine's group commit, without
 * waiting: it joins the next commit. If it is lost (a crash), the claim stays `pending` and a
 * repeat drives the request again, which the round engine answers from its own record.
 */
export function settleClaimLater(
  engine: Pick<RoundDeps, "outbox">,
  row: Pick<GatewayTxRow, "studio_id" | "tx_id">,
  answer: GatewayAnswer,
): void {
  storeClaimAnswerLater(engine, claimAnswerOf(row, answer));
}

/**
 * Answers a request whose transaction id was claimed before: its stored answer, a conflict, or
 * (a claim still pending) the request driven again and its final answer stored.
 */
export async function answerClaimed(
  engine: Pick<RoundDeps, "outbox">,
  row: GatewayTxRow,
  hash: string,
  drive: (row: GatewayTxRow) => Promise<Driven>,
): Promise<GatewayResult> {
  const judgement = judge(row, hash);
  if (judgement.kind === "conflict") return CONFLICT;
  if (judgement.kind === "replay") return { answer: judgement.answer, replayed: true };
  const driven = await drive(judgement.row);
  if (driven.final) settleClaimLater(engine, judgement.row, driven.answer);
  return { answer: driven.answer, replayed: false };
}
