import type { ClientAccess } from "./access.ts";
import { followPlatformRound } from "./follow-platform-round.ts";
import { txIds } from "./money.ts";
import { roundMoney } from "./round-money.ts";
import { unfinishedRounds, updateRound } from "./round-store.ts";
import { returnUnacknowledged, settleRound } from "./settle.ts";
import type { StudioDeps } from "./studio-deps.ts";
import type { StudioRoundRow } from "./tables.ts";

/**
 * A round untouched for this long is no longer in anyone's hands: longer than the longest
 * wallet timeout an operator may set (30 s) plus the studio's retries, so recovery never races
 * the request that is still driving it.
 */
export const RECOVER_AFTER_MS = 2 * 60_000;
/**
 * A stake the round engine has never seen, this long after the studio wrote the row that leads
 * to it, is no longer driven by anyone: the request that wrote the row sends the stake to the
 * gateway at once (no wallet call lies between; the engine records it in its next commit, in
 * milliseconds), so only a crash leaves it unseen this long. It is returned then (a gateway
 * rollback, which also refuses the stake should it still arrive: nothing is ever debited for
 * it), instead of blocking the player until `RECOVER_AFTER_MS`.
 */
export const UNSEEN_STAKE_AFTER_MS = 10_000;
/** Rounds finished per request at most: recovery must not make a player's click slow. */
const MAX_RECOVERED_PER_REQUEST = 5;

/**
 * Finishes what a crash or a busy wallet left half done in this session, with the same
 * transaction ids (the gateway replays what it already decided):
 * - a round the platform has closed meanwhile (as abandoned, by the studio's own win, or void)
 *   is brought in line with it (any age), and nothing more is sent for it;
 * - a stake whose debit the round engine has decided (acknowledged, or refused / unknown / rolled
 *   back) is resolved at once, whatever its age: the round goes on as if the studio had seen the
 *   answer (a hand in play shows, an outcome is credited), or the stake is returned. So a hand
 *   whose deal was in flight at a crash does not block the player;
 * - a first stake the engine never saw, once `UNSEEN_STAKE_AFTER_MS` old, is returned (the crash
 *   came before the stake reached the engine);
 * - a stake the engine has not decided, once two minutes old, is returned;
 * - an outcome whose credit is not acknowledged (`pending_win`), once two minutes old, is credited.
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
    if ((await followPlatformRound(deps, row)) !== undefined) {
      done++;
      continue;
    }
    // A hand the abandoned-round rule has finished is the platform's to close: its stakes stay.
    if (row.abandoned_state !== null) continue;
    if (row.status === "pending_bet" && (await resolveDecidedStake(deps, access, row))) {
      done++;
      continue;
    }
    if (row.updated_at_ms > staleBefore) continue;
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

/**
 * A round's first stake (`pending_bet`) as the round engine decided it: acknowledged → the round
 * is accepted as the studio would have accepted it (a blackjack hand goes in play, a finished
 * outcome is credited); refused, unknown or rolled back, or never seen by the engine for
 * `UNSEEN_STAKE_AFTER_MS` → the stake is returned (the gateway answers from the engine's record,
 * nothing moves twice). False: not decided yet (in flight, or only just written): the request
 * driving it may still be running.
 */
async function resolveDecidedStake(
  deps: StudioDeps,
  access: ClientAccess,
  row: StudioRoundRow,
): Promise<boolean> {
  if (row.demo === 1 || row.platform_round_id === null) return false;
  const money = await roundMoney(deps, row.platform_round_id);
  const stake = money.stakeOf(txIds.bet(row.round_ref));
  if (stake === "not_taken") {
    await returnUnacknowledged(deps, access, row, txIds.bet(row.round_ref), "TRY_AGAIN");
    return true;
  }
  const unseenFor = deps.clock() - row.updated_at_ms;
  if (stake === "missing" && unseenFor >= UNSEEN_STAKE_AFTER_MS) {
    deps.logger.info(
      { round_ref: row.round_ref, unseen_for_ms: unseenFor },
      "built-in studio: a stake that never reached the engine before a crash is returned",
    );
    await returnUnacknowledged(deps, access, row, txIds.bet(row.round_ref), "TRY_AGAIN");
    return true;
  }
  if (stake !== "stands") return false;
  const request = JSON.parse(row.request) as { betMinor: number };
  const inPlay = row.state !== null && (JSON.parse(row.state) as { phase: string }).phase !== "complete";
  const accepted = {
    status: inPlay ? ("in_play" as const) : ("pending_win" as const),
    bet_minor: request.betMinor,
  };
  if (!(await updateRound(deps, row, accepted))) return false;
  deps.logger.info(
    { round_ref: row.round_ref, status: accepted.status },
    "built-in studio: a stake acknowledged before a crash: the round goes on",
  );
  if (!inPlay) await settleRound(deps, access, { ...row, ...accepted });
  return true;
}
