import { errorResponse, type WalletRequest, type WalletResponse } from "@croupier/protocol";
import type { CallRecord, Player, WalletTransaction } from "../store/wallet-store.ts";
import type { Decision } from "./decision.ts";
import { MESSAGES } from "./messages.ts";
import { decideBalance, decideCredit, decideDebit } from "./money-rules.ts";
import { decideRollback } from "./rollback.ts";

/** What the duty rules need besides the transaction. */
export interface SettleDeps {
  /** Epoch milliseconds; stamps records. */
  readonly clock: () => number;
  /** A fresh operator transaction id (`tx_id`) for a call about to be recorded. */
  readonly newTxId: () => string;
}

/**
 * Every operator duty after the security and shape checks, inside one store transaction
 * (PROTOCOL "Operator duties"), in this order:
 * 1. lock the player row, so that one player's calls run one at a time;
 * 2. a known `call_id`: same content → the stored answer, exactly; other content →
 *    DUPLICATE_CONFLICT (not recorded);
 * 3. an original (`debit`/`credit`, `rb` 0) that a recorded rollback already named →
 *    ROLLED_BACK;
 * 4. player unknown → PLAYER_NOT_FOUND; blocked → PLAYER_BLOCKED for `balance` and bets
 *    (wins and rollbacks still settle: money owed to a player must land); other currency →
 *    CURRENCY_MISMATCH;
 * 5. the action's own rules (money-rules.ts, rollback.ts);
 * 6. record the call with its answer and, when money moves, the ledger row — in the same
 *    transaction as the balance change.
 *
 * The PostgreSQL store runs the same rules in the database (`wallet_settle`, in
 * stores/postgres/pg-settle-function.ts; docs/adr/0008): a change here is made there too, as a
 * new schema version, and pg-settle.test.ts compares the two.
 */
export async function settleCall(
  tx: WalletTransaction,
  request: WalletRequest,
  fingerprint: string,
  deps: SettleDeps,
): Promise<WalletResponse> {
  const player = await tx.lockPlayer(request.player_id);
  const prior = await tx.findCall(request.call_id);
  if (prior !== undefined) {
    return prior.fingerprint === fingerprint
      ? prior.response
      : errorResponse("DUPLICATE_CONFLICT", MESSAGES.duplicateConflict);
  }
  const txId = deps.newTxId();
  const decision = await decide(tx, request, player, txId);
  if (decision.kind === "refuse") return decision.response;

  const createdAt = new Date(deps.clock()).toISOString();
  const isMoney = request.action !== "balance";
  const movement = decision.movement;
  if (movement !== undefined) {
    await tx.postEntry({
      playerId: request.player_id,
      kind: movement.kind,
      amountMinor: movement.amountMinor,
      balanceAfterMinor: movement.balanceAfterMinor,
      callId: request.call_id,
      roundId: isMoney ? request.round_id : undefined,
      createdAt,
    });
  }
  const record: CallRecord = {
    callId: request.call_id,
    txId,
    fingerprint,
    action: request.action,
    playerId: request.player_id,
    amountMinor: isMoney ? request.amount : undefined,
    rb: isMoney ? request.rb : 0,
    rbCallId: isMoney ? request.rb_call_id : undefined,
    roundId: isMoney ? request.round_id : undefined,
    gameId: request.game_id,
    applied: movement !== undefined,
    response: decision.response,
    createdAt,
  };
  await tx.insertCall(record);
  return decision.response;
}

async function decide(
  tx: WalletTransaction,
  request: WalletRequest,
  player: Player | undefined,
  txId: string,
): Promise<Decision> {
  const isOriginal = request.action !== "balance" && request.rb === 0;
  if (isOriginal && (await tx.findRollbackOf(request.call_id)) !== undefined) {
    return refusalRecorded("ROLLED_BACK", MESSAGES.rolledBack);
  }
  if (player === undefined) return refusalRecorded("PLAYER_NOT_FOUND", MESSAGES.playerNotFound);
  if (player.blocked && !settlesWhenBlocked(request)) {
    return refusalRecorded("PLAYER_BLOCKED", MESSAGES.playerBlocked);
  }
  if (request.currency !== player.currency) {
    return refusalRecorded("CURRENCY_MISMATCH", MESSAGES.currencyMismatch);
  }
  if (request.action === "balance") return decideBalance(player, txId);
  if (request.rb === 1) {
    // The shape check already refuses this; kept so that a rollback can never pass as a bet.
    if (request.rb_call_id === undefined) {
      return { kind: "refuse", response: errorResponse("INVALID_REQUEST", MESSAGES.rollbackWithoutTarget) };
    }
    return decideRollback(tx, { ...request, rb_call_id: request.rb_call_id }, player, txId);
  }
  return request.action === "debit"
    ? decideDebit(request, player, txId)
    : decideCredit(request, player, txId);
}

/**
 * Wins, returned bets and taken-back wins settle even for a blocked player: they finish rounds
 * the player already played, and money owed to a player must land. Only new play is refused.
 */
function settlesWhenBlocked(request: WalletRequest): boolean {
  return request.action === "credit" || (request.action === "debit" && request.rb === 1);
}

function refusalRecorded(
  code: "ROLLED_BACK" | "PLAYER_NOT_FOUND" | "PLAYER_BLOCKED" | "CURRENCY_MISMATCH",
  message: string,
): Decision {
  return { kind: "answer", response: errorResponse(code, message) };
}
