import type { ServiceDeps } from "../deps.ts";
import type { TeamRole } from "./tables.ts";

/**
 * A user's role in its operator's team. The user who registered the operator has no row (the
 * registration predates roles) and owns it; invited members always have one.
 */
export async function roleOf(deps: Pick<ServiceDeps, "db">, userId: string): Promise<TeamRole> {
  const row = await deps.db
    .selectFrom("team_members")
    .select("role")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.role ?? "owner";
}
