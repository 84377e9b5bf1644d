import type { StudioRoundRow } from "./tables.ts";

/** A round as the game client sees it: never the blackjack state (it holds the hole card). */
export interface RoundView {
  readonly round_id: string;
  readonly game_id: string;
  readonly engine: string;
  readonly status: StudioRoundRow["status"];
  /** Every stake accepted so far, minor units. */
  readonly bet_minor: number;
  /** The credit once final (0 on a loss); null while a hand is in play. */
  readonly win_minor: number | null;
  /** What the player saw: the engine's display (blackjack: `{ view, actions, settlement }`). */
  readonly display: unknown;
  readonly created_at_ms: number;
  readonly settled_at_ms: number | null;
  /** Settled by the platform's closing credit after the player left the round (abandoned-round rule). */
  readonly abandoned: boolean;
}

export function presentRound(row: StudioRoundRow): RoundView {
  return {
    round_id: row.round_ref,
    game_id: row.game_id,
    engine: row.engine,
    status: row.status,
    bet_minor: row.bet_minor,
    win_minor: row.status === "settled" || row.status === "pending_win" ? row.win_minor : null,
    display: JSON.parse(row.display) as unknown,
    created_at_ms: row.created_at_ms,
    settled_at_ms: row.settled_at_ms,
    abandoned: row.abandoned === 1,
  };
}
