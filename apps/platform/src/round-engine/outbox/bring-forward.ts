import type { Logger } from "pino";
import type { CallOutcome } from "../../callbacks/call-outcome.ts";
import type { Environment } from "../../callbacks/wallet-endpoint.ts";
import type { Clock } from "../../deps.ts";
import type { PlatformDb } from "../../db/connect.ts";
import { RETRY_BASE_DELAY_MS } from "./retry-policy.ts";

/**
 * A batch brought forward whose answers have not all come back is taken as lost (its calls
 * were claimed by another process, or the operator failed again) after this long, so that the
 * next definite answer may bring the next batch forward.
 */
export const BRING_FORWARD_STALE_MS = 5_000;

/** What one operator's recovery needs to know about it (per operator and environment). */
interface OperatorRecovery {
  /** Calls of it may wait in backoff: set by a failed attempt, and at start (nothing known). */
  waiting: boolean;
  /** An UPDATE for it is running: answers arriving meanwhile do not start another. */
  running: boolean;
  /** Calls of the last batch whose answers have not come back yet. */
  outstanding: number;
  lastAtMs: number;
}

export interface BringForward {
  /**
   * Called with the outcome of every attempt sent to an operator. A failure marks its calls as
   * possibly waiting; a definite answer (ok or a refusal) while they may wait brings up to
   * `maxConcurrency` of them forward, and the next batch once those are answered.
   * Resolves when the work it started (if any) is done; callers need not wait.
   */
  observe(
    operatorId: string,
    environment: Environment,
    outcome: CallOutcome,
    maxConcurrency: number,
  ): Promise<number>;
}

/**
 * Recovery after an operator's outage. During the outage its credits and rollbacks back off
 * (full jitter, up to a 10 min ceiling), so without this the last win of an outage arrives
 * minutes after the operator answers again. When it answers again, its waiting calls are made
 * due now, a concurrency cap's worth at a time (the callback client queues more than that per
 * operator, and refuses beyond its queue), so recovery takes seconds.
 *
 * In steady state this costs nothing: the flag is only up after a failure (and once per
 * operator after the process starts, since another process may have left calls waiting), and
 * comes down when a bring-forward finds fewer calls than it may take. With several processes
 * on PostgreSQL each keeps its own flags; the UPDATE touches only unleased pending credits of
 * that operator and environment, so a call another process is sending is never touched.
 */
export function createBringForward(db: PlatformDb, clock: Clock, logger: Logger): BringForward {
  const operators = new Map<string, OperatorRecovery>();

  function stateOf(key: string): OperatorRecovery {
    let state = operators.get(key);
    if (state === undefined) {
      state = { waiting: true, running: false, outstanding: 0, lastAtMs: 0 };
      operators.set(key, state);
    }
    return state;
  }

  async function bringForward(operatorId: string, environment: Environment, limit: number): Promise<number> {
    const nowMs = clock();
    const waiting = db.db
      .selectFrom("wallet_calls")
      .select("call_id")
      .where("operator_id", "=", operatorId)
      .where("environment", "=", environment)
      .where("action", "=", "credit")
      .where("state", "=", "pending")
      .where("lease_owner", "is", null)
      .where("next_attempt_at_ms", ">", nowMs)
      // Never a retry of an attempt that just failed: after a timeout it may still be on its way.
      .where("updated_at_ms", "<=", nowMs - RETRY_BASE_DELAY_MS)
      .orderBy("next_attempt_at_ms")
      .limit(limit);
    const result = await db.db
      .updateTable("wallet_calls")
      .set({ next_attempt_at_ms: nowMs, updated_at_ms: nowMs })
      .where("call_id", "in", waiting)
      // Re-checked on the row itself: a call leased or answered since the read is left alone.
      .where("state", "=", "pending")
      .where("lease_owner", "is", null)
      .where("next_attempt_at_ms", ">", nowMs)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  return {
    async observe(operatorId, environment, outcome, maxConcurrency) {
      const state = stateOf(`${operatorId}/${environment}`);
      if (outcome.kind === "unknown" || outcome.kind === "not_sent") {
        state.waiting = true;
        return 0;
      }
      if (state.outstanding > 0) state.outstanding -= 1;
      if (!state.waiting || state.running) return 0;
      const nowMs = clock();
      if (state.outstanding > 0 && nowMs - state.lastAtMs < BRING_FORWARD_STALE_MS) return 0;
      state.running = true;
      try {
        const limit = Math.max(1, maxConcurrency);
        const moved = await bringForward(operatorId, environment, limit);
        state.outstanding = moved;
        state.lastAtMs = nowMs;
        // Fewer than it could take: nothing more waits (until the next failure).
        if (moved < limit) state.waiting = false;
        if (moved > 0) {
          logger.info(
            { operator_id: operatorId, environment, calls: moved },
            "operator answers again: waiting credits brought forward",
          );
        }
        return moved;
      } catch (error) {
        logger.warn({ err: error, operator_id: operatorId }, "bringing waiting credits forward failed");
        return 0;
      } finally {
        state.running = false;
      }
    },
  };
}
