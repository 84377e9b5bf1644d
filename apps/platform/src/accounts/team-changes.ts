import { recordAudit } from "../audit/audit-log.ts";
import type { ServiceDeps } from "../deps.ts";
import { listTeam } from "./team.ts";
import type { TeamRole } from "./tables.ts";

type Deps = Pick<ServiceDeps, "db" | "clock" | "ids">;
type Fail<C extends string> = { ok: false; code: C; message: string };
type Change = { operatorId: string; actorId: string; userId: string };

/** Whether the change would leave the team without an owner. */
async function lastOwner(deps: Deps, operatorId: string, userId: string): Promise<boolean> {
  const { members } = await listTeam(deps, operatorId);
  const owners = members.filter((m) => m.role === "owner");
  return owners.length === 1 && owners[0]?.userId === userId;
}

async function memberOf(deps: Deps, operatorId: string, userId: string) {
  const { members } = await listTeam(deps, operatorId);
  return members.find((m) => m.userId === userId);
}

/** Gives a member another role; the last owner keeps theirs. */
export async function changeRole(
  deps: Deps,
  input: Change & { role: TeamRole },
): Promise<{ ok: true } | Fail<"MEMBER_NOT_FOUND" | "LAST_OWNER">> {
  const member = await memberOf(deps, input.operatorId, input.userId);
  if (member === undefined)
    return { ok: false, code: "MEMBER_NOT_FOUND", message: "No such member in your team." };
  if (input.role !== "owner" && (await lastOwner(deps, input.operatorId, input.userId)))
    return { ok: false, code: "LAST_OWNER", message: "Make someone else owner first." };
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("team_members").where("user_id", "=", input.userId).execute();
    await trx
      .insertInto("team_members")
      .values({
        user_id: input.userId,
        operator_id: input.operatorId,
        role: input.role,
        invited_by: null,
        created_at_ms: now,
        updated_at_ms: now,
      })
      .execute();
    await recordAudit(deps, trx, {
      actor: { kind: "operator_user", id: input.actorId },
      action: "team.role",
      targetKind: "operator_user",
      targetId: input.userId,
      details: { from: member.role, to: input.role },
    });
  });
  return { ok: true };
}

/** Removes a member: the user, its role and its sessions go at once. */
export async function removeMember(
  deps: Deps,
  input: Change,
): Promise<{ ok: true } | Fail<"MEMBER_NOT_FOUND" | "LAST_OWNER">> {
  const member = await memberOf(deps, input.operatorId, input.userId);
  if (member === undefined)
    return { ok: false, code: "MEMBER_NOT_FOUND", message: "No such member in your team." };
  if (await lastOwner(deps, input.operatorId, input.userId))
    return { ok: false, code: "LAST_OWNER", message: "The last owner cannot be removed." };
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("auth_sessions")
      .where("realm", "=", "backoffice")
      .where("subject_id", "=", input.userId)
      .execute();
    await trx
      .deleteFrom("account_totp")
      .where("realm", "=", "backoffice")
      .where("subject_id", "=", input.userId)
      .execute();
    await trx.deleteFrom("team_members").where("user_id", "=", input.userId).execute();
    await trx
      .deleteFrom("operator_users")
      .where("id", "=", input.userId)
      .where("operator_id", "=", input.operatorId)
      .execute();
    await recordAudit(deps, trx, {
      actor: { kind: "operator_user", id: input.actorId },
      action: "team.remove",
      targetKind: "operator_user",
      targetId: input.userId,
      details: { email: member.email, role: member.role },
    });
  });
  return { ok: true };
}

/** Withdraws an open invitation of the operator. */
export async function revokeInvite(
  deps: Deps,
  input: { operatorId: string; inviteId: string },
): Promise<boolean> {
  const result = await deps.db
    .updateTable("team_invites")
    .set({ revoked_at_ms: deps.clock() })
    .where("id", "=", input.inviteId)
    .where("operator_id", "=", input.operatorId)
    .where("accepted_at_ms", "is", null)
    .where("revoked_at_ms", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
