import { Type } from "typebox";

const SessionToken = Type.String({
  minLength: 1,
  maxLength: 128,
  description: "The studio session token from the launch.",
});
const StudioId = (description: string, example: string) =>
  Type.String({ minLength: 1, maxLength: 128, pattern: "^[!-~]+$", description, examples: [example] });
const TxId = StudioId(
  "Your transaction id: unique per studio; a repeat returns the stored answer.",
  "tx-000184467",
);
const RoundId = StudioId("Your round id.", "round-55120");
const Amount = Type.Integer({
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
  description: "Minor units (cents).",
});
const Currency = Type.String({
  pattern: "^[A-Z]{3}$",
  description: "Optional check: must be the session's currency.",
  examples: ["EUR"],
});
const Balance = Type.Integer({ description: "The player's balance after the request, minor units." });
const Delivery = Type.Enum(["acknowledged", "pending"], {
  description: "`pending`: the credit is owed and being delivered to the operator; the balance comes later.",
});

export const ValidateBody = Type.Object({ session_token: SessionToken }, { additionalProperties: false });
export const ValidateResponse = Type.Object({
  session_id: Type.String(),
  player_id: Type.String(),
  currency: Type.String(),
  game_id: Type.String(),
  language: Type.String(),
  demo: Type.Boolean(),
  balance: Balance,
  return_url: Type.String(),
  cashier_url: Type.String(),
});

export const BalanceBody = Type.Object(
  { session_token: SessionToken, currency: Type.Optional(Currency) },
  { additionalProperties: false },
);
export const BalanceResponse = Type.Object({ balance: Balance, currency: Type.String() });

export const BetBody = Type.Object(
  {
    session_token: SessionToken,
    transaction_id: TxId,
    round_id: RoundId,
    amount: Amount,
    currency: Type.Optional(Currency),
  },
  { additionalProperties: false },
);
export const BetResponse = Type.Object({
  transaction_id: Type.String(),
  balance: Balance,
  currency: Type.String(),
});

export const WinBody = Type.Object(
  {
    session_token: SessionToken,
    transaction_id: TxId,
    round_id: RoundId,
    amount: Amount,
    round_closed: Type.Boolean({ description: "True on the round's last win: the round closes." }),
    currency: Type.Optional(Currency),
  },
  { additionalProperties: false },
);
export const WinResponse = Type.Object({
  transaction_id: Type.String(),
  delivery: Delivery,
  round_closed: Type.Boolean(),
  balance: Type.Optional(Balance),
});

export const EndRoundBody = Type.Object(
  { session_token: SessionToken, transaction_id: TxId, round_id: RoundId },
  { additionalProperties: false },
);

export const RollbackBody = Type.Object(
  {
    session_token: SessionToken,
    transaction_id: TxId,
    bet_transaction_id: StudioId("The transaction id of the bet to roll back.", "tx-000184466"),
    round_id: Type.Optional(RoundId),
  },
  { additionalProperties: false },
);
export const RollbackResponse = Type.Object({
  transaction_id: Type.String(),
  rolled_back: Type.Boolean({
    description: "False when there was nothing to roll back (the bet never stood).",
  }),
  delivery: Delivery,
  balance: Type.Optional(Balance),
  rolled_back_by: Type.Optional(
    Type.String({ description: "Set when another rollback of the bet came first." }),
  ),
});
