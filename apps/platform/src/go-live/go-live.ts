import type { Kysely } from "kysely";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import type { Database } from "../db/database.ts";
import type { ServiceDeps } from "../deps.ts";
import { fail, type Failure } from "../operators/problems.ts";
import { evaluateGoLive, type GoLiveReadiness } from "./readiness.ts";

type GateDeps = Pick<ServiceDeps, "clock" | "logger" | "prepaidCredit">;

export type GoLiveGateResult =
  | { ok: true; evidence: Record<string, unknown> }
  | Failure<"OPERATOR_NOT_FOUND" | "GO_LIVE_CONDITIONS_NOT_MET">;

/**
 * The go-live gate, checked by the status change itself (operators/review.ts) inside its
 * transaction, so no caller can let an operator go live without it. Refuses with
 * GO_LIVE_CONDITIONS_NOT_MET, `missing` (exactly the unmet condition ids) and `conditions`
 * (each with its reason); otherwise returns the evidence for the audit entry.
 */
export async function checkGoLiveGate(
  deps: GateDeps,
  db: Kysely<Database>,
  operatorId: string,
): Promise<GoLiveGateResult> {
  const evaluated = await evaluateGoLive({ ...deps, db }, operatorId);
  if (!evaluated.ok) return evaluated;
  const { readiness } = evaluated;
  if (readiness.missing.length > 0) return notMet(readiness);
  return { ok: true, evidence: evidenceOf(readiness) };
}

export type GoLiveRequestResult =
  | { ok: true; readiness: GoLiveReadiness }
  | Failure<"OPERATOR_NOT_FOUND" | "INVALID_STATUS_TRANSITION" | "GO_LIVE_CONDITIONS_NOT_MET">;

/**
 * An operator asks to go live. Only a sandbox operator meeting every condition may ask; the
 * request is audited (`operator.go_live_request`, with the evidence) for staff to act on.
 * Nothing else changes: going live stays an admin decision.
 */
export async function requestGoLive(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "logger" | "prepaidCredit">,
  input: { operatorId: string; actor: AuditActor },
): Promise<GoLiveRequestResult> {
  const evaluated = await evaluateGoLive(deps, input.operatorId);
  if (!evaluated.ok) return evaluated;
  const { readiness } = evaluated;
  if (readiness.status !== "sandbox") {
    return fail(
      "INVALID_STATUS_TRANSITION",
      `Only an operator in sandbox can ask to go live; this one is ${readiness.status}.`,
      { currentStatus: readiness.status, action: "go_live" },
    );
  }
  if (readiness.missing.length > 0) return notMet(readiness);
  await deps.db.transaction().execute((trx) =>
    recordAudit(deps, trx, {
      actor: input.actor,
      action: "operator.go_live_request",
      targetKind: "operator",
      targetId: input.operatorId,
      details: evidenceOf(readiness),
    }),
  );
  return { ok: true, readiness };
}

function notMet(readiness: GoLiveReadiness): Failure<"GO_LIVE_CONDITIONS_NOT_MET"> {
  const reasons = readiness.conditions.filter((c) => !c.met).map((c) => c.reason);
  return fail("GO_LIVE_CONDITIONS_NOT_MET", `Not ready to go live. ${reasons.join(" ")}`, {
    missing: readiness.missing,
    conditions: readiness.conditions,
  });
}

/** What a go-live rests on, for the audit log. */
function evidenceOf(readiness: GoLiveReadiness): Record<string, unknown> {
  const byId = new Map(readiness.conditions.map((c) => [c.id, c]));
  return {
    callbackUrl: byId.get("live_callback_url")?.callbackUrl,
    conformanceRunId: byId.get("passing_live_conformance_run")?.runId,
    conformanceRunFinishedAtMs: byId.get("passing_live_conformance_run")?.runFinishedAtMs,
    prepaidCreditMinor: byId.get("prepaid_credit")?.balanceMinor,
  };
}
