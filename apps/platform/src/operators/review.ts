import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import { enqueueNotification } from "../notifications/enqueue.ts";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { ServiceDeps } from "../deps.ts";
import { checkGoLiveGate } from "../go-live/go-live.ts";
import { presentOperator, type Operator } from "./operators.ts";
import { fail, type Failure } from "./problems.ts";
import { insertSalt } from "./salt-keys.ts";
import { canTransition, type OperatorStatus, type StatusAction } from "./status.ts";
import { insertDefaultWalletSettings } from "./wallet-settings.ts";

const ENVIRONMENTS: readonly Environment[] = ["sandbox", "live"];

export type StatusChangeResult =
  | { ok: true; operator: Operator }
  | Failure<"OPERATOR_NOT_FOUND" | "INVALID_STATUS_TRANSITION" | "GO_LIVE_CONDITIONS_NOT_MET">;

export interface StatusChangeInput {
  readonly operatorId: string;
  readonly actor: AuditActor;
  /** Required for reject and suspend; shown to the operator. */
  readonly reason?: string | undefined;
}

/**
 * Changes an operator's status by an admin action, enforcing TRANSITIONS. The update is
 * conditional on the status read (compare-and-set), so two admins acting at once cannot both
 * succeed; the loser gets INVALID_STATUS_TRANSITION from the status the winner left.
 * Approval also provisions both environments (an active salt and default wallet settings),
 * all in the same transaction as the status change and its audit entry. Going live must pass
 * the go-live gate first; its evidence goes into the audit entry.
 */
export async function changeOperatorStatus(
  deps: Pick<
    ServiceDeps,
    "db" | "clock" | "ids" | "secretBox" | "walletEndpointChanged" | "logger" | "prepaidCredit"
  >,
  action: StatusAction,
  input: StatusChangeInput,
): Promise<StatusChangeResult> {
  const result = await deps.db.transaction().execute(async (trx): Promise<StatusChangeResult> => {
    const current = await trx
      .selectFrom("operators")
      .selectAll()
      .where("id", "=", input.operatorId)
      .executeTakeFirst();
    if (current === undefined) return fail("OPERATOR_NOT_FOUND", `No operator ${input.operatorId}.`);
    if (!canTransition(action, current.status)) {
      return fail(
        "INVALID_STATUS_TRANSITION",
        `Cannot ${action.replace("_", " ")} an operator that is ${current.status}.`,
        {
          currentStatus: current.status,
          action,
        },
      );
    }
    // Going live is gated (go-live/readiness.ts): checked here, so no caller can skip it.
    let gateEvidence: Record<string, unknown> = {};
    if (action === "go_live") {
      const gate = await checkGoLiveGate(deps, trx, input.operatorId);
      if (!gate.ok) return gate;
      gateEvidence = gate.evidence;
    }
    const now = deps.clock();
    const next = nextState(action, current.status, current.status_before_suspension, input.reason);
    const updated = await trx
      .updateTable("operators")
      .set({ ...next, updated_at_ms: now })
      .where("id", "=", input.operatorId)
      .where("status", "=", current.status)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      return fail(
        "INVALID_STATUS_TRANSITION",
        "The operator's status changed meanwhile; reload and try again.",
      );
    }
    if (action === "approve") {
      for (const environment of ENVIRONMENTS) {
        await insertSalt(deps, trx, {
          operatorId: input.operatorId,
          environment,
          state: "active",
          nowMs: now,
        });
        await insertDefaultWalletSettings(trx, input.operatorId, environment, now);
      }
    }
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: `operator.${action}`,
      targetKind: "operator",
      targetId: input.operatorId,
      details: {
        ...gateEvidence,
        from: current.status,
        to: next.status,
        ...(input.reason === undefined ? {} : { reason: input.reason }),
      },
    });
    if (action === "approve" || action === "reject") {
      // The operator is told, from the outbox, in the same transaction as the decision.
      await enqueueNotification(deps, trx, {
        operatorId: input.operatorId,
        event: action === "approve" ? "application.approved" : "application.rejected",
        dedupeKey: `application.${action}`,
        data: input.reason === undefined ? {} : { reason: input.reason },
      });
    }
    return { ok: true, operator: presentOperator({ ...current, ...next, updated_at_ms: now }) };
  });
  if (result.ok)
    for (const environment of ENVIRONMENTS) deps.walletEndpointChanged(input.operatorId, environment);
  return result;
}

function nextState(
  action: StatusAction,
  from: OperatorStatus,
  beforeSuspension: "sandbox" | "live" | null,
  reason: string | undefined,
): {
  status: OperatorStatus;
  status_before_suspension: "sandbox" | "live" | null;
  status_reason: string | null;
} {
  switch (action) {
    case "approve":
      return { status: "sandbox", status_before_suspension: null, status_reason: null };
    case "reject":
      return { status: "rejected", status_before_suspension: null, status_reason: reason ?? null };
    case "go_live":
      return { status: "live", status_before_suspension: null, status_reason: null };
    case "suspend":
      return {
        status: "suspended",
        status_before_suspension: from === "live" ? "live" : "sandbox",
        status_reason: reason ?? null,
      };
    case "reinstate":
      return { status: beforeSuspension ?? "sandbox", status_before_suspension: null, status_reason: null };
  }
}
