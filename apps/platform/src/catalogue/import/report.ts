import type { FieldProblem } from "../feed/validate-row.ts";
import type { ImportFormat } from "../tables.ts";
import type { ImportPlan } from "./plan-import.ts";

/** What an import did (or, in a dry run, would do), row by row. Stored with the import. */
export interface ImportReport {
  /** Null for a dry run (nothing recorded). */
  importId: string | null;
  dryRun: boolean;
  createdAtMs: number;
  format: ImportFormat;
  source: string | null;
  feedSha256: string;
  rowsTotal: number;
  counts: { added: number; changed: number; unchanged: number; refused: number };
  added: { row: number; gameId: string }[];
  changed: {
    row: number;
    gameId: string;
    fields: string[];
    changes: Readonly<Record<string, { from: unknown; to: unknown }>>;
  }[];
  unchanged: { row: number; gameId: string }[];
  refused: { row: number; gameId: string | null; errors: FieldProblem[] }[];
  providers: ImportPlan["providers"];
  warnings: string[];
}

export function buildReport(
  plan: ImportPlan,
  meta: Pick<
    ImportReport,
    "importId" | "dryRun" | "createdAtMs" | "format" | "source" | "feedSha256" | "warnings"
  >,
): ImportReport {
  return {
    ...meta,
    rowsTotal: plan.rowsTotal,
    counts: {
      added: plan.added.length,
      changed: plan.changed.length,
      unchanged: plan.unchanged.length,
      refused: plan.refused.length,
    },
    added: plan.added.map(({ row, game }) => ({ row, gameId: game.id })),
    changed: plan.changed.map(({ row, game, changes }) => ({
      row,
      gameId: game.id,
      fields: Object.keys(changes),
      changes,
    })),
    unchanged: plan.unchanged,
    refused: plan.refused,
    providers: plan.providers,
    warnings: meta.warnings,
  };
}
