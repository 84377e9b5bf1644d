import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import type { SessionRow } from "../sessions/tables.ts";
import { refusal, success, type GatewayResult } from "./answers.ts";
import type { StudioCaller } from "./studio-session.ts";
import type { GatewayTxRow } from "./tables.ts";
import { newTxRow, PREEMPTED_HASH, storedAnswer } from "./transactions.ts";

/** Rollback bookkeeping shared by real and demo play. */

/** The placeholder of a bet rolled back before it arrived: its id answers BET_ROLLED_BACK for ever. */
export function preemptedBet(
  deps: Pick<GamePlayDeps, "clock">,
  caller: StudioCaller,
  session: SessionRow,
  input: { betTxId: string; roundRef: string | undefined },
  rollback: Pick<GatewayTxRow, "tx_id">,
): GatewayTxRow {
  const row = newTxRow(
    {
      studioId: caller.studioId,
      txId: input.betTxId,
      kind: "bet",
      sessionId: session.id,
      roundRef: input.roundRef ?? null,
      roundId: null,
      amountMinor: null,
      roundClosed: false,
      rollbackOf: null,
    },
    deps.clock(),
    refusal(
      "BET_ROLLED_BACK",
      `Transaction ${input.betTxId} was rolled back (by ${rollback.tx_id}) before it arrived.`,
    ),
  );
  return { ...row, request_hash: PREEMPTED_HASH };
}

/**
 * A second rollback (under another id) of a bet that already has one: the first one's answer,
 * naming it in `rolled_back_by`. Not recorded: every repeat finds the first again.
 */
export async function otherRollbackOf(
  deps: Pick<GamePlayDeps, "db">,
  caller: StudioCaller,
  betTxId: string,
  txId: string,
): Promise<GatewayResult> {
  const first = await deps.db
    .selectFrom("gateway_transactions")
    .selectAll()
    .where("studio_id", "=", caller.studioId)
    .where("rollback_of", "=", betTxId)
    .executeTakeFirst();
  if (first === undefined) throw new Error(`rollback of ${betTxId} vanished`);
  if (first.state !== "done") {
    return {
      answer: refusal("TRANSACTION_IN_PROGRESS", "Another rollback of this bet is in progress; retry."),
      replayed: false,
    };
  }
  const answer = storedAnswer(first);
  return {
    answer: answer.ok
      ? success({ ...answer.body, transaction_id: txId, rolled_back_by: first.tx_id })
      : answer,
    replayed: true,
  };
}
