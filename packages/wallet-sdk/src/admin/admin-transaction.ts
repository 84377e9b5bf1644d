import type { LedgerEntry, Player, WalletTransaction } from "../store/wallet-store.ts";

/** One money call as the operator's ledger export shows it (see PlayerAdmin.exportCalls). */
export interface CallLedgerLine {
  readonly callId: string;
  readonly action: "debit" | "credit";
  readonly amountMinor: number;
  /** The player's currency; null when the player is unknown (a PLAYER_NOT_FOUND answer). */
  readonly currency: string | null;
  readonly rb: 0 | 1;
  /** `ok`, or the code it was refused with. */
  readonly status: string;
  readonly createdAt: string;
}

/**
 * What the bundled stores offer inside a transaction beyond the handler's needs, so that
 * {@link createPlayerAdmin} holds the admin rules once for both databases.
 */
export interface AdminTransaction extends WalletTransaction {
  /** Reads without locking. */
  readPlayer(playerId: string): Promise<Player | undefined>;
  /** False when the id is taken. */
  insertPlayer(player: Player): Promise<boolean>;
  /** False for an unknown player. */
  updateBlocked(playerId: string, blocked: boolean): Promise<boolean>;
  /** The ledger row posted with this adjustment reference. */
  findAdjustment(reference: string): Promise<LedgerEntry | undefined>;
  /** Newest first, ids below `beforeEntryId` when given. */
  listLedger(playerId: string, limit: number, beforeEntryId?: string): Promise<LedgerEntry[]>;
  countPlayers(): Promise<number>;
  /** Debits and credits answered in [fromIso, toIso), in call id order after `afterCallId`. */
  listCalls(fromIso: string, toIso: string, afterCallId: string, limit: number): Promise<CallLedgerLine[]>;
}
