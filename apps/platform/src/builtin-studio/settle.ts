import { settleIfAbandoned } from "./abandoned-settle.ts";
import type { ClientAccess } from "./access.ts";
import { payOut, returnStake, txIds, type MoneyOutcome } from "./money.ts";
import { updateRound } from "./round-store.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import type { StudioDeps } from "./studio-deps.ts";
import type { StudioRoundRow } from "./tables.ts";

/**
 * Credits a round whose outcome is final (`pending_win`) and marks it settled. Repeating it is
 * safe: the credit's transaction id is fixed per round, so the gateway replays its answer.
 */
export async function settleRound(
  deps: StudioDeps,
  access: ClientAccess,
  row: StudioRoundRow,
): Promise<{ readonly row: StudioRoundRow; readonly money: MoneyOutcome }> {
  const money = await payOut(deps, access, {
    txId: txIds.win(row.round_ref),
    roundRef: row.round_ref,
    amountMinor: row.win_minor ?? 0,
  });
  if (!money.ok && !money.final) return { row, money };
  if (!money.ok && money.gatewayCode === "ROUND_CLOSED") {
    // The abandoned-round sweeper closed the round first, with the credit of the studio's rule
    // (abandoned-round-rule.ts): that credit is the round's, this one was refused. The round is
    // settled with it.
    const abandoned = await settleIfAbandoned(deps, row);
    if (abandoned !== undefined) return { row: abandoned, money: { ok: true, balanceMinor: undefined } };
  }
  if (!money.ok) {
    // The round was closed without this credit, and not as abandoned: nothing more can be paid
    // through the gateway; the error stays on the row for people.
    deps.logger.error(
      { round_ref: row.round_ref, gateway_code: money.gatewayCode },
      "built-in studio: credit refused",
    );
  }
  const now = deps.clock();
  const settled: StudioRoundRow = {
    ...row,
    status: "settled",
    settled_at_ms: now,
    error_code: money.ok ? null : money.gatewayCode,
  };
  await updateRound(deps, row, {
    status: "settled",
    settled_at_ms: now,
    error_code: settled.error_code,
  });
  return { row: settled, money };
}

/**
 * Returns a stake that was not acknowledged while the player waited and marks the round refused
 * (or, for a blackjack decision, drops the decision). Returning rather than going on keeps the
 * rule simple: a round the player never saw resolve costs nothing.
 */
export async function returnUnacknowledged(
  deps: GamePlayDeps,
  access: ClientAccess,
  row: StudioRoundRow,
  betTxId: string,
  errorCode: string,
): Promise<boolean> {
  const money = await returnStake(deps, access, {
    txId: txIds.rollback(betTxId),
    betTxId,
    roundRef: row.round_ref,
  });
  if (!money.ok && !money.final) return false;
  if (!money.ok) {
    deps.logger.error(
      { round_ref: row.round_ref, bet_tx_id: betTxId, gateway_code: money.gatewayCode },
      "built-in studio: stake could not be returned",
    );
  }
  if (row.pending_tx_id === betTxId) {
    return updateRound(deps, row, { pending_state: null, pending_tx_id: null });
  }
  return updateRound(deps, row, { status: "refused", error_code: errorCode });
}
