import { Type } from "typebox";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../auth/passwords.ts";
import { EnvironmentSchema, EpochMs } from "../http/schemas.ts";
import { OPERATOR_STATUSES } from "../operators/status.ts";
import { WALLET_SETTING_BOUNDS } from "../operators/wallet-settings.ts";

export const Email = Type.String({ format: "email", minLength: 3, maxLength: 254 });
export const Password = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH });
// Every patterned field names a real example: without one, Swagger UI makes one up from the
// pattern ("currency": "IRE").
const Currency = Type.String({ pattern: "^[A-Z]{3}$", description: "ISO 4217 code", examples: ["EUR"] });
const Text = (maxLength: number, example: string) =>
  Type.String({ minLength: 1, maxLength, pattern: "\\S", examples: [example] });
const HttpUrl = Type.String({
  pattern: "^https?://",
  maxLength: 2048,
  format: "uri",
  examples: ["https://wallet.luckystar.example/croupier"],
});

export const VolumeRangeSchema = Type.Enum(["under_100k", "100k_1m", "1m_10m", "10m_100m", "over_100m"], {
  description: "Monthly turnover band in EUR equivalent.",
});

export const ExpectedVolumeSchema = Type.Union([
  Type.Object(
    {
      amountMinor: Type.Integer({
        minimum: 0,
        maximum: Number.MAX_SAFE_INTEGER,
        description: "Minor units of `currency`.",
      }),
      currency: Currency,
    },
    { additionalProperties: false },
  ),
  Type.Object({ range: VolumeRangeSchema }, { additionalProperties: false }),
]);

