import { canonicalJson, loadTitleDefinition } from "@croupier/games";
import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { ServiceDeps } from "../deps.ts";
import type { StudioRoundRow } from "./tables.ts";
import { studioTitle, studioTitleOf, type StudioTitle } from "./titles.ts";

/**
 * Title versions (issue 12, item 20). A round records the version of its title's maths
 * (`studio_rounds.title_version`); the definition of every version a round was played with is
 * kept in `studio_title_versions`, written before the round itself. So a title edited (a pay
 * table, a reel strip) after a round was played still replays that round with the maths it was
 * played with. Keeping the definitions, rather than refusing replays of old versions, is the
 * decision: a regulator's or player's dispute about an old round must be answerable. A version
 * the platform does not hold (a round recorded by a build that failed to keep it) is refused
 * with `TITLE_VERSION_UNKNOWN`, never replayed with other maths.
 */

/** Versions known to be stored, per database (tests run several in one process). */
const stored = new WeakMap<Kysely<Database>, Set<string>>();

/** Keeps the definition of `title`'s version (once per process and database; idempotent). */
export async function recordTitleVersion(
  deps: Pick<ServiceDeps, "db" | "clock">,
  title: Pick<StudioTitle, "game" | "version">,
): Promise<void> {
  let known = stored.get(deps.db);
  if (known === undefined) stored.set(deps.db, (known = new Set()));
  if (known.has(title.version)) return;
  await deps.db
    .insertInto("studio_title_versions")
    .values({
      version: title.version,
      title_id: title.game.title.id,
      definition: canonicalJson(title.game.title),
      created_at_ms: deps.clock(),
    })
    .onConflict((oc) => oc.column("version").doNothing())
    .execute();
  known.add(title.version);
}

export type RoundTitle =
  | { readonly ok: true; readonly title: StudioTitle }
  | {
      readonly ok: false;
      readonly code: "TITLE_VERSION_UNKNOWN" | "TITLE_UNKNOWN";
      readonly message: string;
    };

/**
 * The title as `row` was played: the bundled one when the version is today's (or the round
 * predates versions), else the stored definition of its version.
 */
export async function titleOfRound(
  deps: Pick<ServiceDeps, "db">,
  row: Pick<StudioRoundRow, "game_id" | "title_version">,
): Promise<RoundTitle> {
  const current = studioTitle(row.game_id);
  if (current !== undefined && (row.title_version === null || row.title_version === current.version))
    return { ok: true, title: current };
  if (row.title_version === null)
    return { ok: false, code: "TITLE_UNKNOWN", message: `Title ${row.game_id} is no longer bundled.` };
  const kept = await deps.db
    .selectFrom("studio_title_versions")
    .select("definition")
    .where("version", "=", row.title_version)
    .executeTakeFirst();
  if (kept === undefined) {
    return {
      ok: false,
      code: "TITLE_VERSION_UNKNOWN",
      message: `The round was played with version ${row.title_version} of ${row.game_id}, which this platform does not hold; it is not replayed with other maths.`,
    };
  }
  // Stored definitions were valid titles when played; their published RTP is not rechecked.
  const loaded = loadTitleDefinition(JSON.parse(kept.definition) as unknown, { checkPublished: false });
  if (!loaded.ok)
    throw new Error(`stored title version ${row.title_version} does not load: ${loaded.message}`);
  return { ok: true, title: studioTitleOf(loaded.loaded.game) };
}
