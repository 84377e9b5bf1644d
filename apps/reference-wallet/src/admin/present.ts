import type { LedgerEntry, Player } from "../store/types.ts";

/** The admin API's view of a player: snake_case like the wire protocol, money in minor units. */
export interface PlayerView {
  readonly player_id: string;
  readonly currency: string;
  readonly balance: number;
  readonly blocked: boolean;
  readonly created_at: string;
}

export function presentPlayer(player: Player): PlayerView {
  return {
    player_id: player.playerId,
    currency: player.currency,
    balance: player.balanceMinor,
    blocked: player.blocked,
    created_at: player.createdAt,
  };
}

/** One ledger row; `amount` is signed (money in positive), `balance_after` what it left. */
export interface TransactionView {
  readonly entry_id: string;
  readonly kind: LedgerEntry["kind"];
  readonly amount: number;
  readonly balance_after: number;
  readonly call_id?: string;
  readonly round_id?: string;
  readonly reference?: string;
  readonly reason?: string;
  readonly created_at: string;
}

export function presentTransaction(entry: LedgerEntry): TransactionView {
  return {
    entry_id: entry.entryId,
    kind: entry.kind,
    amount: entry.amountMinor,
    balance_after: entry.balanceAfterMinor,
    ...(entry.callId === undefined ? {} : { call_id: entry.callId }),
    ...(entry.roundId === undefined ? {} : { round_id: entry.roundId }),
    ...(entry.reference === undefined ? {} : { reference: entry.reference }),
    ...(entry.reason === undefined ? {} : { reason: entry.reason }),
    created_at: entry.createdAt,
  };
}
