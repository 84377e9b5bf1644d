import { counterOn } from "../../callbacks/metric-helpers.ts";
import type { GamePlayDeps } from "../../sessions/game-play-deps.ts";
import type { SessionRow } from "../../sessions/tables.ts";
import { refusal, type GatewayAnswer } from "../answers.ts";
import type { StudioCaller } from "../studio-session.ts";
import { readTx } from "../transactions.ts";
import { roundTotals } from "./round-totals.ts";
import { exceedsCap, maxWinMultipleOf, operatorMaxWinOf, roundCap } from "./win-cap.ts";

/**
 * Refuse, not hold: a win past a cap is answered `WIN_LIMIT_EXCEEDED` with `max_win` (what the
 * round may still pay) and nothing is written under its transaction id, so the studio can pay
 * the capped amount under a new id, as games with a maximum win do. Holding money for review
 * would leave the round open and the player's balance unknown to the game for hours; refusing
 * keeps every paid cent inside the caps and the studio in charge of its round. People still see
 * every refusal: a warning in the log, `croupier_gateway_win_cap_refusals_total{cap}`, and a row
 * in `gateway_win_refusals` (`GET /admin/win-refusals`), since a studio that hits a cap is
 * either broken or attacked.
 *
 * Checked before the win is claimed, against the round's accepted records; a win already
 * recorded under its id is not checked again (its repeat is answered from the record).
 * Concurrent wins of one round may each pass the check; studios send a round's requests one
 * after another (its bet before its wins), which the gateway's answers already require.
 */
export async function winCapRefusal(
  deps: GamePlayDeps,
  caller: StudioCaller,
  session: SessionRow,
  input: { readonly txId: string; readonly roundRef: string; readonly amountMinor: number },
): Promise<GatewayAnswer | undefined> {
  if (input.amountMinor === 0) return undefined;
  const totals = await roundTotals(deps.db, caller.studioId, session.id, input.roundRef);
  if (!totals.hasAcceptedBet) return undefined;
  const [multiple, operatorMaxWin] = await Promise.all([
    maxWinMultipleOf(deps.db, session),
    operatorMaxWinOf(deps.db, session),
  ]);
  const cap = roundCap(totals, multiple, operatorMaxWin);
  if (!exceedsCap(totals, cap, input.amountMinor)) return undefined;
  // Only now (a refusal is rare) whether the id was recorded before: then its repeat is answered
  // from the record, not refused.
  if ((await readTx(deps.db, caller.studioId, input.txId)) !== undefined) return undefined;
  const maxWin = Math.max(cap.capMinor - totals.paidMinor, 0);
  const record = {
    id: deps.ids("wcr"),
    studio_id: caller.studioId,
    tx_id: input.txId,
    operator_id: session.operator_id,
    environment: session.environment,
    session_id: session.id,
    player_id: session.player_id,
    game_id: session.game_id,
    currency: session.currency,
    round_ref: input.roundRef,
    demo: session.demo,
    amount_minor: input.amountMinor,
    stakes_minor: totals.stakesMinor,
    paid_minor: totals.paidMinor,
    cap_minor: cap.capMinor,
    cap: cap.cap,
    created_at_ms: deps.clock(),
  };
  await deps.db.insertInto("gateway_win_refusals").values(record).execute();
  deps.logger.warn(
    { winRefusal: record, alert: "win_cap" },
    "a studio's win was refused: it would take the round past its win cap",
  );
  winCapRefusals(deps).inc({ cap: cap.cap });
  return refusal(
    "WIN_LIMIT_EXCEEDED",
    cap.cap === "operator_max_win"
      ? `The round may pay at most ${cap.capMinor} in total (the operator's maximum win per round); nothing was paid.`
      : `The round may pay at most ${cap.capMinor} in total (${multiple}× its stakes of ${totals.stakesMinor}); nothing was paid.`,
    { max_win: maxWin, cap: cap.cap },
  );
}

function winCapRefusals(deps: GamePlayDeps) {
  return counterOn(
    deps.engine.outbox.registry,
    "croupier_gateway_win_cap_refusals_total",
    "Studio wins refused because the round would pay past a cap (win_multiple: the title's or studio's maximum multiple of the stakes; operator_max_win: the operator's maximum win per round).",
    ["cap"],
  );
}
