import { isUniqueViolation } from "../db/errors.ts";
import { getRound } from "../round-engine/open-round.ts";
import { rollbackBet } from "../round-engine/rollback-bet.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import { touchSession } from "../sessions/sessions.ts";
import type { SessionRow } from "../sessions/tables.ts";
import { fromRoundError, refusal, type Driven, type GatewayAnswer, type GatewayResult } from "./answers.ts";
import { driveBet, realBalance } from "./real-play.ts";
import {
  rollbackAnswer,
  rollbackDraft,
  rollbackTargetRefusal,
  type RollbackRequest,
} from "./play-requests.ts";
import { otherRollbackOf, preemptedBet } from "./rollback-records.ts";
import type { StudioCaller } from "./studio-session.ts";
import { idempotently, PREEMPTED_HASH, readTx, storeAnswer, storedAnswer } from "./transactions.ts";

const final = (answer: GatewayAnswer): Driven => ({ answer, final: true });

/** Nothing to roll back (the bet never stood): ok, with the wallet's balance when it answers. */
async function nothingRolledBack(deps: GamePlayDeps, session: SessionRow, txId: string): Promise<Driven> {
  const { balanceMinor } = await realBalance(deps, session);
  return final(rollbackAnswer(txId, false, "acknowledged", balanceMinor));
}

/**
 * Rolls back a bet by the studio's transaction id. A bet never seen is recorded as rolled back
 * before it arrived (it will be refused with BET_ROLLED_BACK), like the wallet protocol's
 * rollback of an unknown call; a bet still in flight is driven to its answer first; an
 * acknowledged bet gets the engine's rollback credit.
 */
export async function realRollback(
  deps: GamePlayDeps,
  caller: StudioCaller,
  session: SessionRow,
  input: RollbackRequest,
): Promise<GatewayResult> {
  const draft = rollbackDraft(caller, session, input);
  return idempotently(deps, draft, {
    precheck: async () => undefined,
    onUniqueRace: () => otherRollbackOf(deps, caller, input.betTxId, input.txId),
    drive: async (row) => {
      let target = await readTx(deps.db, caller.studioId, input.betTxId);
      if (target === undefined) {
        const preempted = preemptedBet(deps, caller, session, input, row);
        try {
          await deps.db.insertInto("gateway_transactions").values(preempted).execute();
          return nothingRolledBack(deps, session, row.tx_id);
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          target = await readTx(deps.db, caller.studioId, input.betTxId);
          if (target === undefined) throw error;
        }
      }
      const notFound = rollbackTargetRefusal(target, session, input);
      if (notFound !== undefined) return final(notFound);
      if (target.request_hash === PREEMPTED_HASH) return nothingRolledBack(deps, session, row.tx_id);
      let bet: GatewayAnswer;
      if (target.state === "pending") {
        const driven = await driveBet(deps, session, target);
        if (!driven.final)
          return {
            answer: refusal("TRANSACTION_IN_PROGRESS", "The bet still awaits the wallet; retry."),
            final: false,
          };
        await storeAnswer(deps.db, target, driven.answer, deps.clock());
        bet = driven.answer;
      } else bet = storedAnswer(target);
      if (!bet.ok) return nothingRolledBack(deps, session, row.tx_id);
      const round = await getRound(deps.engine, target.round_id ?? "");
      if (round === undefined)
        throw new Error(`accepted bet ${target.tx_id} has no round ${target.round_id}`);
      const rolledBack = await rollbackBet(deps.engine, { round, betRef: target.tx_id });
      if (!rolledBack.ok) return fromRoundError(rolledBack);
      if (rolledBack.delivery === "nothing") return nothingRolledBack(deps, session, row.tx_id);
      if (rolledBack.balanceMinor !== undefined) await touchSession(deps, session, rolledBack.balanceMinor);
      const delivery = rolledBack.delivery === "acknowledged" ? "acknowledged" : "pending";
      return final(rollbackAnswer(row.tx_id, true, delivery, rolledBack.balanceMinor));
    },
  });
}
