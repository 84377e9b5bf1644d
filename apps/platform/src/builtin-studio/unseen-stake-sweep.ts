import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import { sessionAccess } from "./access.ts";
import { txIds } from "./money.ts";
import { RECOVER_AFTER_MS } from "./recover.ts";
import { returnUnacknowledged } from "./settle.ts";

/** Stakes returned per sweep at most: the rest wait for the next one (a minute). */
export const MAX_UNSEEN_RETURNED_PER_SWEEP = 100;

/**
 * Returns, for players who never come back, the first stakes the round engine never saw: real
 * rows still `pending_bet` with no platform round, untouched for `RECOVER_AFTER_MS` (two
 * minutes, far beyond any live request: the request that writes the row sends the stake at once).
 * It is what the session's own recovery does for a returning player (`recover.ts`, after 10 s),
 * through the same function: a gateway rollback of the stake, which records it as rolled back
 * before it arrived (a late arrival is refused with BET_ROLLED_BACK, nothing is debited), then
 * the row `refused`. A stake the engine did see has its platform round and is never picked here
 * (`followClosedPlatformRounds` and recovery own it). Guarded like every change of a round, so it
 * is safe to race the player's own recovery. Returns how many rows it changed.
 */
export async function returnUnseenStakes(
  deps: GamePlayDeps,
  limit = MAX_UNSEEN_RETURNED_PER_SWEEP,
): Promise<number> {
  const rows = await deps.db
    .selectFrom("studio_rounds")
    .leftJoin("rounds", "rounds.round_id", "studio_rounds.platform_round_id")
    .selectAll("studio_rounds")
    .where("studio_rounds.status", "=", "pending_bet")
    .where("studio_rounds.demo", "=", 0)
    .where("studio_rounds.abandoned", "=", 0)
    .where("studio_rounds.abandoned_state", "is", null)
    .where("studio_rounds.updated_at_ms", "<=", deps.clock() - RECOVER_AFTER_MS)
    .where("rounds.round_id", "is", null)
    .orderBy("studio_rounds.created_at_ms")
    .limit(limit)
    .execute();
  let changed = 0;
  for (const row of rows) {
    try {
      const access = await sessionAccess(deps, row.session_id);
      if (access === undefined) {
        deps.logger.warn(
          { round_ref: row.round_ref },
          "built-in studio: an unseen stake has no session to return it through; left for a person",
        );
        continue;
      }
      const betTxId = txIds.bet(row.round_ref);
      if (await returnUnacknowledged(deps, access, row, betTxId, "TRY_AGAIN")) {
        changed += 1;
        deps.logger.info(
          { round_ref: row.round_ref },
          "built-in studio: a stake that never reached the engine, of a player who did not return, is returned",
        );
      }
    } catch (error) {
      deps.logger.error(
        { err: error, round_ref: row.round_ref },
        "built-in studio: returning an unseen stake failed",
      );
    }
  }
  return changed;
}
