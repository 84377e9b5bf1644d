import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import type { ServiceDeps } from "../deps.ts";
import type { AccountSubject } from "./account-subject.ts";
import { totpState } from "./totp.ts";

/**
 * Where an admin requires a TOTP second factor: every admin, every operator's users, or one
 * operator's users. A row per scope that requires it; none: optional (the default).
 */
export type TotpScope = "admins" | "operators" | { readonly operatorId: string };

const scopeKey = (scope: TotpScope) => (typeof scope === "string" ? scope : `operator:${scope.operatorId}`);
const OPERATOR_PREFIX = "operator:";

/** An account and, for an operator user, its operator (whose own requirement applies too). */
export interface RequirementSubject extends AccountSubject {
  readonly operatorId?: string;
}

export async function totpRequired(deps: Pick<ServiceDeps, "db">, who: RequirementSubject): Promise<boolean> {
  const scopes =
    who.realm === "admin"
      ? ["admins"]
      : ["operators", ...(who.operatorId === undefined ? [] : [`${OPERATOR_PREFIX}${who.operatorId}`])];
  const row = await deps.db
    .selectFrom("totp_requirements")
    .select("scope")
    .where("scope", "in", scopes)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Whether the account must set up its second factor before doing anything else: required for
 * it, and none enabled yet.
 */
export async function mustEnrollTotp(
  deps: Pick<ServiceDeps, "db">,
  who: RequirementSubject,
): Promise<boolean> {
  if (!(await totpRequired(deps, who))) return false;
  return !(await totpState(deps, who)).enabled;
}

export interface TotpRequirements {
  readonly admins: boolean;
  readonly operators: boolean;
  /** Operators whose users must have one, beyond `operators` (which covers them all). */
  readonly operatorIds: string[];
}

export async function listTotpRequirements(deps: Pick<ServiceDeps, "db">): Promise<TotpRequirements> {
  const rows = await deps.db.selectFrom("totp_requirements").select("scope").orderBy("scope").execute();
  const scopes = rows.map((r) => r.scope);
  return {
    admins: scopes.includes("admins"),
    operators: scopes.includes("operators"),
    operatorIds: scopes
      .filter((s) => s.startsWith(OPERATOR_PREFIX))
      .map((s) => s.slice(OPERATOR_PREFIX.length)),
  };
}

/**
 * Requires (or stops requiring) a second factor in a scope, audit-logged when it changes.
 * Accounts without one are led to set it up at their next request (totp-enrollment-gate.ts);
 * their sessions stay, so nobody is signed out mid-task.
 */
export async function setTotpRequirement(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: { scope: TotpScope; required: boolean; actor: AuditActor },
): Promise<{ changed: boolean }> {
  const key = scopeKey(input.scope);
  return deps.db.transaction().execute(async (trx) => {
    // Decided by the write itself, so two admins setting one scope at once record one change.
    const changed = input.required
      ? Number(
          (
            await trx
              .insertInto("totp_requirements")
              .values({ scope: key, set_by_admin_id: input.actor.id, set_at_ms: deps.clock() })
              .onConflict((oc) => oc.column("scope").doNothing())
              .executeTakeFirst()
          ).numInsertedOrUpdatedRows ?? 0,
        ) === 1
      : Number(
          (await trx.deleteFrom("totp_requirements").where("scope", "=", key).executeTakeFirst())
            .numDeletedRows,
        ) === 1;
    if (!changed) return { changed: false };
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: input.required ? "security.totp_require" : "security.totp_optional",
      targetKind: typeof input.scope === "string" ? "platform" : "operator",
      targetId: typeof input.scope === "string" ? input.scope : input.scope.operatorId,
      details: { scope: key },
    });
    return { changed: true };
  });
}
