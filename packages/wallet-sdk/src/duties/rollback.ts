import { errorResponse, okResponse, type MoneyRequest } from "@croupier/protocol";
import type { CallRecord, Player, WalletTransaction } from "../store/wallet-store.ts";
import type { Decision } from "./decision.ts";
import { MESSAGES } from "./messages.ts";
import { putIn, takeOut } from "./money-rules.ts";

/**
 * A rollback (`rb` 1) reverses the call named by `rb_call_id` exactly once (PROTOCOL, operator
 * duty 2): a `credit` rollback gives back a debited bet, a `debit` rollback takes back a
 * credited win.
 *
 * - Original never received: ok, balance unchanged. The rollback is recorded, which is what
 *   makes a late original answer ROLLED_BACK.
 * - Original received but not a rollbackable counterpart (a balance call, a rollback, the same
 *   action, another player, another amount): INVALID_REQUEST, not recorded, nothing changes —
 *   the sender's request is wrong, and a corrected one may still use the `call_id`.
 * - Original refused (any error answer): ok, unchanged — there is nothing to reverse.
 * - Original already reversed by an earlier rollback: ok, unchanged.
 * - Otherwise the money moves back; taking back a win larger than the balance is refused with
 *   INSUFFICIENT_FUNDS, since balances never go negative.
 */
export async function decideRollback(
  tx: WalletTransaction,
  request: MoneyRequest & { readonly rb_call_id: string },
  player: Player,
  txId: string,
): Promise<Decision> {
  const unchanged: Decision = { kind: "answer", response: okResponse(player.balanceMinor, txId) };
  const original = await tx.findCall(request.rb_call_id);
  if (original === undefined) return unchanged;

  const mismatch = mismatchWith(request, original);
  if (mismatch !== undefined) {
    return { kind: "refuse", response: errorResponse("INVALID_REQUEST", mismatch) };
  }
  if (original.response.status !== "ok") return unchanged;
  if ((await tx.findRollbackOf(original.callId)) !== undefined) return unchanged;

  return request.action === "credit"
    ? putIn(player, request.amount, "debit_reversal", txId)
    : takeOut(player, request.amount, "credit_reversal", txId);
}

function mismatchWith(request: MoneyRequest, original: CallRecord): string | undefined {
  if (original.action === "balance") return MESSAGES.rollbackOfBalance;
  if (original.rb === 1) return MESSAGES.rollbackOfRollback;
  if (original.action === request.action) return MESSAGES.rollbackSameAction;
  if (original.playerId !== request.player_id) return MESSAGES.rollbackOtherPlayer;
  if (original.amountMinor !== request.amount) return MESSAGES.rollbackAmount;
  return undefined;
}
