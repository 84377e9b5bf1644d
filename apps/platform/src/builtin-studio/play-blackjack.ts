import type { BlackjackAction, BlackjackGame, BlackjackState } from "@croupier/games";
import { settleIfAbandoned } from "./abandoned-settle.ts";
import type { ClientAccess } from "./access.ts";
import { displayOf } from "./blackjack-display.ts";
import { stake, txIds } from "./money.ts";
import { failureOf, limitProblem, type PlayResult } from "./play-instant.ts";
import { presentRound } from "./present.ts";
import { studioFail } from "./problems.ts";
import { getSessionRound, insertRound, unfinishedRounds, updateRound } from "./round-store.ts";
import { returnUnacknowledged, settleRound } from "./settle.ts";
import type { StudioDeps } from "./studio-deps.ts";
import type { StudioRoundRow } from "./tables.ts";
import type { BetLimits, StudioTitle } from "./titles.ts";

type BlackjackTitle = StudioTitle & { game: BlackjackGame };

/** The columns a new blackjack state writes. */
function stateColumns(game: BlackjackGame, state: BlackjackState) {
  const display = displayOf(game, state);
  return {
    state: JSON.stringify(state),
    draws: JSON.stringify(state.draws),
    display: JSON.stringify(display),
    win_minor: display.settlement?.totalWinMinor ?? null,
  };
}

async function finish(
  deps: StudioDeps,
  access: ClientAccess,
  row: StudioRoundRow,
  balanceMinor: number | undefined,
): Promise<PlayResult> {
  if (row.status !== "pending_win") return { ok: true, round: presentRound(row), balanceMinor };
  const settled = await settleRound(deps, access, row);
  return {
    ok: true,
    round: presentRound(settled.row),
    balanceMinor: settled.money.ok ? (settled.money.balanceMinor ?? balanceMinor) : undefined,
  };
}

/**
 * Deals a hand: the opening cards are drawn and stored, then the stake debited. A natural (or
 * the dealer's) ends the round at once and it is credited; otherwise the hand waits in play.
 * One hand per session at a time.
 */
export async function dealBlackjack(
  deps: StudioDeps,
  access: ClientAccess,
  title: BlackjackTitle,
  limits: BetLimits,
  input: { betMinor: number },
): Promise<PlayResult> {
  const outOfLimits = limitProblem(input.betMinor, limits);
  if (outOfLimits !== undefined) return outOfLimits;
  const open = await unfinishedRounds(deps, access.session.id, ["in_play", "pending_bet"], 1);
  if (open[0] !== undefined) {
    return studioFail("ROUND_IN_PROGRESS", "Finish the hand in play before dealing again.", {
      round_id: open[0].round_ref,
    });
  }
  const request = {
    betMinor: input.betMinor,
    limits: { minMinor: limits.minMinor, maxMinor: limits.maxMinor },
  };
  const started = title.game.start(request, deps.rng);
  if (!started.ok) return studioFail("INVALID_BET", started.message);
  const roundRef = deps.ids("sr");
  const columns = stateColumns(title.game, started.state);
  let row = await insertRound(deps, access.session, {
    roundRef,
    title,
    request,
    draws: started.state.draws,
    display: JSON.parse(columns.display),
    state: started.state,
    winMinor: columns.win_minor,
  });
  const staked = await stake(deps, access, {
    txId: txIds.bet(roundRef),
    roundRef,
    amountMinor: input.betMinor,
  });
  if (!staked.ok) {
    if (staked.final) {
      await updateRound(deps, row, { status: "refused", error_code: staked.code ?? staked.gatewayCode });
    } else {
      await returnUnacknowledged(deps, access, row, txIds.bet(roundRef), staked.code ?? "TRY_AGAIN");
    }
    return failureOf(deps, staked, roundRef);
  }
  const accepted = {
    status: started.state.phase === "complete" ? ("pending_win" as const) : ("in_play" as const),
    bet_minor: input.betMinor,
  };
  await updateRound(deps, row, accepted);
  row = { ...row, ...accepted };
  return finish(deps, access, row, staked.balanceMinor);
}

/**
 * A decision on the hand in play. A double or split costs the hand's stake again: the new
 * state (cards drawn) is claimed on the row first, then the extra stake debited in the same
 * round, and only then shown. A refused extra stake drops the decision; the hand stays as it was.
 */
export async function actBlackjack(
  deps: StudioDeps,
  access: ClientAccess,
  title: BlackjackTitle,
  input: { roundRef: string; action: BlackjackAction },
): Promise<PlayResult> {
  const { game } = title;
  let row = await getSessionRound(deps, access.session.id, input.roundRef);
  if (row === undefined) return studioFail("ROUND_NOT_FOUND", "No such round in this game session.");
  if (row.status !== "in_play" || row.state === null) {
    return studioFail("INVALID_ACTION", "This hand is over.");
  }
  if (row.abandoned_state !== null) {
    // The platform's abandoned-round rule finished the hand (abandoned-round-rule.ts); once the
    // platform has closed the round, the row shows that result.
    await settleIfAbandoned(deps, row);
    return studioFail(
      "INVALID_ACTION",
      "This hand was left idle too long and was finished for you: every hand stood and the dealer played.",
      { round_id: row.round_ref },
    );
  }
  if (row.pending_tx_id !== null) {
    return studioFail("ROUND_BUSY", "Another decision on this hand is being processed.");
  }
  const state = JSON.parse(row.state) as BlackjackState;
  const allowed = game.legalActions(state);
  if (!allowed.includes(input.action)) {
    return studioFail(
      "INVALID_ACTION",
      `${input.action} is not allowed now (allowed: ${allowed.join(", ")}).`,
    );
  }
  const costMinor = game.costOf(state, input.action);
  const acted = game.act(state, input.action, deps.rng);
  if (!acted.ok) return studioFail("INVALID_ACTION", acted.message);
  const next = acted.state;
  let balanceMinor: number | undefined;

  if (costMinor > 0) {
    const txId = txIds.extra(row.round_ref, row.version + 1);
    const claim = { pending_state: JSON.stringify(next), pending_tx_id: txId, version: row.version + 1 };
    if (!(await updateRound(deps, row, claim))) {
      return studioFail("ROUND_BUSY", "Another decision on this hand is being processed.");
    }
    row = { ...row, ...claim };
    const staked = await stake(deps, access, { txId, roundRef: row.round_ref, amountMinor: costMinor });
    if (!staked.ok) {
      if (staked.final) await updateRound(deps, row, { pending_state: null, pending_tx_id: null });
      else await returnUnacknowledged(deps, access, row, txId, staked.code ?? "TRY_AGAIN");
      return failureOf(deps, staked, row.round_ref);
    }
    balanceMinor = staked.balanceMinor;
  }

  const changes = {
    ...stateColumns(game, next),
    pending_state: null,
    pending_tx_id: null,
    version: row.version + 1,
    bet_minor: row.bet_minor + costMinor,
    status: next.phase === "complete" ? ("pending_win" as const) : ("in_play" as const),
  };
  if (!(await updateRound(deps, row, changes))) {
    return studioFail("ROUND_BUSY", "Another decision on this hand is being processed.");
  }
  row = { ...row, ...changes };
  return finish(deps, access, row, balanceMinor);
}
