import type { ServiceDeps } from "../deps.ts";
import { upgradePasswordHash } from "./password-upgrade.ts";
import { verifyPassword } from "./passwords.ts";
import { openSession } from "./sessions.ts";
import type { SessionRealm } from "./tables.ts";

/**
 * Accounts that sign in with email and password: admins (the admin surface) and operator users
 * (the backoffice). Both keep a lower-cased unique email, a scrypt hash and the last sign-in
 * time; a session of one realm never opens the other surface.
 */
export const ACCOUNT_TABLES = { admin: "admins", backoffice: "operator_users" } as const satisfies Record<
  SessionRealm,
  string
>;

/** How every account's email is kept and looked up. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type SignInResult =
  | {
      readonly ok: true;
      readonly accountId: string;
      readonly token: string;
      readonly expiresAtMs: number;
      readonly signedInAtMs: number;
    }
  | { readonly ok: false; readonly code: "INVALID_LOGIN"; readonly message: string };

/**
 * Email + password → a session of the realm. Unknown email and wrong password take the same
 * time (the password is checked against a dummy hash) and give the same answer. Records the
 * sign-in time on the account, and re-hashes a password stored with older scrypt parameters.
 *
 * @example
 * const result = await signIn(deps, "admin", { email, password });
 * if (result.ok) reply.send({ token: result.token, expiresAtMs: result.expiresAtMs });
 */
export async function signIn(
  deps: Pick<ServiceDeps, "db" | "clock" | "passwordCost">,
  realm: SessionRealm,
  input: { email: string; password: string },
): Promise<SignInResult> {
  const table = ACCOUNT_TABLES[realm];
  const row = await deps.db
    .selectFrom(table)
    .select(["id", "password_hash"])
    .where("email", "=", normalizeEmail(input.email))
    .executeTakeFirst();
  const valid = await verifyPassword(input.password, row?.password_hash, deps.passwordCost);
  if (row === undefined || !valid)
    return { ok: false, code: "INVALID_LOGIN", message: "Wrong email or password." };
  // A hash made with older parameters is replaced now, the only moment the password is at hand.
  await upgradePasswordHash(deps, table, row, input.password);
  const now = deps.clock();
  await deps.db.updateTable(table).set({ last_login_at_ms: now }).where("id", "=", row.id).execute();
  const session = await openSession(deps, realm, row.id);
  return { ok: true, accountId: row.id, ...session, signedInAtMs: now };
}
