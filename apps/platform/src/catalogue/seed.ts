import type { ServiceDeps } from "../deps.ts";
import { BUILT_IN_PROVIDER } from "./built-in-provider.ts";
import { importFeed } from "./import/import-feed.ts";
import type { ImportReport } from "./import/report.ts";

export { BUILT_IN_PROVIDER };

/**
 * A built-in title, in the JSON feed's game shape without `provider` (see `json-feed.ts`):
 * `{ id, name, type, rtp: "96.50", volatility, betLimits: { EUR: { minMinor, maxMinor } },
 * features?, images?, blockedJurisdictions?, releaseDate, demoAvailable? }`.
 */
export type StudioGame = Readonly<Record<string, unknown>> & { readonly id: string; readonly name: string };

/**
 * Registers the built-in studio provider and its games, through the same path as a feed import
 * (validation, diff, idempotence). Safe at every start: when nothing changed nothing is written
 * or recorded. A refused title is a bug in the built-in data, so it throws.
 *
 * @example
 * await seedBuiltInCatalogue(deps, [{ id: "lucky-sevens", name: "Lucky Sevens", type: "slot", rtp: "96.10",
 *   volatility: "medium", betLimits: { EUR: { minMinor: 10, maxMinor: 10000 } }, releaseDate: "2025-01-01" }]);
 */
export async function seedBuiltInCatalogue(
  deps: Pick<ServiceDeps, "db" | "dialect" | "clock" | "ids">,
  games: readonly StudioGame[] = [],
): Promise<ImportReport> {
  const result = await importFeed(deps, {
    format: "json",
    body: {
      providers: [BUILT_IN_PROVIDER],
      games: games.map((game) => ({ ...game, provider: BUILT_IN_PROVIDER.id })),
    },
    dryRun: false,
    actor: { kind: "system", id: "seed" },
    source: "built-in catalogue",
    recordWhenUnchanged: false,
  });
  if (!result.ok) throw new Error(`built-in catalogue: ${result.message}`);
  const refused = result.report.refused;
  if (refused.length > 0) {
    const first = refused[0];
    throw new Error(
      `built-in catalogue: ${refused.length} title(s) refused, first ${first?.gameId ?? "?"}: ` +
        (first?.errors.map((e) => `${e.field} ${e.reason}`).join("; ") ?? ""),
    );
  }
  return result.report;
}
