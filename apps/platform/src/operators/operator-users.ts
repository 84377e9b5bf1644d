import { upgradePasswordHash } from "../auth/password-upgrade.ts";
import { verifyPassword } from "../auth/passwords.ts";
import { openSession } from "../auth/sessions.ts";
import type { ServiceDeps } from "../deps.ts";

export interface OperatorUser {
  readonly id: string;
  readonly operatorId: string;
  readonly email: string;
  readonly createdAtMs: number;
  readonly lastLoginAtMs: number | null;
}

export type OperatorLoginResult =
  | { ok: true; token: string; expiresAtMs: number; user: OperatorUser }
  | { ok: false; code: "INVALID_LOGIN"; message: string };

/**
 * Email + password → a backoffice session. Unknown email and wrong password take the same
 * time and give the same answer. Users of rejected operators may still sign in (to read why).
 */
export async function loginOperatorUser(
  deps: Pick<ServiceDeps, "db" | "clock" | "passwordCost">,
  input: { email: string; password: string },
): Promise<OperatorLoginResult> {
  const row = await deps.db
    .selectFrom("operator_users")
    .selectAll()
    .where("email", "=", input.email.trim().toLowerCase())
    .executeTakeFirst();
  const valid = await verifyPassword(input.password, row?.password_hash, deps.passwordCost);
  if (row === undefined || !valid)
    return { ok: false, code: "INVALID_LOGIN", message: "Wrong email or password." };
  await upgradePasswordHash(deps, "operator_users", row, input.password);
  const now = deps.clock();
  await deps.db
    .updateTable("operator_users")
    .set({ last_login_at_ms: now })
    .where("id", "=", row.id)
    .execute();
  const session = await openSession(deps, "backoffice", row.id);
  return {
    ok: true,
    ...session,
    user: {
      id: row.id,
      operatorId: row.operator_id,
      email: row.email,
      createdAtMs: row.created_at_ms,
      lastLoginAtMs: now,
    },
  };
}

export async function getOperatorUser(
  deps: Pick<ServiceDeps, "db">,
  userId: string,
): Promise<OperatorUser | undefined> {
  const row = await deps.db
    .selectFrom("operator_users")
    .selectAll()
    .where("id", "=", userId)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : {
        id: row.id,
        operatorId: row.operator_id,
        email: row.email,
        createdAtMs: row.created_at_ms,
        lastLoginAtMs: row.last_login_at_ms,
      };
}
