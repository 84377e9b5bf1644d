import { Type } from "typebox";
import { CALL_STATUSES } from "../history/schema.ts";
import { TimeRangeQuery } from "../history/time-range.ts";
import { EnvironmentSchema, EpochMs } from "../http/schemas.ts";
import { PageOf, PageQuery } from "../pagination/cursor.ts";

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Id = Type.String({
  minLength: 1,
  maxLength: 128,
  pattern: "^[!-~]+$",
  examples: ["wc_4k9t2m8q1x7z3v5b"],
});

export const WalletCallListQuery = Type.Object(
  {
    state: Type.Optional(
      Type.Enum(CALL_STATUSES, {
        description: "Default `manual`: credits and rollbacks waiting for a person.",
      }),
    ),
    operatorId: Type.Optional(Id),
    environment: Type.Optional(EnvironmentSchema),
    action: Type.Optional(Type.Enum(["balance", "debit", "credit"])),
    playerId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    roundId: Type.Optional(Id),
    ...TimeRangeQuery,
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const WalletCallParams = Type.Object({ callId: Id });

export const ResolveBody = Type.Object(
  {
    reason: Type.String({
      minLength: 1,
      maxLength: 1000,
      pattern: "\\S",
      description: "Why the call is closed by hand (e.g. the operator confirmed it applied tx 998877).",
      examples: ["The operator confirmed it applied the credit as tx 998877."],
    }),
  },
  { additionalProperties: false },
);

export const AdminWalletCallSchema = Type.Object({
  callId: Type.String(),
  operatorId: Type.String(),
  environment: EnvironmentSchema,
  action: Type.Enum(["balance", "debit", "credit"]),
  state: Type.Enum(CALL_STATUSES),
  playerId: Type.String(),
  sessionId: Type.String(),
  gameId: Type.String(),
  roundId: Nullable(Type.String()),
  currency: Type.String(),
  amountMinor: Nullable(Type.Integer()),
  rb: Type.Enum([0, 1]),
  rbCallId: Nullable(Type.String()),
  roundClosed: Type.Boolean(),
  attempts: Type.Integer(),
  nextAttemptAtMs: EpochMs,
  retryUntilAtMs: EpochMs,
  leasedUntilAtMs: Nullable(EpochMs),
  balanceMinor: Nullable(Type.Integer()),
  errorCode: Nullable(Type.String()),
  outcomeReason: Nullable(Type.String()),
  txId: Nullable(Type.String()),
  resolvedBy: Nullable(Type.String()),
  resolutionNote: Nullable(Type.String()),
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
  finalAtMs: Nullable(EpochMs),
});

export const AdminAttemptSchema = Type.Object({
  attemptNo: Type.Integer(),
  sender: Type.String({ description: "The lease token (host, process) that sent it." }),
  sentAtMs: EpochMs,
  latencyMicros: Type.Integer(),
  request: Type.String(),
  httpStatus: Nullable(Type.Integer()),
  responseBody: Nullable(Type.String()),
  outcome: Type.Enum(["ok", "refused", "unknown"]),
  errorCode: Nullable(Type.String()),
  reason: Nullable(Type.String()),
});

export const AdminWalletCallPage = PageOf(AdminWalletCallSchema);

export const AdminWalletCallDetail = Type.Object({
  call: AdminWalletCallSchema,
  attempts: Type.Array(AdminAttemptSchema, { description: "The latest attempts, oldest first." }),
});

export const RetryResponse = Type.Object({
  state: Type.Enum(CALL_STATUSES, {
    description: "After this attempt: `ok`, `pending` (backoff continues) or `manual` again.",
  }),
  reason: Nullable(Type.String()),
  call: AdminWalletCallSchema,
});
