import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import { sha256Hex } from "../auth/tokens.ts";
import { recordAudit } from "../audit/audit-log.ts";
import type { ServiceDeps } from "../deps.ts";

type Deps = Pick<ServiceDeps, "db" | "clock" | "ids">;

export interface SignedInSession {
  /** The first 12 hex digits of the token's hash: names a session without revealing it. */
  readonly id: string;
  readonly createdAtMs: number;
  readonly expiresAtMs: number;
  readonly current: boolean;
}

/** The user's live backoffice sessions, newest first, the caller's own marked. */
export async function listSessions(
  deps: Pick<ServiceDeps, "db" | "clock">,
  userId: string,
  currentToken: string,
): Promise<SignedInSession[]> {
  const currentHash = sha256Hex(currentToken);
  const rows = await deps.db
    .selectFrom("auth_sessions")
    .select(["token_hash", "created_at_ms", "expires_at_ms"])
    .where("realm", "=", "backoffice")
    .where("subject_id", "=", userId)
    .where("expires_at_ms", ">", deps.clock())
    .orderBy("created_at_ms", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.token_hash.slice(0, 12),
    createdAtMs: r.created_at_ms,
    expiresAtMs: r.expires_at_ms,
    current: r.token_hash === currentHash,
  }));
}

/** Signs the user out everywhere but here; returns how many sessions ended. */
export async function signOutElsewhere(deps: Deps, userId: string, currentToken: string): Promise<number> {
  const result = await deps.db
    .deleteFrom("auth_sessions")
    .where("realm", "=", "backoffice")
    .where("subject_id", "=", userId)
    .where("token_hash", "!=", sha256Hex(currentToken))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Changes the password after checking the current one; every other session ends (whoever knew
 * the old password is signed out), this one stays.
 */
export async function changePassword(
  deps: Deps,
  input: { userId: string; currentToken: string; current: string; next: string },
): Promise<{ ok: true } | { ok: false; code: "INVALID_LOGIN"; message: string }> {
  const row = await deps.db
    .selectFrom("operator_users")
    .select("password_hash")
    .where("id", "=", input.userId)
    .executeTakeFirst();
  if (!(await verifyPassword(input.current, row?.password_hash)))
    return { ok: false, code: "INVALID_LOGIN", message: "The current password is wrong." };
  const hash = await hashPassword(input.next);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("operator_users")
      .set({ password_hash: hash })
      .where("id", "=", input.userId)
      .execute();
    await trx
      .deleteFrom("auth_sessions")
      .where("realm", "=", "backoffice")
      .where("subject_id", "=", input.userId)
      .where("token_hash", "!=", sha256Hex(input.currentToken))
      .execute();
    await recordAudit(deps, trx, {
      actor: { kind: "operator_user", id: input.userId },
      action: "account.password",
      targetKind: "operator_user",
      targetId: input.userId,
    });
  });
  return { ok: true };
}