export const RegistrationBody = Type.Object(
  {
    companyName: Text(200, "Lucky Star Casino Ltd"),
    website: { ...HttpUrl, examples: ["https://luckystar.example"] },
    contact: Type.Object({ name: Text(200, "Ada Lovelace"), email: Email }, { additionalProperties: false }),
    licenceJurisdictions: Type.Array(
      Type.String({
        pattern: "^[A-Z]{2}(-[A-Z0-9]{1,3})?$",
        description: "ISO 3166 code, e.g. MT, GB, US-NJ",
        examples: ["MT"],
      }),
      { minItems: 1, maxItems: 50 },
    ),
    currencies: Type.Array(Currency, { minItems: 1, maxItems: 50 }),
    expectedMonthlyVolume: ExpectedVolumeSchema,
    platformDescription: Text(5000, "Online casino, 40k monthly active players, in-house wallet."),
    user: Type.Object({ email: Email, password: Password }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

export const RegistrationResponse = Type.Object({
  operatorId: Type.String(),
  userId: Type.String(),
  status: Type.Literal("pending"),
});

export const LoginBody = Type.Object(
  { email: Email, password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }) },
  { additionalProperties: false },
);

export const OperatorStatusSchema = Type.Enum(OPERATOR_STATUSES);

export const OperatorSchema = Type.Object({
  id: Type.String(),
  companyName: Type.String(),
  website: Type.String(),
  contact: Type.Object({ name: Type.String(), email: Type.String() }),
  licenceJurisdictions: Type.Array(Type.String()),
  currencies: Type.Array(Type.String()),
  expectedMonthlyVolume: ExpectedVolumeSchema,
  platformDescription: Type.String(),
  status: OperatorStatusSchema,
  statusBeforeSuspension: Type.Union([Type.Literal("sandbox"), Type.Literal("live"), Type.Null()]),
  statusReason: Type.Union([Type.String(), Type.Null()], {
    description: "Why it was rejected or suspended.",
  }),
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
});

export const UserSchema = Type.Object({
  id: Type.String(),
  operatorId: Type.String(),
  email: Type.String(),
  createdAtMs: EpochMs,
  lastLoginAtMs: Type.Union([EpochMs, Type.Null()]),
});

export const LoginResponse = Type.Object({
  token: Type.String({ description: "Send as `Authorization: Bearer <token>`." }),
  expiresAtMs: EpochMs,
  user: UserSchema,
});

export const MeResponse = Type.Object({
  user: UserSchema,
  operator: OperatorSchema,
  canLaunchGames: Type.Object({ sandbox: Type.Boolean(), live: Type.Boolean() }),
});

export const EnvironmentParams = Type.Object({ environment: EnvironmentSchema });

export const CredentialSchema = Type.Object({
  id: Type.String(),
  environment: EnvironmentSchema,
  label: Type.String(),
  prefix: Type.String({ description: "Start of the token, to recognise it; never the secret." }),
  createdAtMs: EpochMs,
  revokedAtMs: Type.Union([EpochMs, Type.Null()]),
  lastUsedAtMs: Type.Union([EpochMs, Type.Null()]),
});

export const CreateCredentialBody = Type.Object(
  { environment: EnvironmentSchema, label: Text(100, "production servers") },
  { additionalProperties: false },
);

export const CreatedCredentialResponse = Type.Object({
  credential: CredentialSchema,
  token: Type.String({ description: "Shown only now: store it safely. Only a hash is kept." }),
});

export const SaltKeySchema = Type.Object({
  id: Type.String(),
  state: Type.Enum(["active", "pending"]),
  salt: Type.String(),
  createdAtMs: EpochMs,
  activatedAtMs: Type.Union([EpochMs, Type.Null()]),
});

export const SaltKeysResponse = Type.Object({
  environment: EnvironmentSchema,
  keys: Type.Array(SaltKeySchema, {
    description: "The active salt and, during a rotation, the pending one.",
  }),
});

const Bounded = (bounds: { min: number; max: number; default: number }, description: string) =>
  Type.Integer({
    minimum: bounds.min,
    maximum: bounds.max,
    description: `${description} Default ${bounds.default}.`,
  });

export const WalletSettingsSchema = Type.Object({
  environment: EnvironmentSchema,
  callbackUrl: Type.Union([Type.String(), Type.Null()]),
  timeoutMs: Type.Integer(),
  maxConcurrency: Type.Integer(),
  breakerFailureThreshold: Type.Integer(),
  breakerCooldownMs: Type.Integer(),
  profile: Type.Enum(["native", "gamehub"]),
  updatedAtMs: EpochMs,
});

export const WalletSettingsBody = Type.Object(
  {
    callbackUrl: Type.Optional(Type.Union([HttpUrl, Type.Null()])),
    timeoutMs: Type.Optional(
      Bounded(WALLET_SETTING_BOUNDS.timeoutMs, "No answer within this time is an unknown outcome."),
    ),
    maxConcurrency: Type.Optional(
      Bounded(WALLET_SETTING_BOUNDS.maxConcurrency, "Most calls in flight at once."),
    ),
    breakerFailureThreshold: Type.Optional(
      Bounded(
        WALLET_SETTING_BOUNDS.breakerFailureThreshold,
        "Consecutive unknown outcomes that open the circuit.",
      ),
    ),
    breakerCooldownMs: Type.Optional(
      Bounded(WALLET_SETTING_BOUNDS.breakerCooldownMs, "How long an open circuit waits before a trial call."),
    ),
    profile: Type.Optional(
      Type.Enum(["native", "gamehub"], {
        description:
          "How calls are encoded (docs/protocol.md). `native`: JSON POST with a Standard Webhooks body " +
          "signature. `gamehub`: the compatibility profile, a GET query answered {error:0|1|2}; it carries NO " +
          "body signature, so a captured call URL can be replayed with another amount inside the timestamp " +
          "window: prefer native, or accept calls only from the platform's egress addresses. Under gamehub " +
          "a bet whose outcome is unknown is not rolled back automatically but held for review (ADR 0006).",
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

const PlayerId = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: "^[^\\u0000-\\u001f\\u007f]+$",
  examples: ["player-1042"],
});

export const TestCallBody = Type.Object(
  { playerId: PlayerId, currency: Type.Optional(Currency) },
  { additionalProperties: false },
);

export const ConfirmSaltBody = Type.Object(
  {
    playerId: Type.Optional(PlayerId),
    currency: Type.Optional(Currency),
  },
  { additionalProperties: false },
);

export const WalletCallReportSchema = Type.Object({
  request: Type.Object({
    method: Type.Enum(["POST", "GET"]),
    url: Type.String(),
    headers: Type.Record(Type.String(), Type.String()),
    body: Type.Union([Type.String(), Type.Null()]),
  }),
  response: Type.Union([
    Type.Object({
      httpStatus: Type.Integer(),
      contentType: Type.Union([Type.String(), Type.Null()]),
      body: Type.String(),
      truncated: Type.Boolean(),
    }),
    Type.Null(),
  ]),
  outcome: Type.Object(
    {
      kind: Type.Enum(["ok", "refused", "unknown"]),
      balance: Type.Optional(Type.Integer()),
      code: Type.Optional(Type.String()),
      message: Type.Optional(Type.String()),
      reason: Type.Optional(Type.String()),
      txId: Type.Optional(Type.String()),
    },
    { description: "ok; refused (a definite protocol refusal, `code`); unknown (`reason`)." },
  ),
  durationMs: Type.Number(),
});

export const ConfirmSaltResponse = Type.Object({ active: SaltKeySchema, testCall: WalletCallReportSchema });
