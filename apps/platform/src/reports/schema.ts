import { Type } from "typebox";
import { CurrencyCode, EnvironmentSchema, UtcDay } from "../http/schemas.ts";

const Day = UtcDay("A day, YYYY-MM-DD (UTC), inclusive.");

const ReportQueryFields = {
  from: Day,
  to: Day,
  grain: Type.Optional(
    Type.Enum(["day", "hour"], { description: "Buckets (default day); hour covers at most 31 days." }),
  ),
  providerId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  gameId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
  currency: Type.Optional(CurrencyCode()),
  format: Type.Optional(
    Type.Enum(["json", "csv"], { description: "csv: one line per row, a header first." }),
  ),
};

export const ReportQuerySchema = Type.Object(ReportQueryFields, { additionalProperties: false });

/** Backoffice and admin choose the environment (default live); /v1 has the credential's. */
export const ReportQueryWithEnvironment = Type.Object(
  { ...ReportQueryFields, environment: Type.Optional(EnvironmentSchema) },
  { additionalProperties: false },
);

const Totals = {
  rounds: Type.Integer(),
  betsMinor: Type.Integer(),
  winsMinor: Type.Integer(),
  rolledBackBetsMinor: Type.Integer(),
  rolledBackWinsMinor: Type.Integer(),
  ggrMinor: Type.Integer(),
  rollbacks: Type.Integer(),
  manualResolutionCalls: Type.Integer(),
};

export const ReportRowSchema = Type.Object({
  bucketStartMs: Type.Integer(),
  providerId: Type.String(),
  gameId: Type.String(),
  currency: Type.String(),
  players: Type.Integer({ description: "Distinct players in the bucket." }),
  ...Totals,
});

export const ReportSchema = Type.Object({
  environment: EnvironmentSchema,
  grain: Type.Enum(["day", "hour"]),
  from: Type.String(),
  to: Type.String(),
  rows: Type.Array(ReportRowSchema),
  totalsByCurrency: Type.Array(Type.Object({ currency: Type.String(), ...Totals })),
});
