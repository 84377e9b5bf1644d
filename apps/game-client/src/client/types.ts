// The JSON of /studio/api, as the platform answers it (../studio-api-schema.ts), and what the
// client knows of the engine-specific parts (configs and displays) the schemas leave open.
import type { Static, TSchema } from "typebox";
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
import type {
  BetLimitsSchema,
  MovementSchema,
  ReplayAnswer,
  RoundAnswer as RoundAnswerSchema,
  RoundSchema,
  SessionInfo,
} from "../studio-api-schema.ts";

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

// The answers' shapes come from the schemas the platform answers with (type-only: not bundled);
// the client narrows the fields it switches on to the engines and states it knows.
type Wire<T extends TSchema> = Static<T>;

export type RoundStatus = Wire<typeof RoundSchema>["status"];
export type Round = Wire<typeof RoundSchema> & { readonly engine: Engine };
export type BetLimits = Wire<typeof BetLimitsSchema>;
export type Session = Wire<typeof SessionInfo> & {
  readonly engine: Engine;
  readonly open_round: Round | null;
};
export type RoundAnswer = Wire<typeof RoundAnswerSchema> & { readonly round: Round };
export type MoneyMovement = Wire<typeof MovementSchema>;
/** A replayed round: the studio API's and the operator API's (`/v1/rounds/:id/replay`) share these fields. */
export type RoundReplay = Wire<typeof ReplayAnswer> & {
  readonly engine: Engine;
  readonly status: RoundStatus;
};

/** How amounts are shown: the session's currency and its ISO exponent. */
export interface MoneyFormat {
  readonly currency: string;
  readonly exponent: number;
}
