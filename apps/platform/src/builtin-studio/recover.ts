import { settleIfAbandoned } from "./abandoned-settle.ts";
import type { ClientAccess } from "./access.ts";
import { txIds } from "./money.ts";
import { unfinishedRounds } from "./round-store.ts";
import { returnUnacknowledged, settleRound } from "./settle.ts";
import type { StudioDeps } from "./studio-deps.ts";

/**
 * A round untouched for this long is no longer in anyone's hands: longer than the longest
 * wallet timeout an operator may set (30 s) plus the studio's retries, so recovery never races
 * the request that is still driving it.
 */
export const RECOVER_AFTER_MS = 2 * 60_000;
/** Rounds finished per request at most: recovery must not make a player's click slow. */
const MAX_RECOVERED_PER_REQUEST = 5;

/**
 * Finishes what a crash or a busy wallet left half done in this session, with the same
 * transaction ids (the gateway replays what it already decided):
 * - a stake never acknowledged (`pending_bet`, or a blackjack decision's extra stake) is returned;
 * - an outcome whose credit is not acknowledged (`pending_win`) is credited;
 * - a round the platform closed as abandoned meanwhile (any age) is settled with the platform's
 *   closing credit, and nothing more is sent for it.
 */
export async function recoverSessionRounds(deps: StudioDeps, access: ClientAccess): Promise<void> {
  const staleBefore = deps.clock() - RECOVER_AFTER_MS;
  const rows = await unfinishedRounds(
    deps,
    access.session.id,
    ["pending_bet", "pending_win", "in_play"],
    MAX_RECOVERED_PER_REQUEST * 4,
  );
  let done = 0;
  for (const row of rows) {
    if (done >= MAX_RECOVERED_PER_REQUEST) break;
    if ((await settleIfAbandoned(deps, row)) !== undefined) {
      done++;
      continue;
    }
    // A hand the abandoned-round rule has finished is the platform's to close: its stakes stay.
    if (row.updated_at_ms > staleBefore || row.abandoned_state !== null) continue;
    if (row.status === "pending_bet") {
      await returnUnacknowledged(deps, access, row, txIds.bet(row.round_ref), "TRY_AGAIN");
    } else if (row.status === "pending_win") {
      await settleRound(deps, access, row);
    } else if (row.pending_tx_id !== null) {
      await returnUnacknowledged(deps, access, row, row.pending_tx_id, "TRY_AGAIN");
    } else {
      continue;
    }
    done++;
  }
}
