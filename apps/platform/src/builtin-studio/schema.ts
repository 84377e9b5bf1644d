import { replayFields } from "@croupier/game-client/studio-api-schema";
import { Type } from "typebox";
import { EpochMs } from "../http/schemas.ts";
import { PageQuery } from "../pagination/cursor.ts";

// The player API's answers are declared once, beside the browser app that reads them.
export {
  ExchangeAnswer,
  HistoryAnswer,
  ReplayAnswer,
  RoundAnswer,
  RoundSchema,
  SessionInfo,
} from "@croupier/game-client/studio-api-schema";

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
