import type { ServiceDeps } from "../deps.ts";
import { hashPassword, needsRehash } from "./passwords.ts";

/**
 * After a successful login: a hash made with older parameters than the platform's current ones
 * is replaced by a hash of the password just verified (the only moment the platform has it). The
 * update names the old hash, so a password changed meanwhile is never overwritten.
 */
export async function upgradePasswordHash(
  deps: Pick<ServiceDeps, "db" | "passwordCost">,
  table: "admins" | "operator_users",
  row: { readonly id: string; readonly password_hash: string },
  password: string,
): Promise<void> {
  if (!needsRehash(row.password_hash, deps.passwordCost)) return;
  const upgraded = await hashPassword(password, deps.passwordCost);
  await deps.db
    .updateTable(table)
    .set({ password_hash: upgraded })
    .where("id", "=", row.id)
    .where("password_hash", "=", row.password_hash)
    .execute();
}
