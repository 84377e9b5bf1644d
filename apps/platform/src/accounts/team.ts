import { hashPassword } from "../auth/passwords.ts";
import { randomSecret, sha256Hex } from "../auth/tokens.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { ServiceDeps } from "../deps.ts";
import { sendAccountMail } from "./mail.ts";
import type { TeamRole } from "./tables.ts";

/** An invitation link works for a week, once. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type Deps = Pick<ServiceDeps, "db" | "clock" | "ids" | "logger" | "mail">;
type Fail<C extends string> = { ok: false; code: C; message: string };

export interface TeamMember {
  readonly userId: string;
  readonly email: string;
  readonly role: TeamRole;
  readonly createdAtMs: number;
  readonly lastLoginAtMs: number | null;
}

export interface TeamInvite {
  readonly id: string;
  readonly email: string;
  readonly role: TeamRole;
  readonly createdAtMs: number;
  readonly expiresAtMs: number;
}

/** The operator's members (the registering user is an owner) and open invitations. */
export async function listTeam(deps: Pick<ServiceDeps, "db" | "clock">, operatorId: string) {
  const users = await deps.db
    .selectFrom("operator_users")
    .leftJoin("team_members", "team_members.user_id", "operator_users.id")
    .select([
      "operator_users.id",
      "operator_users.email",
      "operator_users.created_at_ms",
      "operator_users.last_login_at_ms",
      "team_members.role",
    ])
    .where("operator_users.operator_id", "=", operatorId)
    .orderBy("operator_users.created_at_ms")
    .execute();
  const invites = await deps.db
    .selectFrom("team_invites")
    .selectAll()
    .where("operator_id", "=", operatorId)
    .where("accepted_at_ms", "is", null)
    .where("revoked_at_ms", "is", null)
    .where("expires_at_ms", ">", deps.clock())
    .orderBy("created_at_ms")
    .execute();
  return {
    members: users.map((u): TeamMember => ({
      userId: u.id,
      email: u.email,
      role: u.role ?? "owner",
      createdAtMs: u.created_at_ms,
      lastLoginAtMs: u.last_login_at_ms,
    })),
    invites: invites.map((i): TeamInvite => ({
      id: i.id,
      email: i.email,
      role: i.role,
      createdAtMs: i.created_at_ms,
      expiresAtMs: i.expires_at_ms,
    })),
  };
}

/** Invites `email` with `role`: the one-time link goes out by mail (acceptUrl + `#token`). */
export async function inviteMember(
  deps: Deps,
  input: { operatorId: string; invitedBy: string; email: string; role: TeamRole; acceptUrl: string },
): Promise<{ ok: true; invite: TeamInvite } | Fail<"EMAIL_TAKEN">> {
  const email = input.email.trim().toLowerCase();
  const taken = await deps.db
    .selectFrom("operator_users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst();
  if (taken !== undefined)
    return { ok: false, code: "EMAIL_TAKEN", message: "An account with this email already exists." };
  const token = `inv_${randomSecret()}`;
  const now = deps.clock();
  const invite = {
    id: deps.ids("inv"),
    operator_id: input.operatorId,
    email,
    role: input.role,
    token_hash: sha256Hex(token),
    invited_by: input.invitedBy,
    created_at_ms: now,
    expires_at_ms: now + INVITE_TTL_MS,
    accepted_at_ms: null,
    revoked_at_ms: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto("team_invites").values(invite).execute();
    await recordAudit(deps, trx, {
      actor: { kind: "operator_user", id: input.invitedBy },
      action: "team.invite",
      targetKind: "operator",
      targetId: input.operatorId,
      details: { inviteId: invite.id, email, role: input.role },
    });
  });
  // The token travels in the fragment: never sent to a server, never in an access log.
  await sendAccountMail(deps, {
    to: email,
    subject: "You are invited to a Croupier backoffice team",
    body: `You were invited as ${input.role}. Choose a password here (the link works once, for 7 days): ${input.acceptUrl}#token=${token}`,
  });
  return {
    ok: true,
    invite: { id: invite.id, email, role: input.role, createdAtMs: now, expiresAtMs: invite.expires_at_ms },
  };
}

/** Accepts an invitation: creates the user with the chosen password and its role. */
export async function acceptInvite(
  deps: Deps,
  input: { token: string; password: string },
): Promise<{ ok: true; userId: string; email: string } | Fail<"INVITE_NOT_FOUND" | "EMAIL_TAKEN">> {
  const now = deps.clock();
  const invite = await deps.db
    .selectFrom("team_invites")
    .selectAll()
    .where("token_hash", "=", sha256Hex(input.token))
    .executeTakeFirst();
  if (
    invite === undefined ||
    invite.accepted_at_ms !== null ||
    invite.revoked_at_ms !== null ||
    invite.expires_at_ms <= now
  )
    return {
      ok: false,
      code: "INVITE_NOT_FOUND",
      message: "This invitation is unknown, used, revoked or expired.",
    };
  const userId = deps.ids("usr");
  const passwordHash = await hashPassword(input.password);
  try {
    await deps.db.transaction().execute(async (trx) => {
      // Only one acceptance wins: the row is claimed before the user is created.
      const claimed = await trx
        .updateTable("team_invites")
        .set({ accepted_at_ms: now })
        .where("id", "=", invite.id)
        .where("accepted_at_ms", "is", null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) throw new InviteRace();
      await trx
        .insertInto("operator_users")
        .values({
          id: userId,
          operator_id: invite.operator_id,
          email: invite.email,
          password_hash: passwordHash,
          created_at_ms: now,
          last_login_at_ms: null,
        })
        .execute();
      await trx
        .insertInto("team_members")
        .values({
          user_id: userId,
          operator_id: invite.operator_id,
          role: invite.role,
          invited_by: invite.invited_by,
          created_at_ms: now,
          updated_at_ms: now,
        })
        .execute();
      await recordAudit(deps, trx, {
        actor: { kind: "operator_user", id: userId },
        action: "team.join",
        targetKind: "operator",
        targetId: invite.operator_id,
        details: { inviteId: invite.id, role: invite.role },
      });
    });
  } catch (error) {
    if (error instanceof InviteRace)
      return { ok: false, code: "INVITE_NOT_FOUND", message: "This invitation was already used." };
    if (isUniqueViolation(error))
      return { ok: false, code: "EMAIL_TAKEN", message: "An account with this email already exists." };
    throw error;
  }
  return { ok: true, userId, email: invite.email };
}

class InviteRace extends Error {}
