import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import type { GameInput } from "../game-input.ts";
import { childRows, inputToColumns } from "../game-row.ts";
import { ID_CHUNK, type ImportPlan } from "./plan-import.ts";

/** Rows per multi-row INSERT: ~20 columns × 200 stays far below both dialects' parameter limits. */
const INSERT_CHUNK = 200;

/**
 * Writes a plan inside the caller's transaction: new providers and games, renamed providers,
 * changed games (their filter rows replaced). Unchanged rows are not touched, so their
 * `updated_at_ms` keeps telling when they last really changed.
 */
export async function applyPlan(
  trx: Kysely<Database>,
  plan: ImportPlan,
  context: { readonly nowMs: number; readonly importId: string },
): Promise<void> {
  const { nowMs, importId } = context;
  for (const chunk of chunks(plan.providers.added, INSERT_CHUNK)) {
    await trx
      .insertInto("catalogue_providers")
      .values(
        chunk.map((p) => ({
          id: p.id,
          name: p.name,
          status: "active" as const,
          created_at_ms: nowMs,
          updated_at_ms: nowMs,
        })),
      )
      .execute();
  }
  for (const provider of plan.providers.renamed) {
    await trx
      .updateTable("catalogue_providers")
      .set({ name: provider.to, updated_at_ms: nowMs })
      .where("id", "=", provider.id)
      .execute();
  }

  const added = plan.added.map((entry) => entry.game);
  for (const chunk of chunks(added, INSERT_CHUNK)) {
    await trx
      .insertInto("catalogue_games")
      .values(
        chunk.map((game) => ({
          id: game.id,
          ...inputToColumns(game),
          admin_status: "active" as const,
          popularity: 0,
          created_at_ms: nowMs,
          updated_at_ms: nowMs,
          last_import_id: importId,
        })),
      )
      .execute();
  }

  const changed = plan.changed.map((entry) => entry.game);
  for (const game of changed) {
    await trx
      .updateTable("catalogue_games")
      .set({ ...inputToColumns(game), updated_at_ms: nowMs, last_import_id: importId })
      .where("id", "=", game.id)
      .execute();
  }
  for (const chunk of chunks(
    changed.map((game) => game.id),
    ID_CHUNK,
  )) {
    await trx.deleteFrom("catalogue_game_features").where("game_id", "in", chunk).execute();
    await trx.deleteFrom("catalogue_game_bet_limits").where("game_id", "in", chunk).execute();
    await trx.deleteFrom("catalogue_game_blocked_jurisdictions").where("game_id", "in", chunk).execute();
  }
  await insertChildRows(trx, [...added, ...changed]);
}

async function insertChildRows(trx: Kysely<Database>, games: readonly GameInput[]): Promise<void> {
  const rows = games.map(childRows);
  for (const chunk of chunks(
    rows.flatMap((r) => r.features),
    INSERT_CHUNK,
  )) {
    await trx.insertInto("catalogue_game_features").values(chunk).execute();
  }
  for (const chunk of chunks(
    rows.flatMap((r) => r.betLimits),
    INSERT_CHUNK,
  )) {
    await trx.insertInto("catalogue_game_bet_limits").values(chunk).execute();
  }
  for (const chunk of chunks(
    rows.flatMap((r) => r.blocked),
    INSERT_CHUNK,
  )) {
    await trx.insertInto("catalogue_game_blocked_jurisdictions").values(chunk).execute();
  }
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
