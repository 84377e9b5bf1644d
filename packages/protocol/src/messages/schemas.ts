/**
 * TypeBox (JSON Schema) descriptions of every message, for OpenAPI documents and for readers in
 * other languages. The runtime gate is {@link verifyWalletRequest}: JSON Schema cannot see
 * duplicate keys, `250.0` versus `250`, or control characters, so these schemas are the
 * documented shape, not the check. Extra properties are allowed (forward compatibility).
 */
import Type from "typebox";
import { MAX_ID_LENGTH, MAX_PLAYER_ID_LENGTH } from "../parsing/field-rules.ts";
import { ERROR_CODES } from "../errors/error-codes.ts";

const SafeMinor = (description: string) =>
  Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description });
const CallId = (description: string) =>
  Type.String({ pattern: "^[A-Za-z0-9_-]{1,64}$", minLength: 1, maxLength: 64, description });
const Text = (maxLength: number, description: string) =>
  Type.String({ minLength: 1, maxLength, pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$", description });

const common = {
  call_id: CallId("Unique id of this logical call; identical on every retry"),
  player_id: Text(MAX_PLAYER_ID_LENGTH, "The operator's player id, as given at game launch"),
  session_id: Text(MAX_ID_LENGTH, "The platform's game session id"),
  currency: Type.String({ pattern: "^[A-Z]{3}$", description: "ISO 4217 code of the session" }),
  game_id: Text(MAX_ID_LENGTH, "Game being played"),
  timestamp: Type.Integer({
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
    description: "Unix seconds when this attempt was sent",
  }),
  key: Type.String({ pattern: "^[0-9a-f]{32}$", description: "md5(String(timestamp) + salt_key)" }),
};

const money = {
  ...common,
  round_id: Text(MAX_ID_LENGTH, "Game round the money belongs to"),
  amount: SafeMinor("Minor units of currency; never a float, never a string"),
  rb: Type.Optional(
    Type.Union([Type.Literal(0), Type.Literal(1)], { description: "1: rolls back the call rb_call_id" }),
  ),
  rb_call_id: Type.Optional(CallId("call_id of the call being rolled back; required when rb is 1")),
  round_closed: Type.Optional(Type.Boolean({ description: "true on the last call of the round" })),
};

/** Rollbacks name their original; plain calls must not. */
const rollbackRule = {
  if: { properties: { rb: { const: 1 } }, required: ["rb"] },
  then: { required: ["rb_call_id"] },
  else: { not: { required: ["rb_call_id"] } },
};

/**
 * A `balance` call.
 *
 * @example
 * Value.Check(BalanceRequestSchema, JSON.parse(signCall(unsigned, salt, Date.now()).body)); // true
 */
export const BalanceRequestSchema = Type.Object(
  { action: Type.Literal("balance"), ...common },
  { $id: "BalanceRequest", description: "Ask for the player's balance" },
);

/**
 * A `debit` call (a bet, or with `rb` 1 the rollback of a credit).
 *
 * @example
 * Value.Check(DebitRequestSchema, { action: "debit", amount: 2.5 }); // false
 */
export const DebitRequestSchema = Type.Object(
  { action: Type.Literal("debit"), ...money },
  { $id: "DebitRequest", description: "Take amount from the player", ...rollbackRule },
);

/**
 * A `credit` call (a win, or with `rb` 1 the rollback of a debit).
 *
 * @example
 * Value.Check(CreditRequestSchema, fields); // boolean
 */
export const CreditRequestSchema = Type.Object(
  { action: Type.Literal("credit"), ...money },
  { $id: "CreditRequest", description: "Give amount to the player", ...rollbackRule },
);

/**
 * Any callback request.
 *
 * @example
 * Value.Check(WalletRequestSchema, fields); // boolean
 */
export const WalletRequestSchema = Type.Union(
  [BalanceRequestSchema, DebitRequestSchema, CreditRequestSchema],
  {
    $id: "WalletRequest",
  },
);

/**
 * A success answer.
 *
 * @example
 * Value.Check(OkResponseSchema, { status: "ok", balance: 100 }); // true
 */
export const OkResponseSchema = Type.Object(
  {
    status: Type.Literal("ok"),
    balance: SafeMinor("Player balance in minor units after the call"),
    tx_id: Type.Optional(Type.String({ maxLength: 255, description: "The operator's transaction id" })),
  },
  { $id: "OkResponse" },
);

/**
 * A refusal answer; `balance` is required with INSUFFICIENT_FUNDS.
 *
 * @example
 * Value.Check(ErrorResponseSchema, { status: "error", code: "PLAYER_BLOCKED", message: "no" }); // true
 */
export const ErrorResponseSchema = Type.Object(
  {
    status: Type.Literal("error"),
    code: Type.Union(ERROR_CODES.map((code) => Type.Literal(code))),
    message: Type.String(),
    balance: Type.Optional(SafeMinor("Player balance in minor units; required with INSUFFICIENT_FUNDS")),
  },
  {
    $id: "ErrorResponse",
    if: { properties: { code: { const: "INSUFFICIENT_FUNDS" } }, required: ["code"] },
    then: { required: ["balance"] },
  },
);

/**
 * Any answer (always HTTP 200).
 *
 * @example
 * Value.Check(WalletResponseSchema, JSON.parse(body)); // boolean
 */
export const WalletResponseSchema = Type.Union([OkResponseSchema, ErrorResponseSchema], {
  $id: "WalletResponse",
});
