import type { LedgerEntry, Player, WalletTransaction } from "../store/wallet-store.ts";

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
}
