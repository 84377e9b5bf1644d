// The JSON of /studio/api, as the platform answers it (apps/platform/src/builtin-studio/schema.ts).
import type {
  BlackjackAction,
  BlackjackView,
  KenoDisplay,
  LineWin,
  RouletteBet,
  RouletteDisplay,
  SlotDisplay,
  WaysWin,
} from "@croupier/games";

export type Engine = "line-slot" | "ways-slot" | "roulette" | "blackjack" | "keno";

export interface SlotConfig {
  readonly reels: number;
  readonly rows: number;
  readonly symbols: readonly { readonly id: string; readonly kind: "wild" | "scatter" | "regular" }[];
  /** Line slots: `lines[l][reel]` = row crossed (0 = top). */
  readonly lines?: readonly (readonly number[])[];
  readonly betCoins: number;
  readonly pays: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly scatterPays: Readonly<Record<string, number>>;
  readonly freeSpins: { readonly awards: Record<string, number>; readonly multiplier: number } | null;
}
export interface RouletteConfig {
  readonly laPartage: boolean;
}
export interface KenoConfig {
  readonly spots: number;
  readonly pool: number;
  readonly drawn: number;
  readonly pays: Readonly<Record<string, number>>;
}
export interface BlackjackConfig {
  readonly rules: {
    readonly decks: number;
    readonly dealerHitsSoft17: boolean;
    readonly blackjackPays: readonly [number, number];
    readonly doubleAfterSplit: boolean;
    readonly maxHands: number;
  };
}

export interface BlackjackDisplay {
  readonly view: BlackjackView;
  readonly actions: readonly BlackjackAction[];
  readonly settlement: {
    readonly totalBetMinor: number;
    readonly totalWinMinor: number;
    readonly handWinsMinor: readonly number[];
  } | null;
}

export type AnySlotDisplay = SlotDisplay<LineWin> | SlotDisplay<WaysWin>;
export type { BlackjackAction, BlackjackView, KenoDisplay, LineWin, RouletteBet, RouletteDisplay, WaysWin };

export type RoundStatus = "pending_bet" | "refused" | "in_play" | "pending_win" | "settled";

export interface Round {
  readonly round_id: string;
  readonly game_id: string;
  readonly engine: Engine;
  readonly status: RoundStatus;
  readonly bet_minor: number;
  readonly win_minor: number | null;
  readonly display: unknown;
  readonly created_at_ms: number;
  readonly settled_at_ms: number | null;
}

export interface BetLimits {
  readonly min_minor: number;
  readonly max_minor: number;
  readonly step_minor: number;
}

export interface Session {
  readonly session_id: string;
  readonly game_id: string;
  readonly game_name: string;
  readonly engine: Engine;
  readonly currency: string;
  readonly currency_exponent: number;
  readonly demo: boolean;
  readonly balance: number | null;
  readonly language: string;
  readonly return_url: string;
  readonly cashier_url: string;
  readonly bet_limits: BetLimits;
  /** The title's return to player, from its engine's computation. */
  readonly rtp: {
    readonly percent: string;
    readonly basis_points: number;
    readonly method: "exact" | "simulation";
  };
  readonly volatility: "low" | "medium" | "high";
  readonly max_win_multiplier: number;
  readonly config: unknown;
  readonly open_round: Round | null;
}

export interface RoundAnswer {
  readonly round: Round;
  readonly balance: number | null;
}

export interface MoneyMovement {
  readonly transaction_id: string;
  readonly kind: "bet" | "win" | "rollback" | "end_round";
  readonly amount_minor: number | null;
  readonly result: string;
  readonly rollback_of: string | null;
  readonly at_ms: number;
}

/** A replayed round: the studio API's and the operator API's (`/v1/rounds/:id/replay`) share these fields. */
export interface RoundReplay {
  readonly round_id: string;
  readonly platform_round_id: string | null;
  readonly game_id: string;
  readonly game_name: string;
  readonly engine: Engine;
  readonly currency: string;
  readonly currency_exponent: number;
  readonly demo: boolean;
  readonly status: RoundStatus;
  readonly created_at_ms: number;
  readonly settled_at_ms: number | null;
  readonly bet_minor: number;
  readonly win_minor: number | null;
  readonly config: unknown;
  readonly request: { readonly betMinor: number; readonly options?: unknown };
  readonly display: unknown;
  readonly matches_original: boolean;
  readonly movements: readonly MoneyMovement[];
}

/** How amounts are shown: the session's currency and its ISO exponent. */
export interface MoneyFormat {
  readonly currency: string;
  readonly exponent: number;
}
