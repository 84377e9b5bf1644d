import type { Selectable } from "kysely";
import type { ServiceDeps } from "../../deps.ts";
import { keysetPage, type CursorPosition, type Page } from "../../pagination/cursor.ts";
import type { CatalogueImportsTable, ImportFormat } from "../tables.ts";
import type { ImportReport } from "./report.ts";

/** A recorded import: who, when, what, how many. */
export interface ImportSummary {
  readonly id: string;
  readonly createdAtMs: number;
  readonly actor: { readonly kind: string; readonly id: string };
  readonly format: ImportFormat;
  readonly source: string | null;
  readonly feedSha256: string;
  readonly rowsTotal: number;
  readonly counts: {
    readonly added: number;
    readonly changed: number;
    readonly unchanged: number;
    readonly refused: number;
  };
}

function present(row: Omit<Selectable<CatalogueImportsTable>, "report">): ImportSummary {
  return {
    id: row.id,
    createdAtMs: row.created_at_ms,
    actor: { kind: row.actor_kind, id: row.actor_id },
    format: row.format,
    source: row.source,
    feedSha256: row.feed_sha256,
    rowsTotal: row.rows_total,
    counts: { added: row.added, changed: row.changed, unchanged: row.unchanged, refused: row.refused },
  };
}

const SUMMARY_COLUMNS = [
  "id",
  "created_at_ms",
  "actor_kind",
  "actor_id",
  "format",
  "source",
  "feed_sha256",
  "rows_total",
  "added",
  "changed",
  "unchanged",
  "refused",
] as const;

/** Newest first. */
export async function listImports(
  deps: Pick<ServiceDeps, "db">,
  query: { readonly limit?: number | undefined; readonly after?: CursorPosition | undefined },
): Promise<Page<ImportSummary>> {
  const page = await keysetPage(deps.db.selectFrom("catalogue_imports").select(SUMMARY_COLUMNS), {
    sortColumn: "created_at_ms",
    idColumn: "id",
    direction: "desc",
    limit: query.limit,
    after: query.after,
    positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.id }),
  });
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

/** One import with its full report. */
export async function getImport(
  deps: Pick<ServiceDeps, "db">,
  importId: string,
): Promise<(ImportSummary & { readonly report: ImportReport }) | undefined> {
  const row = await deps.db
    .selectFrom("catalogue_imports")
    .selectAll()
    .where("id", "=", importId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { ...present(row), report: JSON.parse(row.report) as ImportReport };
}
