import type { SessionRow } from "../sessions/tables.ts";
import { refusal, success, type GatewayAnswer } from "./answers.ts";
import type { StudioCaller } from "./studio-session.ts";
import type { GatewayTxRow } from "./tables.ts";
import type { TxDraft } from "./transactions.ts";

/**
 * What real play (`real-play.ts`, `real-rollback.ts`: the round engine and the operator's wallet)
 * and demo play (`demo-play.ts`: play money here) share: the record of each request (its
 * `TxDraft`, whose hash decides repeats and conflicts, so both must build it alike), the answers
 * a studio gets, and the rule of which bet a rollback may name. One piece of code for both, so
 * that a demo session answers exactly as a real one would.
 */

export interface BetRequest {
  readonly txId: string;
  readonly roundRef: string;
  readonly amountMinor: number;
}

export interface WinRequest extends BetRequest {
  readonly roundClosed: boolean;
  readonly kind: "win" | "end_round";
}

export interface RollbackRequest {
  readonly txId: string;
  readonly betTxId: string;
  readonly roundRef: string | undefined;
}

/** `roundId`: the platform round (real play); null for demo sessions, which have none. */
export function betDraft(
  caller: StudioCaller,
  session: SessionRow,
  input: BetRequest,
  roundId: string | null,
): TxDraft {
  return {
    studioId: caller.studioId,
    txId: input.txId,
    kind: "bet",
    sessionId: session.id,
    roundRef: input.roundRef,
    roundId,
    amountMinor: input.amountMinor,
    roundClosed: false,
    rollbackOf: null,
  };
}

export function winDraft(
  caller: StudioCaller,
  session: SessionRow,
  input: WinRequest,
  roundId: string | null,
): TxDraft {
  return {
    studioId: caller.studioId,
    txId: input.txId,
    kind: input.kind,
    sessionId: session.id,
    roundRef: input.roundRef,
    roundId,
    amountMinor: input.amountMinor,
    roundClosed: input.roundClosed,
    rollbackOf: null,
  };
}

export function rollbackDraft(caller: StudioCaller, session: SessionRow, input: RollbackRequest): TxDraft {
  return {
    studioId: caller.studioId,
    txId: input.txId,
    kind: "rollback",
    sessionId: session.id,
    roundRef: input.roundRef ?? null,
    roundId: null,
    amountMinor: null,
    roundClosed: false,
    rollbackOf: input.betTxId,
  };
}

/** A bet taken: the balance after it. */
export function betAccepted(txId: string, balanceMinor: number, currency: string): GatewayAnswer {
  return success({ transaction_id: txId, balance: balanceMinor, currency });
}

/** A win (or round end) taken; `acknowledged` once the wallet has it, `pending` while it is delivered. */
export function winAccepted(
  txId: string,
  delivery: "acknowledged" | "pending",
  roundClosed: boolean,
  balanceMinor: number | undefined,
): GatewayAnswer {
  return success({
    transaction_id: txId,
    delivery,
    round_closed: roundClosed,
    ...(balanceMinor === undefined ? {} : { balance: balanceMinor }),
  });
}

/** A rollback's answer: `rolledBack` false when the bet never stood (nothing to return). */
export function rollbackAnswer(
  txId: string,
  rolledBack: boolean,
  delivery: "acknowledged" | "pending",
  balanceMinor: number | undefined,
): GatewayAnswer {
  return success({
    transaction_id: txId,
    rolled_back: rolledBack,
    delivery,
    ...(balanceMinor === undefined ? {} : { balance: balanceMinor }),
  });
}

/** BET_NOT_FOUND when the transaction a rollback names is not a bet of its session (and round, if named). */
export function rollbackTargetRefusal(
  target: Pick<GatewayTxRow, "kind" | "session_id" | "round_ref">,
  session: Pick<SessionRow, "id">,
  input: RollbackRequest,
): GatewayAnswer | undefined {
  if (
    target.kind === "bet" &&
    target.session_id === session.id &&
    (input.roundRef === undefined || target.round_ref === input.roundRef)
  )
    return undefined;
  return refusal(
    "BET_NOT_FOUND",
    `${input.betTxId} is not a bet of this session${input.roundRef === undefined ? "" : " and round"}.`,
  );
}
