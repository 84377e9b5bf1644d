import { counterOn } from "../../callbacks/metric-helpers.ts";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import type { WinOverCap } from "../../round-engine/settle-win.ts";
import type { RoundWinCap } from "../../round-engine/write-model/batch-ops.ts";
import type { GamePlayDeps } from "../../sessions/game-play-deps.ts";
import type { SessionRow } from "../../sessions/tables.ts";
import { refusal, type GatewayAnswer } from "../answers.ts";
import type { StudioCaller } from "../studio-session.ts";
import { roundTotals } from "./round-totals.ts";
import { exceedsCap, maxWinMultipleOf, operatorMaxWinOf, roundCap, type RoundCap } from "./win-cap.ts";

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
 * Decided where the win is written, so that wins of one round arriving at once cannot each pass
 * the cap and together exceed it: for real play in the round engine's commit of the credit, under
 * the round's lock (`winCap` of `settleWin`); for demo play in the demo transaction, under the
 * session's lock (`demoWinOverCap`). A win already recorded under its id is answered from its
 * record, never checked again.
 */

/** A win over its round's cap, with the figures it was measured by. */
export interface OverCap extends RoundCap {
  /** The title's or studio's maximum win multiple the cap was measured with. */
  readonly multiple: number;
  readonly stakesMinor: number;
  readonly paidMinor: number;
}

/** The caps of the session's rounds, as the round engine checks them (see `win-cap.ts`). */
export async function winCapOf(db: Kysely<Database>, session: SessionRow): Promise<RoundWinCap> {
  const [multiple, maxMinor] = await Promise.all([
    maxWinMultipleOf(db, session),
    operatorMaxWinOf(db, session),
  ]);
  return { multiple, maxMinor };
}

/** The engine's refusal (`settleWin` with a `winCap`) in the gateway's terms. */
export function overCapOf(refused: WinOverCap, winCap: RoundWinCap): OverCap {
  return {
    multiple: winCap.multiple,
    stakesMinor: refused.stakesMinor,
    paidMinor: refused.paidMinor,
    capMinor: refused.capMinor,
    cap: refused.by === "max" ? "operator_max_win" : "win_multiple",
  };
}

/**
 * Whether a demo win would take its round past the cap, read in the demo transaction `trx`
 * (which holds the session's lock, so the round's records cannot change meanwhile).
 */
export async function demoWinOverCap(
  trx: Kysely<Database>,
  studioId: string,
  session: SessionRow,
  input: { readonly roundRef: string; readonly amountMinor: number },
): Promise<OverCap | undefined> {
  if (input.amountMinor === 0) return undefined;
  const totals = await roundTotals(trx, studioId, session.id, input.roundRef);
  if (!totals.hasAcceptedBet) return undefined;
  const { multiple, maxMinor } = await winCapOf(trx, session);
  const cap = roundCap(totals, multiple, maxMinor);
  if (!exceedsCap(totals, cap, input.amountMinor)) return undefined;
  return { ...cap, multiple, stakesMinor: totals.stakesMinor, paidMinor: totals.paidMinor };
}

/** Records, reports and answers a win refused for its round's cap (`db`: where to record it). */
export async function refuseOverCap(
  deps: GamePlayDeps,
  db: Kysely<Database>,
  caller: StudioCaller,
  session: SessionRow,
  input: { readonly txId: string; readonly roundRef: string; readonly amountMinor: number },
  over: OverCap,
): Promise<GatewayAnswer> {
  const maxWin = Math.max(over.capMinor - over.paidMinor, 0);
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
    stakes_minor: over.stakesMinor,
    paid_minor: over.paidMinor,
    cap_minor: over.capMinor,
    cap: over.cap,
    created_at_ms: deps.clock(),
  };
  await db.insertInto("gateway_win_refusals").values(record).execute();
  deps.logger.warn(
    { winRefusal: record, alert: "win_cap" },
    "a studio's win was refused: it would take the round past its win cap",
  );
  winCapRefusals(deps).inc({ cap: over.cap });
  return refusal(
    "WIN_LIMIT_EXCEEDED",
    over.cap === "operator_max_win"
      ? `The round may pay at most ${over.capMinor} in total (the operator's maximum win per round); nothing was paid.`
      : `The round may pay at most ${over.capMinor} in total (${over.multiple}× its stakes of ${over.stakesMinor}); nothing was paid.`,
    { max_win: maxWin, cap: over.cap },
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
