import { ACCOUNT_TABLES } from "../auth/accounts.ts";
import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import { sha256Hex } from "../auth/tokens.ts";
import { recordAudit } from "../audit/audit-log.ts";
import type { ServiceDeps } from "../deps.ts";
import { accountActor, type AccountSubject } from "./account-subject.ts";

type Deps = Pick<ServiceDeps, "db" | "clock" | "ids" | "passwordCost">;

export interface SignedInSession {
  /** The first 12 hex digits of the token's hash: names a session without revealing it. */
  readonly id: string;
  readonly createdAtMs: number;
  readonly expiresAtMs: number;
  readonly current: boolean;
}

/** The account's live sessions, newest first, the caller's own marked. */
export async function listSessions(
  deps: Pick<ServiceDeps, "db" | "clock">,
  subject: AccountSubject,
  currentToken: string,
): Promise<SignedInSession[]> {
  const currentHash = sha256Hex(currentToken);
  const rows = await deps.db
    .selectFrom("auth_sessions")
    .select(["token_hash", "created_at_ms", "expires_at_ms"])
    .where("realm", "=", subject.realm)
    .where("subject_id", "=", subject.subjectId)
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

/** Signs the account out everywhere but here; returns how many sessions ended. */
export async function signOutElsewhere(
  deps: Pick<ServiceDeps, "db">,
  subject: AccountSubject,
  currentToken: string,
): Promise<number> {
  const result = await deps.db
    .deleteFrom("auth_sessions")
    .where("realm", "=", subject.realm)
    .where("subject_id", "=", subject.subjectId)
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
  input: { subject: AccountSubject; currentToken: string; current: string; next: string },
): Promise<{ ok: true } | { ok: false; code: "INVALID_LOGIN"; message: string }> {
  const { subject } = input;
  const table = ACCOUNT_TABLES[subject.realm];
  const row = await deps.db
    .selectFrom(table)
    .select("password_hash")
    .where("id", "=", subject.subjectId)
    .executeTakeFirst();
  if (!(await verifyPassword(input.current, row?.password_hash, deps.passwordCost)))
    return { ok: false, code: "INVALID_LOGIN", message: "The current password is wrong." };
  const hash = await hashPassword(input.next, deps.passwordCost);
  const actor = accountActor(subject);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable(table).set({ password_hash: hash }).where("id", "=", subject.subjectId).execute();
    await trx
      .deleteFrom("auth_sessions")
      .where("realm", "=", subject.realm)
      .where("subject_id", "=", subject.subjectId)
      .where("token_hash", "!=", sha256Hex(input.currentToken))
      .execute();
    await recordAudit(deps, trx, {
      actor,
      action: "account.password",
      targetKind: actor.kind,
      targetId: subject.subjectId,
    });
  });
  return { ok: true };
}
