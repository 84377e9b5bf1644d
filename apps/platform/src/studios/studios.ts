import type { Selectable } from "kysely";
import { recordAudit, type AuditActor } from "../audit/audit-log.ts";
import { BUILT_IN_PROVIDER } from "../catalogue/seed.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { ServiceDeps } from "../deps.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import { forgetLimits } from "../provider-gateway/limits/limits-cache.ts";
import { DEFAULT_MAX_WIN_MULTIPLE } from "../provider-gateway/limits/tables.ts";
import { launchTemplateProblem } from "./launch-template.ts";
import { studioFail, type StudioFailure } from "./problems.ts";
import type { GameStudiosTable, StudioStatus } from "./tables.ts";

/** The studio the platform runs itself (`@croupier/games`): no registration, no gateway key, no template. */
export const BUILT_IN_STUDIO_ID: string = BUILT_IN_PROVIDER.id;

export interface Studio {
  readonly id: string;
  readonly name: string;
  readonly launchUrlTemplate: string;
  readonly status: StudioStatus;
  /** The most one round may pay in total, as a multiple of its stakes (provider-gateway/limits). */
  readonly maxWinMultiple: number;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
}

export function presentStudio(row: Selectable<GameStudiosTable>): Studio {
  return {
    id: row.id,
    name: row.name,
    launchUrlTemplate: row.launch_url_template,
    status: row.status,
    maxWinMultiple: Number(row.max_win_multiple),
    createdAtMs: row.created_at_ms,
    updatedAtMs: row.updated_at_ms,
  };
}

export type StudioResult<C extends Parameters<typeof studioFail>[0]> =
  { readonly ok: true; readonly studio: Studio } | StudioFailure<C>;

/**
 * Registers a game studio. Its id is the catalogue provider id of its games, so a launched game
 * finds its studio. Audited as `studio.create`.
 *
 * @example
 * await createStudio(deps, { id: "acme", name: "Acme Gaming",
 *   launchUrlTemplate: "https://acme.example/launch?token={token}", actor });
 */
export async function createStudio(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: {
    id: string;
    name: string;
    launchUrlTemplate: string;
    maxWinMultiple?: number | undefined;
    actor: AuditActor;
  },
): Promise<StudioResult<"STUDIO_EXISTS" | "STUDIO_ID_RESERVED" | "INVALID_LAUNCH_URL_TEMPLATE">> {
  if (input.id === BUILT_IN_STUDIO_ID) {
    return studioFail("STUDIO_ID_RESERVED", `${BUILT_IN_STUDIO_ID} is the built-in studio.`);
  }
  const templateProblem = launchTemplateProblem(input.launchUrlTemplate);
  if (templateProblem !== undefined) {
    return studioFail("INVALID_LAUNCH_URL_TEMPLATE", `launchUrlTemplate ${templateProblem}.`);
  }
  const now = deps.clock();
  const row: Selectable<GameStudiosTable> = {
    id: input.id,
    name: input.name.trim(),
    launch_url_template: input.launchUrlTemplate,
    status: "active",
    max_win_multiple: input.maxWinMultiple ?? DEFAULT_MAX_WIN_MULTIPLE,
    created_at_ms: now,
    updated_at_ms: now,
  };
  try {
    await deps.db.transaction().execute(async (trx) => {
      await trx.insertInto("game_studios").values(row).execute();
      await recordAudit(deps, trx, {
        actor: input.actor,
        action: "studio.create",
        targetKind: "studio",
        targetId: row.id,
        details: {
          name: row.name,
          launchUrlTemplate: row.launch_url_template,
          maxWinMultiple: row.max_win_multiple,
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return studioFail("STUDIO_EXISTS", `Studio ${input.id} exists already.`);
    throw error;
  }
  return { ok: true, studio: presentStudio(row) };
}

export async function getStudio(
  deps: Pick<ServiceDeps, "db">,
  studioId: string,
): Promise<Studio | undefined> {
  const row = await deps.db
    .selectFrom("game_studios")
    .selectAll()
    .where("id", "=", studioId)
    .executeTakeFirst();
  return row === undefined ? undefined : presentStudio(row);
}

export async function listStudios(
  deps: Pick<ServiceDeps, "db">,
  query: { limit?: number | undefined; after?: CursorPosition | undefined },
): Promise<Page<Studio>> {
  const page = await keysetPage(deps.db.selectFrom("game_studios").selectAll(), {
    sortColumn: "created_at_ms",
    idColumn: "id",
    direction: "desc",
    limit: query.limit,
    after: query.after,
    positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.id }),
  });
  return { items: page.items.map(presentStudio), nextCursor: page.nextCursor };
}

/**
 * Changes a studio's name, launch template or status (absent fields stay). Disabling stops its
 * launches and its gateway keys at once. Audited as `studio.update` with before and after.
 */
export async function updateStudio(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids">,
  input: {
    studioId: string;
    changes: {
      name?: string | undefined;
      launchUrlTemplate?: string | undefined;
      status?: StudioStatus | undefined;
      maxWinMultiple?: number | undefined;
    };
    actor: AuditActor;
  },
): Promise<StudioResult<"STUDIO_NOT_FOUND" | "INVALID_LAUNCH_URL_TEMPLATE">> {
  const { changes } = input;
  if (changes.launchUrlTemplate !== undefined) {
    const problem = launchTemplateProblem(changes.launchUrlTemplate);
    if (problem !== undefined)
      return studioFail("INVALID_LAUNCH_URL_TEMPLATE", `launchUrlTemplate ${problem}.`);
  }
  const result = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("game_studios")
      .selectAll()
      .where("id", "=", input.studioId)
      .executeTakeFirst();
    if (row === undefined) return studioFail("STUDIO_NOT_FOUND", `No studio ${input.studioId}.`);
    const next: Selectable<GameStudiosTable> = {
      ...row,
      name: changes.name?.trim() ?? row.name,
      launch_url_template: changes.launchUrlTemplate ?? row.launch_url_template,
      status: changes.status ?? row.status,
      max_win_multiple: changes.maxWinMultiple ?? row.max_win_multiple,
      updated_at_ms: deps.clock(),
    };
    await trx
      .updateTable("game_studios")
      .set({
        name: next.name,
        launch_url_template: next.launch_url_template,
        status: next.status,
        max_win_multiple: next.max_win_multiple,
        updated_at_ms: next.updated_at_ms,
      })
      .where("id", "=", row.id)
      .execute();
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    if (next.name !== row.name) changed.name = { from: row.name, to: next.name };
    if (next.launch_url_template !== row.launch_url_template)
      changed.launchUrlTemplate = { from: row.launch_url_template, to: next.launch_url_template };
    if (next.status !== row.status) changed.status = { from: row.status, to: next.status };
    if (next.max_win_multiple !== row.max_win_multiple)
      changed.maxWinMultiple = { from: row.max_win_multiple, to: next.max_win_multiple };
    await recordAudit(deps, trx, {
      actor: input.actor,
      action: "studio.update",
      targetKind: "studio",
      targetId: row.id,
      details: { changed },
    });
    return { ok: true as const, studio: presentStudio(next) };
  });
  // The gateway's win cap reads the studio's multiple through the limits cache.
  if (result.ok) forgetLimits(deps.db);
  return result;
}
