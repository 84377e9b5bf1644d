import type { ImportFormat } from "../tables.ts";
import type { FieldProblem, RowFormat } from "./validate-row.ts";

/** Most game rows in one feed (a limit on everything: memory, transaction size, report size). */
export const FEED_ROWS_MAX = 20_000;
/** Most warnings listed; the rest are counted. */
export const FEED_WARNINGS_MAX = 50;

/**
 * One game row before validation, in the logical (JSON) shape, with its position in the feed;
 * or a row the format itself refuses (a JSON `42`, a CSV line with the wrong number of cells).
 */
export type FeedRow =
  | { readonly row: number; readonly raw: Readonly<Record<string, unknown>> }
  | { readonly row: number; readonly raw: null; readonly refusal: FieldProblem };

/** A provider named in the feed's `providers` section (JSON only). */
export interface FeedProvider {
  readonly id: string;
  readonly name: string;
}

/** A feed read into rows; nothing is validated per row yet. */
export interface ParsedFeed {
  readonly format: ImportFormat;
  readonly rowFormat: RowFormat;
  readonly rows: readonly FeedRow[];
  readonly providers: readonly FeedProvider[];
  /** Feed-level notes that refuse nothing: unknown columns or fields that were ignored. */
  readonly warnings: string[];
}

/** A feed that cannot be read at all: nothing is imported and nothing recorded. */
export type FeedParseResult =
  { readonly ok: true; readonly feed: ParsedFeed } | { readonly ok: false; readonly message: string };
