import { Type } from "typebox";
import { OperatorStatusSchema } from "../backoffice/schema.ts";
import { EpochMs } from "../http/schemas.ts";
import { GO_LIVE_CONDITIONS } from "./readiness.ts";

export const GoLiveConditionIdSchema = Type.Enum(GO_LIVE_CONDITIONS);

export const GoLiveConditionSchema = Type.Object({
  id: GoLiveConditionIdSchema,
  met: Type.Boolean(),
  reason: Type.String({ description: "What is there, or what is missing and what to do." }),
  callbackUrl: Type.Optional(Type.String()),
  runId: Type.Optional(Type.String()),
  runFinishedAtMs: Type.Optional(EpochMs),
  validUntilMs: Type.Optional(EpochMs),
  balanceMinor: Type.Optional(Type.Integer({ description: "Prepaid credit, minor units." })),
});

export const GoLiveReadinessSchema = Type.Object({
  operatorId: Type.String(),
  status: OperatorStatusSchema,
  conditions: Type.Array(GoLiveConditionSchema),
  missing: Type.Array(GoLiveConditionIdSchema, {
    description: "The unmet conditions; empty when all are met.",
  }),
  ready: Type.Boolean({ description: "Every condition met and the operator in sandbox." }),
  evaluatedAtMs: EpochMs,
});
