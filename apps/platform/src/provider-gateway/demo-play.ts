import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectFeatures } from "../db/dialect.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import { isIdle } from "../sessions/sessions.ts";
import type { SessionRow } from "../sessions/tables.ts";
import { refusal, success, type GatewayAnswer, type GatewayResult } from "./answers.ts";
import {
  betAccepted,
  betDraft,
  rollbackAnswer,
  rollbackDraft,
  rollbackTargetRefusal,
  winAccepted,
  winDraft,
  type BetRequest,
  type RollbackRequest,
  type WinRequest,
} from "./play-requests.ts";
import { demoWinOverCap, refuseOverCap } from "./limits/refuse-win.ts";
import { otherRollbackOf, preemptedBet } from "./rollback-records.ts";
import { betRefusal, type StudioCaller } from "./studio-session.ts";
import type { GatewayTxRow } from "./tables.ts";
import {
  CONFLICT,
  judge,
  newTxRow,
  PREEMPTED_HASH,
  readTx,
  requestHashOf,
  storedAnswer,
  type TxDraft,
} from "./transactions.ts";

/**
 * Demo play: the same requests and answers as real play, against the session's play-money
 * balance held here; the operator's wallet is never called. Each request is one transaction
 * that locks the session row (PostgreSQL; SQLite's writer is the lock), so balance, round
 * state and the transaction record change together or not at all; the transaction row is the
 * ledger and is written once, with its answer.
 */

/** What a demo request decided: `record: false` answers without claiming the transaction id. */
interface Decision {
  readonly answer: GatewayAnswer;
  readonly record: boolean;
  /** The play-money balance after the request, when it moved. */
  readonly balanceAfter?: number;
  /** Rows to write with it (a pre-empted bet). */
  readonly alsoInsert?: readonly GatewayTxRow[];
}

interface RoundState {
  readonly exists: boolean;
  readonly hasAcceptedBet: boolean;
  readonly closed: boolean;
}

async function roundState(trx: Kysely<Database>, sessionId: string, roundRef: string): Promise<RoundState> {
  const rows = await trx
    .selectFrom("gateway_transactions")
    .select(["kind", "result_code", "round_closed", "request_hash"])
    .where("session_id", "=", sessionId)
    .where("round_ref", "=", roundRef)
    .execute();
  const bets = rows.filter((row) => row.kind === "bet" && row.request_hash !== PREEMPTED_HASH);
  return {
    exists: bets.length > 0,
    hasAcceptedBet: bets.some((row) => row.result_code === "OK"),
    closed: rows.some((row) => row.kind !== "bet" && row.result_code === "OK" && row.round_closed === 1),
  };
}

async function demoRequest(
  deps: GamePlayDeps,
  session: SessionRow,
  draft: TxDraft,
  decide: (trx: Kysely<Database>, session: SessionRow) => Promise<Decision>,
): Promise<GatewayResult> {
  const hash = requestHashOf(draft);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const locked = await trx
        .selectFrom("game_sessions")
        .selectAll()
        .where("id", "=", session.id)
        .$if(dialectFeatures(deps.dialect).rowLocks, (q) => q.forUpdate())
        .executeTakeFirstOrThrow();
      const existing = await readTx(trx, draft.studioId, draft.txId);
      if (existing !== undefined) {
        const judgement = judge(existing, hash);
        if (judgement.kind === "conflict") return CONFLICT;
        if (judgement.kind === "replay") return { answer: judgement.answer, replayed: true };
        throw new Error(`demo transaction ${draft.txId} is pending`);
      }
      const decision = await decide(trx, locked);
      if (!decision.record) return { answer: decision.answer, replayed: false };
      const now = deps.clock();
      await trx
        .updateTable("game_sessions")
        .set({
          ...(decision.balanceAfter === undefined ? {} : { demo_balance_minor: decision.balanceAfter }),
          ...(locked.status === "active" ? { last_activity_at_ms: now } : {}),
        })
        .where("id", "=", locked.id)
        .execute();
      await trx
        .insertInto("gateway_transactions")
        .values(newTxRow(draft, now, decision.answer))
        .execute();
      for (const row of decision.alsoInsert ?? [])
        await trx.insertInto("gateway_transactions").values(row).execute();
      return { answer: decision.answer, replayed: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A twin committed first (same id in another session, or a second rollback of the bet).
    const row = await readTx(deps.db, draft.studioId, draft.txId);
    if (row !== undefined) {
      const judgement = judge(row, hash);
      if (judgement.kind === "replay") return { answer: judgement.answer, replayed: true };
      return CONFLICT;
    }
    if (draft.rollbackOf !== null)
      return otherRollbackOf(deps, { studioId: draft.studioId, keyId: "" }, draft.rollbackOf, draft.txId);
    throw error;
  }
}

