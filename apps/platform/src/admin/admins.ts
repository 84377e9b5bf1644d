import type { Selectable } from "kysely";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import { normalizeEmail, signIn } from "../auth/accounts.ts";
import { hashPassword } from "../auth/passwords.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { ServiceDeps } from "../deps.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import type { AdminsTable } from "./tables.ts";

export interface Admin {
  readonly id: string;
  readonly email: string;
  readonly createdAtMs: number;
  readonly createdByAdminId: string | null;
  readonly lastLoginAtMs: number | null;
}

function present(row: Selectable<AdminsTable>): Admin {
  return {
    id: row.id,
    email: row.email,
    createdAtMs: row.created_at_ms,
    createdByAdminId: row.created_by_admin_id,
    lastLoginAtMs: row.last_login_at_ms,
  };
}

export type CreateAdminResult =
  { ok: true; admin: Admin } | { ok: false; code: "ADMIN_EMAIL_TAKEN"; message: string };

export async function createAdmin(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "passwordCost">,
  input: { email: string; password: string; actor: AuditActor },
): Promise<CreateAdminResult> {
  const now = deps.clock();
  const row: Selectable<AdminsTable> = {
    id: deps.ids("adm"),
    email: normalizeEmail(input.email),
    password_hash: await hashPassword(input.password, deps.passwordCost),
    created_at_ms: now,
    created_by_admin_id: input.actor.kind === "admin" ? input.actor.id : null,
    last_login_at_ms: null,
  };
  try {
    await deps.db.transaction().execute(async (trx) => {
      await trx.insertInto("admins").values(row).execute();
      await recordAudit(deps, trx, {
        actor: input.actor,
        action: "admin.create",
        targetKind: "admin",
        targetId: row.id,
        details: { email: row.email },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, code: "ADMIN_EMAIL_TAKEN", message: "An admin with this email already exists." };
    }
    throw error;
  }
  return { ok: true, admin: present(row) };
}

/**
 * First start: creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when no admin exists.
 * Later starts change nothing (the variables can stay set without resetting a password).
 */
export async function ensureFirstAdmin(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "passwordCost">,
  input: { email: string; password: string } | undefined,
): Promise<"created" | "exists" | "missing"> {
  const any = await deps.db.selectFrom("admins").select("id").limit(1).executeTakeFirst();
  if (any !== undefined) return "exists";
  if (input === undefined) return "missing";
  const result = await createAdmin(deps, { ...input, actor: { kind: "system", id: "first-start" } });
  return result.ok ? "created" : "exists";
}

export type AdminLoginResult =
  | { ok: true; token: string; expiresAtMs: number; admin: Admin }
  | { ok: false; code: "INVALID_LOGIN"; message: string };

export async function loginAdmin(
  deps: Pick<ServiceDeps, "db" | "clock" | "passwordCost">,
  input: { email: string; password: string },
): Promise<AdminLoginResult> {
  const result = await signIn(deps, "admin", input);
  if (!result.ok) return result;
  const admin = await getAdmin(deps, result.accountId);
  if (admin === undefined) throw new Error(`admin ${result.accountId} vanished while signing in`);
  return { ok: true, token: result.token, expiresAtMs: result.expiresAtMs, admin };
}

export async function getAdmin(deps: Pick<ServiceDeps, "db">, adminId: string): Promise<Admin | undefined> {
  const row = await deps.db.selectFrom("admins").selectAll().where("id", "=", adminId).executeTakeFirst();
  return row === undefined ? undefined : present(row);
}

export async function listAdmins(
  deps: Pick<ServiceDeps, "db">,
  query: { limit?: number | undefined; after?: CursorPosition | undefined },
): Promise<Page<Admin>> {
  const page = await keysetPage(deps.db.selectFrom("admins").selectAll(), {
    sortColumn: "created_at_ms",
    idColumn: "id",
    direction: "asc",
    limit: query.limit,
    after: query.after,
    positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.id }),
  });
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}
