/**
 * The human text of every refusal the duty rules give. Messages never echo request values or
 * reveal anything beyond the code itself.
 */
export const MESSAGES = {
  duplicateConflict: "call_id was already used with different content",
  rolledBack: "the call was rolled back before it arrived",
  playerNotFound: "player not found",
  playerBlocked: "player is blocked",
  currencyMismatch: "currency is not the player's wallet currency",
  insufficientFunds: "insufficient funds",
  balanceTooLarge: "the balance would exceed the largest supported amount",
  rollbackWithoutTarget: "rb 1 requires rb_call_id",
  rollbackOfBalance: "rb_call_id names a balance call",
  rollbackOfRollback: "rb_call_id names a rollback",
  rollbackSameAction: "a rollback must be the opposite action of its original",
  rollbackOtherPlayer: "rb_call_id names another player's call",
  rollbackAmount: "rollback amount differs from the original's",
} as const;