export function demoBalance(session: SessionRow): GatewayAnswer {
  return success({ balance: session.demo_balance_minor ?? 0, currency: session.currency });
}

export function demoBet(
  deps: GamePlayDeps,
  caller: StudioCaller,
  session: SessionRow,
  input: BetRequest,
): Promise<GatewayResult> {
  const draft = betDraft(caller, session, input, null);
  return demoRequest(deps, session, draft, async (trx, locked) => {
    const round = await roundState(trx, locked.id, input.roundRef);
    let status = locked.status;
    if (isIdle(locked, deps.clock(), deps.settings.idleTimeoutMs)) {
      status = "expired";
      await trx
        .updateTable("game_sessions")
        .set({ status, ended_at_ms: deps.clock(), end_reason: "idle" })
        .where("id", "=", locked.id)
        .execute();
    }
    const refused = await betRefusal(trx, locked, status, !round.exists);
    if (refused !== undefined) return { answer: refused, record: false };
    if (round.closed) return { answer: refusal("ROUND_CLOSED", "The round is closed."), record: true };
    const balance = locked.demo_balance_minor ?? 0;
    if (input.amountMinor > balance) {
      return {
        answer: refusal("INSUFFICIENT_FUNDS", "The player's balance is too low for this bet.", { balance }),
        record: true,
      };
    }
    const after = balance - input.amountMinor;
    return { answer: betAccepted(input.txId, after, locked.currency), record: true, balanceAfter: after };
  });
}

export function demoWin(
  deps: GamePlayDeps,
  caller: StudioCaller,
  session: SessionRow,
  input: WinRequest,
): Promise<GatewayResult> {
  const draft = winDraft(caller, session, input, null);
  return demoRequest(deps, session, draft, async (trx, locked) => {
    const round = await roundState(trx, locked.id, input.roundRef);
    if (!round.exists)
      return { answer: refusal("ROUND_NOT_FOUND", "No bet was ever placed in this round."), record: false };
    if (round.closed) return { answer: refusal("ROUND_CLOSED", "The round is closed."), record: true };
    // Like the engine: a closing 0 in a round without an accepted bet just closes it.
    if (!round.hasAcceptedBet && !(input.roundClosed && input.amountMinor === 0)) {
      return { answer: refusal("NO_ACCEPTED_BET", "The round has no accepted bet."), record: true };
    }
    // Under the session's lock: wins of the round arriving at once are measured one after the other.
    const over = await demoWinOverCap(trx, caller.studioId, locked, input);
    if (over !== undefined)
      return { answer: await refuseOverCap(deps, trx, caller, locked, input, over), record: false };
    const after = (locked.demo_balance_minor ?? 0) + input.amountMinor;
    if (!Number.isSafeInteger(after)) return { answer: balanceLimitReached(), record: false };
    return {
      answer: winAccepted(input.txId, "acknowledged", input.roundClosed, after),
      record: true,
      balanceAfter: after,
    };
  });
}

export function demoRollback(
  deps: GamePlayDeps,
  caller: StudioCaller,
  session: SessionRow,
  input: RollbackRequest,
): Promise<GatewayResult> {
  const draft = rollbackDraft(caller, session, input);
  return demoRequest(deps, session, draft, async (trx, locked) => {
    const balance = locked.demo_balance_minor ?? 0;
    const nothing = rollbackAnswer(input.txId, false, "acknowledged", balance);
    const target = await readTx(trx, caller.studioId, input.betTxId);
    if (target === undefined) {
      return {
        answer: nothing,
        record: true,
        alsoInsert: [preemptedBet(deps, caller, locked, input, { tx_id: input.txId })],
      };
    }
    const notFound = rollbackTargetRefusal(target, locked, input);
    if (notFound !== undefined) return { answer: notFound, record: true };
    const bet = storedAnswer(target);
    if (target.request_hash === PREEMPTED_HASH || !bet.ok) return { answer: nothing, record: true };
    const round = await roundState(trx, locked.id, target.round_ref ?? "");
    if (round.closed)
      return { answer: refusal("ROUND_CLOSED", "The round is closed; the bet stands."), record: true };
    const after = balance + (target.amount_minor ?? 0);
    if (!Number.isSafeInteger(after)) return { answer: balanceLimitReached(), record: false };
    return {
      answer: rollbackAnswer(input.txId, true, "acknowledged", after),
      record: true,
      balanceAfter: after,
    };
  });
}

/** Money is kept exact only up to 2^53 − 1 minor units: a sum past it is refused, not rounded. */
function balanceLimitReached(): GatewayAnswer {
  return refusal(
    "BALANCE_LIMIT_REACHED",
    "Paying this would take the demo balance past the largest exact amount; nothing changed.",
  );
}
