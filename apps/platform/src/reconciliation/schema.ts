import { Type } from "typebox";
import { UtcDay } from "../http/schemas.ts";
import { EnvironmentSchema } from "../http/schemas.ts";
import { PageQuery } from "../pagination/cursor.ts";

const Day = UtcDay("YYYY-MM-DD (UTC), inclusive.");

export const UploadQuery = Type.Object({ from: Day, to: Day }, { additionalProperties: false });
export const BackofficeUploadQuery = Type.Object(
  { from: Day, to: Day, environment: Type.Optional(EnvironmentSchema) },
  { additionalProperties: false },
);
export const ReconciliationParams = Type.Object(
  {
    reconciliationId: Type.String({
      minLength: 1,
      maxLength: 64,
      pattern: "^[A-Za-z0-9_-]+$",
      examples: ["rec_4k2m9x7q1w3e5r6t"],
    }),
  },
  { additionalProperties: false },
);
export const DifferencesQuery = Type.Object(
  { format: Type.Optional(Type.Enum(["json", "csv"])), ...PageQuery },
  { additionalProperties: false },
);
export const ListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

export const ReconciliationSchema = Type.Object({
  id: Type.String(),
  environment: EnvironmentSchema,
  from: Type.String(),
  to: Type.String(),
  format: Type.Enum(["csv", "jsonl"]),
  status: Type.Enum(["reading", "matching", "done", "failed"]),
  progress: Type.Object({
    bytesRead: Type.Integer(),
    linesRead: Type.Integer(),
    callsToCompare: Type.Integer({
      description:
        "How many comparisons matching makes (our calls of the period and your lines without one): the number of your lines until our calls are compared (exact for a ledger that matches), then exact; 0 while reading.",
    }),
    callsCompared: Type.Integer({
      description: "Compared so far; `matched` and `differences` grow with it.",
    }),
  }),
  matched: Type.Integer(),
  differences: Type.Integer(),
  byKind: Type.Record(Type.String(), Type.Integer()),
  createdAtMs: Type.Integer(),
  finishedAtMs: Type.Union([Type.Integer(), Type.Null()]),
});

export const DifferenceSchema = Type.Object({
  seq: Type.Integer(),
  kind: Type.String(),
  callId: Type.String(),
  roundId: Type.Union([Type.String(), Type.Null()]),
  ours: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  theirs: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  fix: Type.String(),
});
