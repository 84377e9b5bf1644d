import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import type { ServiceDeps } from "../deps.ts";
import { fail, type CatalogueFailure } from "./problems.ts";
import type { CatalogueStatus } from "./tables.ts";

export type StatusResult =
  | { readonly ok: true; readonly changed: boolean }
  | CatalogueFailure<"PROVIDER_NOT_FOUND" | "GAME_NOT_FOUND">;

/**
 * Switches a provider on or off for every operator. Disabling hides all its games at once;
 * enabling restores exactly what was there (games keep their own statuses). Audited.
 */
export async function setProviderStatus(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: { readonly providerId: string; readonly status: CatalogueStatus; readonly actor: AuditActor },
): Promise<StatusResult> {
  return deps.db.transaction().execute(async (trx): Promise<StatusResult> => {
    const row = await trx
      .selectFrom("catalogue_providers")
      .select("status")
      .where("id", "=", input.providerId)
      .executeTakeFirst();
    if (row === undefined) return fail("PROVIDER_NOT_FOUND", `No provider ${input.providerId}.`);
    if (row.status === input.status) return { ok: true, changed: false };
    await trx
      .updateTable("catalogue_providers")
      .set({ status: input.status, updated_at_ms: deps.clock() })
      .where("id", "=", input.providerId)
      .execute();
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: input.status === "active" ? "catalogue.provider.enable" : "catalogue.provider.disable",
      targetKind: "catalogue_provider",
      targetId: input.providerId,
      details: { from: row.status, to: input.status },
    });
    return { ok: true, changed: true };
  });
}

/**
 * Switches one game on or off for every operator (the admin status; a later feed import never
 * overrides it). Audited.
 */
export async function setGameStatus(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: { readonly gameId: string; readonly status: CatalogueStatus; readonly actor: AuditActor },
): Promise<StatusResult> {
  return deps.db.transaction().execute(async (trx): Promise<StatusResult> => {
    const row = await trx
      .selectFrom("catalogue_games")
      .select("admin_status")
      .where("id", "=", input.gameId)
      .executeTakeFirst();
    if (row === undefined) return fail("GAME_NOT_FOUND", `No game ${input.gameId}.`);
    if (row.admin_status === input.status) return { ok: true, changed: false };
    await trx
      .updateTable("catalogue_games")
      .set({ admin_status: input.status, updated_at_ms: deps.clock() })
      .where("id", "=", input.gameId)
      .execute();
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: input.status === "active" ? "catalogue.game.enable" : "catalogue.game.disable",
      targetKind: "catalogue_game",
      targetId: input.gameId,
      details: { from: row.admin_status, to: input.status },
    });
    return { ok: true, changed: true };
  });
}
