import { signIn } from "../auth/accounts.ts";
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
  const result = await signIn(deps, "backoffice", input);
  if (!result.ok) return result;
  const user = await getOperatorUser(deps, result.accountId);
  if (user === undefined) throw new Error(`operator user ${result.accountId} vanished while signing in`);
  return { ok: true, token: result.token, expiresAtMs: result.expiresAtMs, user };
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
