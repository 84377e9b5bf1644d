import type { Insertable, Selectable } from "kysely";
import type { Environment } from "../callbacks/wallet-endpoint.ts";

/**
 * `open`: bets and wins may be added. `closed`: its last call (a credit with `round_closed`) is
 * in the outbox. `void`: closed without any call to close, because no debit of it was ever
 * acknowledged (every bet refused or rolled back), so the operator holds nothing for it.
 */
export type RoundStatus = "open" | "closed" | "void";

/** Who closed a round: the game (`settleWin` with closeRound) or the abandoned-round sweeper. */
export type RoundCloseReason = "game" | "abandoned";

export interface RoundsTable {
  round_id: string;
  operator_id: string;
  environment: Environment;
  session_id: string;
  player_id: string;
  currency: string;
  game_id: string;
  status: RoundStatus;
  /** Fingerprint of what opened it, so that reopening the same id with other content is a conflict. */
  request_hash: string;
  opened_at_ms: number;
  closed_at_ms: number | null;
  close_reason: RoundCloseReason | null;
}

export interface RoundTables {
  rounds: RoundsTable;
}

export type RoundRow = Selectable<RoundsTable>;
export type NewRoundRow = Insertable<RoundsTable>;
