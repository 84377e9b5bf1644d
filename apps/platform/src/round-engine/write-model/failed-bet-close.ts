/**
 * A round whose only bet's outcome was unknown closes as soon as that bet is rolled back, instead
 * of waiting for the abandoned-round sweep (10 min), and the operator hears that it closed: when
 * no other bet of the round is pending or stands and the round holds no win, the rollback is
 * queued with `round_closed` (the round's last call) and the round is void once that rollback is
 * acknowledged. From the closing rollback on the round takes no new bet (ROUND_CLOSED): a call
 * after the closing one would break "round_closed on the last call"; the game opens a new round.
 *
 * A debit refused definitively (INSUFFICIENT_FUNDS, …) leaves its round open, as before: nothing
 * moved, there is no call to carry `round_closed`, and a game may still take a smaller stake in
 * the same round (studios do); the game's closing call or the sweep closes it.
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
