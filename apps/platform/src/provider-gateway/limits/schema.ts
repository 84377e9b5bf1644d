import { Type } from "typebox";
import { CurrencyCode, EpochMs } from "../../http/schemas.ts";
import { PageQuery } from "../../pagination/cursor.ts";

const Currency = CurrencyCode("ISO 4217 code, upper case.");
const Minor = (description: string) =>
  Type.Union([Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description }), Type.Null()]);

export const PlayLimitsParams = Type.Object({ currency: Currency });

export const PlayLimitsBody = Type.Object(
  {
    minBetMinor: Minor(
      "Smallest bet, in the currency's minor units (KWD: thousandths); null: the catalogue's.",
    ),
    maxBetMinor: Minor("Largest bet, in the currency's minor units; null: the catalogue's."),
    maxWinPerRoundMinor: Minor(
      "The most one round may pay in total, in the currency's minor units; null: no cap of yours (the title's or studio's maximum win multiple still applies).",
    ),
  },
  { additionalProperties: false },
);

export const PlayLimitsSchema = Type.Object({
  currency: Type.String(),
  minBetMinor: Type.Union([Type.Integer(), Type.Null()]),
  maxBetMinor: Type.Union([Type.Integer(), Type.Null()]),
  maxWinPerRoundMinor: Type.Union([Type.Integer(), Type.Null()]),
  updatedAtMs: EpochMs,
});

export const WinRefusalQuery = Type.Object(
  {
    ...PageQuery,
    studioId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    operatorId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);

export const WinRefusalSchema = Type.Object({
  id: Type.String(),
  studioId: Type.String(),
  transactionId: Type.String({ description: "The studio's transaction id of the refused win." }),
  operatorId: Type.String(),
  environment: Type.String(),
  sessionId: Type.String(),
  playerId: Type.String(),
  gameId: Type.String(),
  currency: Type.String(),
  roundId: Type.String({ description: "The studio's round id." }),
  demo: Type.Boolean(),
  amountMinor: Type.Integer({ description: "The refused win." }),
  stakesMinor: Type.Integer({ description: "The round's standing stakes when the win came." }),
  paidMinor: Type.Integer({ description: "What the round's earlier wins had paid." }),
  capMinor: Type.Integer({ description: "The most the round may pay in total under `cap`." }),
  cap: Type.Enum(["win_multiple", "operator_max_win"]),
  createdAtMs: EpochMs,
});
