import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import type { ServiceDeps } from "../deps.ts";
import { fail, type CatalogueFailure } from "./problems.ts";

export interface OperatorChoiceInput {
  readonly operatorId: string;
  /** The provider or game id. */
  readonly targetId: string;
  /** true / false: the operator's explicit choice; null: back to the default (enabled). */
  readonly enabled: boolean | null;
  readonly actor: AuditActor;
}

export type OperatorChoiceResult =
  { readonly ok: true } | CatalogueFailure<"PROVIDER_NOT_FOUND" | "GAME_NOT_FOUND">;

/** An operator switches a whole provider on or off for its players (its game choices still win). */
export async function setOperatorProviderChoice(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: OperatorChoiceInput,
): Promise<OperatorChoiceResult> {
  return deps.db.transaction().execute(async (trx): Promise<OperatorChoiceResult> => {
    const exists = await trx
      .selectFrom("catalogue_providers")
      .select("id")
      .where("id", "=", input.targetId)
      .executeTakeFirst();
    if (exists === undefined) return fail("PROVIDER_NOT_FOUND", `No provider ${input.targetId}.`);
    const key = { operator_id: input.operatorId, provider_id: input.targetId };
    if (input.enabled === null) {
      await trx
        .deleteFrom("catalogue_operator_providers")
        .where("operator_id", "=", key.operator_id)
        .where("provider_id", "=", key.provider_id)
        .execute();
    } else {
      const values = {
        enabled: input.enabled ? 1 : 0,
        updated_at_ms: deps.clock(),
        updated_by: input.actor.id,
      };
      await trx
        .insertInto("catalogue_operator_providers")
        .values({ ...key, ...values })
        .onConflict((oc) => oc.columns(["operator_id", "provider_id"]).doUpdateSet(values))
        .execute();
    }
    await audit(deps, trx, input, "catalogue_provider");
    return { ok: true };
  });
}

/** An operator switches one game on or off for its players; this wins over its provider choice. */
export async function setOperatorGameChoice(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: OperatorChoiceInput,
): Promise<OperatorChoiceResult> {
  return deps.db.transaction().execute(async (trx): Promise<OperatorChoiceResult> => {
    const exists = await trx
      .selectFrom("catalogue_games")
      .select("id")
      .where("id", "=", input.targetId)
      .executeTakeFirst();
    if (exists === undefined) return fail("GAME_NOT_FOUND", `No game ${input.targetId}.`);
    const key = { operator_id: input.operatorId, game_id: input.targetId };
    if (input.enabled === null) {
      await trx
        .deleteFrom("catalogue_operator_games")
        .where("operator_id", "=", key.operator_id)
        .where("game_id", "=", key.game_id)
        .execute();
    } else {
      const values = {
        enabled: input.enabled ? 1 : 0,
        updated_at_ms: deps.clock(),
        updated_by: input.actor.id,
      };
      await trx
        .insertInto("catalogue_operator_games")
        .values({ ...key, ...values })
        .onConflict((oc) => oc.columns(["operator_id", "game_id"]).doUpdateSet(values))
        .execute();
    }
    await audit(deps, trx, input, "catalogue_game");
    return { ok: true };
  });
}

async function audit(
  deps: Pick<ServiceDeps, "clock" | "ids">,
  trx: Parameters<typeof recordAudit>[1],
  input: OperatorChoiceInput,
  targetKind: "catalogue_provider" | "catalogue_game",
): Promise<void> {
  const verb = input.enabled === null ? "reset" : input.enabled ? "enable" : "disable";
  await recordAudit(deps, trx, {
    actor: input.actor,
    action: `catalogue.operator_${targetKind === "catalogue_game" ? "game" : "provider"}.${verb}`,
    targetKind,
    targetId: input.targetId,
    details: { operatorId: input.operatorId },
  });
}
