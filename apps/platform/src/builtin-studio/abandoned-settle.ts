import type { BlackjackState } from "@croupier/games";
import type { ServiceDeps } from "../deps.ts";
import { blackjackOf, standingState } from "./abandoned-hand.ts";
import { displayOf } from "./blackjack-display.ts";
import { roundMoney } from "./round-money.ts";
import { updateRound } from "./round-store.ts";
import type { StudioRoundRow, StudioRoundStatus } from "./tables.ts";

type Deps = Pick<ServiceDeps, "db" | "clock" | "logger">;

const UNFINISHED: ReadonlySet<StudioRoundStatus> = new Set(["pending_bet", "in_play", "pending_win"]);

/** A round the platform may have closed behind the studio's back: real play, not settled by the game. */
function mayBeAbandoned(row: StudioRoundRow): boolean {
  if (row.platform_round_id === null || row.abandoned === 1) return false;
  // A credit refused as ROUND_CLOSED before this rule existed left its round settled with that code.
  return UNFINISHED.has(row.status) || (row.status === "settled" && row.error_code === "ROUND_CLOSED");
}

/**
 * Brings the studio's record of a round in line with the platform once the abandoned-round
 * sweeper has closed it: settled (`abandoned` 1) with the closing credit the wallet was sent, a
 * blackjack hand with the state the rule finished it in (so the round list and the replay show
 * what was paid), pending decisions dropped. Nothing is paid here: the platform's credit is the
 * round's only one (a later `win` of the studio is refused as ROUND_CLOSED).
 *
 * Returns the settled row, or undefined when the round is not such a round (demo, still open,
 * closed by the game, voided because no stake stood: the studio's own recovery handles those).
 * Safe to repeat and to race: the change is guarded by the row's status and version.
 *
 * @example
 * const settled = await settleIfAbandoned(deps, row);
 * if (settled !== undefined) return presentRound(settled);
 */
export async function settleIfAbandoned(
  deps: Deps,
  row: StudioRoundRow,
): Promise<StudioRoundRow | undefined> {
  if (!mayBeAbandoned(row) || row.platform_round_id === null) return undefined;
  const round = await deps.db
    .selectFrom("rounds")
    .select(["status", "close_reason", "closed_at_ms"])
    .where("round_id", "=", row.platform_round_id)
    .executeTakeFirst();
  if (round === undefined || round.status !== "closed" || round.close_reason !== "abandoned")
    return undefined;
  const money = await roundMoney(deps, row.platform_round_id);
  const paidMinor = money.abandonedCreditMinor ?? 0;
  const log = deps.logger.child({ round_ref: row.round_ref, round_id: row.platform_round_id });

  let finished: Partial<Pick<StudioRoundRow, "state" | "draws" | "display">> = {};
  let expectedMinor = row.win_minor;
  if (row.state !== null) {
    const game = blackjackOf(row.game_id);
    // Every call of the round was final when the sweeper closed it: a stake it never saw was not taken.
    const standing = standingState(row, money, "not_taken");
    const state =
      row.abandoned_state !== null
        ? (JSON.parse(row.abandoned_state) as BlackjackState)
        : standing.ok
          ? standing.state
          : undefined;
    if (game !== undefined && state?.phase === "complete") {
      const display = displayOf(game, state);
      finished = {
        state: JSON.stringify(state),
        draws: JSON.stringify(state.draws),
        display: JSON.stringify(display),
      };
      expectedMinor = display.settlement?.totalWinMinor ?? null;
    } else {
      log.warn("abandoned blackjack round closed without a finished hand; its last state is kept");
      expectedMinor = paidMinor;
    }
  }
  if (expectedMinor !== paidMinor) {
    log.error(
      { expected_minor: expectedMinor, paid_minor: paidMinor },
      "built-in studio: the abandoned round was closed with another credit than its rule pays",
    );
  }

  const changes = {
    ...finished,
    status: "settled" as const,
    abandoned: 1 as const,
    win_minor: paidMinor,
    bet_minor: money.standingMinor,
    error_code: null,
    pending_state: null,
    pending_tx_id: null,
    version: row.version + 1,
    settled_at_ms: round.closed_at_ms ?? deps.clock(),
  };
  if (await updateRound(deps, row, changes)) return { ...row, ...changes, updated_at_ms: deps.clock() };
  // Someone else changed the row first: it is settled now if that was this same reconciliation.
  const fresh = await deps.db
    .selectFrom("studio_rounds")
    .selectAll()
    .where("round_ref", "=", row.round_ref)
    .executeTakeFirst();
  return fresh?.abandoned === 1 ? fresh : undefined;
}
