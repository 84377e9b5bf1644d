/**
 * A round whose bets all failed closes at once instead of waiting for the abandoned-round sweep
 * (10 min), and the operator hears that it closed:
 *
 * - a debit refused definitively (or never sent), when no other bet of the round is pending or
 *   stands and the round holds no win: the round is void at once, with no call (the operator
 *   holds nothing for it);
 * - a debit whose outcome is unknown, on the same condition: its rollback is queued with
 *   `round_closed` (the round's last call) and the round is void once that rollback is
 *   acknowledged. Until then it takes no new bet (ROUND_CLOSED): a call after the closing one
 *   would break "round_closed on the last call".
 *
 * So after a round's only bet failed the game opens a new round for the next one; a round with
 * another bet still in flight or standing is left to the game (or the sweep), as before.
 */
import type { RoundRow } from "../tables.ts";
import type { WalletCallRow } from "../outbox/tables.ts";

/**
 * Whether `failedDebitId` is the round's last hope: every other debit final and not standing,
 * no win, and no closing call yet. Earlier rollbacks are fine (the closing one is sent after them).
 */
export function closesWithFailedBet(
  round: RoundRow | undefined,
  calls: readonly WalletCallRow[],
  failedDebitId: string,
): round is RoundRow {
  if (round === undefined || round.status !== "open") return false;
  const rolledBack = new Set(calls.filter((call) => call.rb === 1).map((call) => call.rb_call_id));
  return calls.every((call) => {
    if (call.call_id === failedDebitId) return true;
    if (call.round_closed === 1) return false;
    if (call.action === "credit") return call.rb === 1;
    if (call.action !== "debit") return true;
    if (call.state === "pending") return false;
    return call.state !== "ok" || rolledBack.has(call.call_id);
  });
}

/**
 * The rollback queued for a failed debit, as the round's closing call. Its `request_hash` stays
 * the plain rollback's: a game asking to roll the same bet back (`rollbackBet`) gets this call
 * as its replay, not a conflict.
 */
export function asClosingRollback(rollback: WalletCallRow): WalletCallRow {
  return { ...rollback, round_closed: 1 };
}

/** A closing rollback now acknowledged: the round it closes is void. */
export function isAcknowledgedClosingRollback(call: WalletCallRow): boolean {
  return call.action === "credit" && call.rb === 1 && call.round_closed === 1 && call.state === "ok";
}

/** A definite "no" to a debit: nothing to roll back. */
export function isDefinitelyFailedDebit(call: WalletCallRow): boolean {
  return call.action === "debit" && call.rb === 0 && (call.state === "refused" || call.state === "not_sent");
}
