import { Type } from "typebox";
import { EnvironmentSchema, EpochMs } from "../http/schemas.ts";
import { PageQuery } from "../pagination/cursor.ts";
import { MAX_ONLY_ENTRIES, MAX_TEST_PLAYERS } from "./limits.ts";
import { CONFORMANCE_RUN_STATUSES } from "./tables.ts";

/** A player id as the protocol carries it: 1–64 characters, no control characters, no edge spaces. */
const PlayerId = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: "^(?!\\s)(?!.*\\s$)[^\\u0000-\\u001f\\u007f]+$",
  examples: ["conformance-player-1"],
});

export const StartRunBody = Type.Object(
  {
    players: Type.Array(PlayerId, {
      minItems: 2,
      maxItems: MAX_TEST_PLAYERS,
      uniqueItems: true,
      description:
        "Test players the operator created, each with at least 1000 minor units; the kit puts every cent back.",
    }),
    currency: Type.String({
      pattern: "^[A-Z]{3}$",
      description: "The test players' currency (ISO 4217), one of the operator's.",
      examples: ["EUR"],
    }),
    requireBodySignature: Type.Optional(
      Type.Boolean({
        description: "The wallet refuses calls whose webhook-signature does not verify; adds that check.",
      }),
    ),
    only: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
        maxItems: MAX_ONLY_ENTRIES,
        uniqueItems: true,
        description:
          "Run only these check ids or areas (e.g. `rollback`). Only full runs count for going live.",
      }),
    ),
  },
  { additionalProperties: false },
);

export const RunStatusSchema = Type.Enum(CONFORMANCE_RUN_STATUSES);

export const RunSummarySchema = Type.Object({
  total: Type.Integer(),
  passed: Type.Integer(),
  warned: Type.Integer(),
  failed: Type.Integer(),
  requiredFailed: Type.Integer(),
  advisoryFailed: Type.Integer(),
  skipped: Type.Integer(),
});

export const RunCheckSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  area: Type.String(),
  required: Type.Boolean(),
  status: Type.Enum(["pass", "fail", "warn", "skip"]),
  durationMs: Type.Number(),
  message: Type.Union([Type.String(), Type.Null()], {
    description: "Why it failed or was skipped, or its warnings.",
  }),
});

const runFields = {
  id: Type.String(),
  environment: EnvironmentSchema,
  status: RunStatusSchema,
  callbackUrl: Type.String({ description: "The URL tested, as it was when the run started." }),
  players: Type.Array(Type.String()),
  currency: Type.String(),
  requireBodySignature: Type.Boolean(),
  only: Type.Array(Type.String(), { description: "Empty: every check (a full run)." }),
  fullRun: Type.Boolean({ description: "Every check ran: only full passing runs count for going live." }),
  startedBy: Type.Object({ kind: Type.Enum(["operator_user", "api_credential"]), id: Type.String() }),
  createdAtMs: EpochMs,
  finishedAtMs: Type.Union([EpochMs, Type.Null()]),
  progress: Type.Object({
    checksDone: Type.Integer(),
    checksTotal: Type.Union([Type.Integer(), Type.Null()]),
    currentCheck: Type.Union([Type.String(), Type.Null()], { description: "The check in progress." }),
    lastCheck: Type.Union([Type.Object({ id: Type.String(), status: Type.String() }), Type.Null()], {
      description: "The latest check that finished, and how.",
    }),
  }),
  summary: Type.Union([RunSummarySchema, Type.Null()]),
  failedChecks: Type.Array(Type.String(), { description: "Ids of the checks that failed." }),
  abort: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()], {
    description:
      "Why the run stopped without a verdict: the kit's setup codes (UNREACHABLE, BAD_SALT, PLAYER_SETUP, CURRENCY, CLOCK, BAD_OPTIONS), INTERRUPTED, RUN_TIME_LIMIT or PLATFORM_ERROR.",
  }),
};

/** A run as lists show it. */
export const RunSchema = Type.Object(runFields);

/** One run with each check's outcome (the evidence is in the report downloads). */
export const RunDetailSchema = Type.Object({
  ...runFields,
  checks: Type.Array(RunCheckSchema, { description: "Empty while running." }),
  reports: Type.Union([Type.Object({ json: Type.String(), junit: Type.String() }), Type.Null()], {
    description: "Paths of the report downloads, once the kit wrote a report.",
  }),
});

export const RunIdParams = Type.Object({ runId: Type.String({ minLength: 1, maxLength: 64 }) });

export const RunListQuery = Type.Object(
  { status: Type.Optional(RunStatusSchema), ...PageQuery },
  { additionalProperties: false },
);
