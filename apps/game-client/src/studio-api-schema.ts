/**
 * The answers of the built-in studio's player API (`/studio/api`), as TypeBox schemas: the one
 * source of their shape. The platform serializes and documents its answers with them
 * (apps/platform/src/builtin-studio/schema.ts); the browser app takes its types from them with
 * `Static<typeof …>` in type-only imports, which Vite erases, so none of this is bundled.
 * `@croupier/game-client/studio-api-schema`.
 */
import { Type } from "typebox";

const EpochMs = Type.Integer({ minimum: 0, description: "Epoch milliseconds (UTC)." });

const Minor = (description: string) =>
  Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description });

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

export const BetLimitsSchema = Type.Object({
  min_minor: Type.Integer(),
  max_minor: Type.Integer(),
  step_minor: Type.Integer(),
});

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
  bet_limits: BetLimitsSchema,
  rtp: Type.Object(
    {
      percent: Type.String({ description: 'Four decimals: `"95.6809"`.' }),
      basis_points: Type.Integer({
        description: "Rounded half up: what the catalogue shows (9568 = 95.68 %).",
      }),
      method: Type.Enum(["exact", "simulation"], {
        description: "`exact`: computed from the maths; `simulation`: blackjack with basic strategy.",
      }),
    },
    { description: "The title's return to player, from its engine's computation (never a typed-in figure)." },
  ),
  volatility: Type.Enum(["low", "medium", "high"]),
  max_win_multiplier: Type.Number({ description: "An upper bound of one round's win over its stake." }),
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

export const MovementSchema = Type.Object({
  transaction_id: Type.String(),
  kind: Type.Enum(["bet", "win", "rollback", "end_round"]),
  amount_minor: Type.Union([Type.Integer(), Type.Null()]),
  result: Type.String({ description: "`OK`, the refusal's code, or `pending`." }),
  rollback_of: Type.Union([Type.String(), Type.Null()]),
  at_ms: EpochMs,
});

/** A replayed round: the studio API's and the operator API's (`/v1/rounds/:id/replay`) share these fields. */
export const replayFields = {
  round_id: Type.String(),
  platform_round_id: Type.Union([Type.String(), Type.Null()]),
  game_id: Type.String(),
  game_name: Type.String(),
  engine: Type.String(),
  title_version: Type.Union([Type.String(), Type.Null()], {
    description:
      "`sha256:<hex>` of the title's maths (canonical JSON of its definition) the round was played and is replayed with; null for rounds from before versions were recorded.",
  }),
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
  movements: Type.Array(MovementSchema),
};

export const ReplayAnswer = Type.Object(replayFields);
