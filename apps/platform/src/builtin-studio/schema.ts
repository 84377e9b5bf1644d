import { Type } from "typebox";
import { EpochMs } from "../http/schemas.ts";
import { PageQuery } from "../pagination/cursor.ts";

const Minor = (description: string) =>
  Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description });

export const ExchangeBody = Type.Object(
  {
    play_token: Type.String({
      minLength: 1,
      maxLength: 128,
      description: "The token of the page's URL, `/play/<play_token>`.",
    }),
  },
  { additionalProperties: false },
);

export const PlayBody = Type.Object(
  {
    bet_minor: Type.Integer({
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
      description: "Total stake of the round, minor units; a multiple of `bet_limits.step_minor`.",
    }),
    options: Type.Optional(
      Type.Unknown({
        description:
          "Roulette: `{ bets: [{ type, numbers? | index?, amountMinor }] }` summing to bet_minor. Keno: `{ picks?: number[] }` (omitted: quick pick). Slots and blackjack: none.",
      }),
    ),
  },
  { additionalProperties: false },
);

export const ActBody = Type.Object(
  { action: Type.Enum(["hit", "stand", "double", "split"]) },
  { additionalProperties: false },
);

export const RoundParams = Type.Object({
  round_id: Type.String({
    minLength: 1,
    maxLength: 64,
    pattern: "^[A-Za-z0-9_-]+$",
    examples: ["sr_4k9t2m8q1x7z3v5b"],
  }),
});

export const HistoryQuery = Type.Object(PageQuery);

export const RoundSchema = Type.Object({
  round_id: Type.String(),
  game_id: Type.String(),
  engine: Type.String(),
  status: Type.Enum(["pending_bet", "refused", "in_play", "pending_win", "settled"]),
  bet_minor: Minor("Every stake accepted so far."),
  win_minor: Type.Union([Minor("The credit once final."), Type.Null()]),
  display: Type.Unknown({ description: "What the player saw (engine-specific)." }),
  created_at_ms: EpochMs,
  settled_at_ms: Type.Union([EpochMs, Type.Null()]),
  abandoned: Type.Boolean({
    description:
      "Settled by the platform after the player left the round: the stored win, or a blackjack hand stood and played out.",
  }),
});

const Balance = Type.Union([Type.Integer(), Type.Null()], {
  description: "The balance after the request, minor units; null when the wallet did not report one.",
});

export const RoundAnswer = Type.Object({ round: RoundSchema, balance: Balance });

export const SessionInfo = Type.Object({
  session_id: Type.String(),
  game_id: Type.String(),
  game_name: Type.String(),
  engine: Type.String(),
  currency: Type.String(),
  currency_exponent: Type.Integer({
    minimum: 0,
    description: "Decimal digits of the major unit (ISO 4217).",
  }),
  demo: Type.Boolean(),
  balance: Balance,
  language: Type.String(),
  return_url: Type.String(),
  cashier_url: Type.String(),
  bet_limits: Type.Object({
    min_minor: Type.Integer(),
    max_minor: Type.Integer(),
    step_minor: Type.Integer(),
  }),
  config: Type.Unknown({
    description: "What the client draws: layout, symbols, paylines, pay tables, rules.",
  }),
  open_round: Type.Union([RoundSchema, Type.Null()], { description: "A blackjack hand still in play." }),
});

export const ExchangeAnswer = Type.Object({
  access_token: Type.String({
    description: "Send as `Authorization: Bearer …` to the other /studio/api routes.",
  }),
  expires_at_ms: EpochMs,
  session: SessionInfo,
});

export const HistoryAnswer = Type.Object({
  items: Type.Array(RoundSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

const Movement = Type.Object({
  transaction_id: Type.String(),
  kind: Type.Enum(["bet", "win", "rollback", "end_round"]),
  amount_minor: Type.Union([Type.Integer(), Type.Null()]),
  result: Type.String({ description: "`OK`, the refusal's code, or `pending`." }),
  rollback_of: Type.Union([Type.String(), Type.Null()]),
  at_ms: EpochMs,
});

const WalletCall = Type.Object({
  call_id: Type.String(),
  action: Type.String(),
  amount_minor: Type.Union([Type.Integer(), Type.Null()]),
  rb: Type.Boolean(),
  rb_call_id: Type.Union([Type.String(), Type.Null()]),
  round_closed: Type.Boolean(),
  state: Type.String({ description: "Delivery state in the outbox: ok, refused, pending, unknown, …" }),
  balance_minor: Type.Union([Type.Integer(), Type.Null()]),
  error_code: Type.Union([Type.String(), Type.Null()]),
  created_at_ms: EpochMs,
});

const replayFields = {
  round_id: Type.String(),
  platform_round_id: Type.Union([Type.String(), Type.Null()]),
  game_id: Type.String(),
  game_name: Type.String(),
  engine: Type.String(),
  currency: Type.String(),
  currency_exponent: Type.Integer(),
  demo: Type.Boolean(),
  status: Type.String(),
  created_at_ms: EpochMs,
  settled_at_ms: Type.Union([EpochMs, Type.Null()]),
  bet_minor: Type.Integer(),
  win_minor: Type.Union([Type.Integer(), Type.Null()]),
  config: Type.Unknown(),
  request: Type.Unknown({ description: "The stake and the game's options as the player chose them." }),
  display: Type.Unknown({
    description: "What the player saw, replayed by the engine from the stored draws.",
  }),
  matches_original: Type.Boolean({ description: "The replay equals what was shown at the time." }),
  abandoned: Type.Boolean({
    description: "Settled by the platform's closing credit after the player left the round.",
  }),
  movements: Type.Array(Movement),
};

export const ReplayAnswer = Type.Object(replayFields);

export const OperatorReplayAnswer = Type.Object({
  ...replayFields,
  session_id: Type.String(),
  player_id: Type.String(),
  wallet_calls: Type.Array(WalletCall, { description: "The calls your wallet received for this round." }),
});

/** Round ids the operator knows: the platform round id of wallet calls (`gr_…`), or the studio's (`sr_…`). */
export const OperatorRoundParams = Type.Object({
  round_id: Type.String({
    minLength: 1,
    maxLength: 64,
    pattern: "^[A-Za-z0-9_-]+$",
    examples: ["sr_4k9t2m8q1x7z3v5b"],
  }),
});
