import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import type { ParsedFeed } from "../feed/feed.ts";
import { checkBuiltInFigures } from "../feed/built-in-figures.ts";
import { validateGameRow, type FieldProblem } from "../feed/validate-row.ts";
import { diffGames, type GameInput } from "../game-input.ts";
import { rowToInput } from "../game-row.ts";

/** Ids per `IN (…)` list: well under SQLite's and PostgreSQL's parameter limits. */
export const ID_CHUNK = 500;

export interface PlannedRefusal {
  row: number;
  gameId: string | null;
  errors: FieldProblem[];
}

/** What applying a feed would do, row by row. Computing it writes nothing. */
export interface ImportPlan {
  rowsTotal: number;
  added: { row: number; game: GameInput }[];
  changed: {
    row: number;
    game: GameInput;
    changes: Record<string, { from: unknown; to: unknown }>;
  }[];
  unchanged: { row: number; gameId: string }[];
  refused: PlannedRefusal[];
  providers: {
    added: { id: string; name: string }[];
    renamed: { id: string; from: string; to: string }[];
  };
}

interface Candidate {
  readonly row: number;
  readonly game: GameInput;
}

/**
 * Validates every row, then compares the valid ones with the stored catalogue. A row is
 * refused for its own faults, for repeating an earlier row's id, for naming a provider that
 * neither exists nor is named in the feed, or for moving a game to another provider.
 */
export async function planImport(db: Kysely<Database>, feed: ParsedFeed): Promise<ImportPlan> {
  const refused: PlannedRefusal[] = [];
  const candidates: Candidate[] = [];
  const firstRowOfId = new Map<string, number>();
  // Provider names the feed gives: its providers section first, then rows' providerName.
  const namedProviders = new Map<string, { name: string; where: string }>();
  for (const provider of feed.providers)
    namedProviders.set(provider.id, { name: provider.name, where: "the providers section" });

  for (const entry of feed.rows) {
    if (entry.raw === null) {
      refused.push({ row: entry.row, gameId: null, errors: [entry.refusal] });
      continue;
    }
    const validated = validateGameRow(entry.raw, feed.rowFormat);
    const result = validated.ok ? checkBuiltInFigures(validated.game, feed.rowFormat) : validated;
    const gameId = validated.ok ? validated.game.id : validated.gameId;
    const earlier = gameId === null ? undefined : firstRowOfId.get(gameId);
    if (gameId !== null && earlier === undefined) firstRowOfId.set(gameId, entry.row);
    if (!result.ok) {
      refused.push({ row: entry.row, gameId, errors: result.errors });
      continue;
    }
    if (earlier !== undefined) {
      const field = feed.rowFormat.fieldName("id");
      refused.push({
        row: entry.row,
        gameId,
        errors: [{ field, reason: `repeats the game of row ${earlier}` }],
      });
      continue;
    }
    const { providerId, providerName } = result.game;
    const named = namedProviders.get(providerId);
    if (providerName !== undefined && named !== undefined && named.name !== providerName) {
      const field = feed.rowFormat.fieldName("providerName");
      const reason = `"${providerName}" conflicts with "${named.name}" given for ${providerId} in ${named.where}`;
      refused.push({ row: entry.row, gameId, errors: [{ field, reason }] });
      continue;
    }
    if (providerName !== undefined && named === undefined) {
      namedProviders.set(providerId, { name: providerName, where: `row ${entry.row}` });
    }
    candidates.push({ row: entry.row, game: result.game });
  }

  const existingProviders = await loadProviders(db, [
    ...new Set([...candidates.map((c) => c.game.providerId), ...namedProviders.keys()]),
  ]);
  const existingGames = await loadGames(
    db,
    candidates.map((c) => c.game.id),
  );

  const added: ImportPlan["added"][number][] = [];
  const changed: ImportPlan["changed"][number][] = [];
  const unchanged: ImportPlan["unchanged"][number][] = [];
  const usedProviders = new Set<string>();
  for (const candidate of candidates) {
    const { game, row } = candidate;
    if (!existingProviders.has(game.providerId) && !namedProviders.has(game.providerId)) {
      const field = feed.rowFormat.fieldName("provider");
      const reason = `unknown provider "${game.providerId}": name it (${feed.rowFormat.fieldName("providerName")}) to create it`;
      refused.push({ row, gameId: game.id, errors: [{ field, reason }] });
      continue;
    }
    const stored = existingGames.get(game.id);
    if (stored !== undefined && stored.providerId !== game.providerId) {
      const field = feed.rowFormat.fieldName("provider");
      const reason = `game ${game.id} belongs to provider "${stored.providerId}"; a game never moves between providers`;
      refused.push({ row, gameId: game.id, errors: [{ field, reason }] });
      continue;
    }
    usedProviders.add(game.providerId);
    if (stored === undefined) {
      added.push({ row, game });
      continue;
    }
    const changes = diffGames(stored, game);
    if (Object.keys(changes).length === 0) unchanged.push({ row, gameId: game.id });
    else changed.push({ row, game, changes });
  }

  // Providers are created or renamed by the providers section, or by rows that were accepted.
  const providersAdded: { id: string; name: string }[] = [];
  const providersRenamed: { id: string; from: string; to: string }[] = [];
  const sectionIds = new Set(feed.providers.map((p) => p.id));
  for (const [id, { name }] of namedProviders) {
    if (!sectionIds.has(id) && !usedProviders.has(id)) continue;
    const storedName = existingProviders.get(id);
    if (storedName === undefined) providersAdded.push({ id, name });
    else if (storedName !== name) providersRenamed.push({ id, from: storedName, to: name });
  }

  refused.sort((a, b) => a.row - b.row);
  return {
    rowsTotal: feed.rows.length,
    added,
    changed,
    unchanged,
    refused,
    providers: { added: providersAdded, renamed: providersRenamed },
  };
}

async function loadProviders(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const chunk = ids.slice(i, i + ID_CHUNK);
    const rows = await db
      .selectFrom("catalogue_providers")
      .select(["id", "name"])
      .where("id", "in", chunk)
      .execute();
    for (const row of rows) names.set(row.id, row.name);
  }
  return names;
}

async function loadGames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, GameInput>> {
  const games = new Map<string, GameInput>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const chunk = ids.slice(i, i + ID_CHUNK);
    const rows = await db.selectFrom("catalogue_games").selectAll().where("id", "in", chunk).execute();
    for (const row of rows) games.set(row.id, rowToInput(row));
  }
  return games;
}
