import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { FEED_ROWS_MAX, FEED_WARNINGS_MAX, type FeedParseResult, type FeedRow } from "./feed.ts";
import type { RowFormat } from "./validate-row.ts";

/** CSV column → logical field. Bet limits come as `min_bet_<CUR>` / `max_bet_<CUR>` column pairs. */
const COLUMNS: Readonly<Record<string, string>> = {
  id: "id",
  name: "name",
  provider: "provider",
  provider_name: "providerName",
  type: "type",
  rtp: "rtp",
  volatility: "volatility",
  features: "features",
  thumbnail_url: "images.thumbnail",
  banner_url: "images.banner",
  blocked_jurisdictions: "blockedJurisdictions",
  release_date: "releaseDate",
  demo_available: "demoAvailable",
  status: "status",
};
const REQUIRED_COLUMNS = ["id", "name", "provider", "type", "rtp", "release_date"];
const LIST_FIELDS = new Set(["features", "blockedJurisdictions"]);
const BET_COLUMN = /^(min|max)_bet_([a-z]{3})$/;
/** Lists in one cell: `free_spins|buy_feature` (a `;` works too). */
const LIST_SEPARATOR = /[|;]/;
/** A record longer than this is garbage (a missing quote swallowing the file), not a game. */
const MAX_RECORD_BYTES = 64 * 1024;

const LOGICAL_TO_COLUMN = new Map(Object.entries(COLUMNS).map(([column, field]) => [field, column]));

export const CSV_ROW_FORMAT: RowFormat = {
  textValues: true,
  fieldName(path) {
    const bet = /^betLimits\.([^.]+)(?:\.(minMinor|maxMinor))?$/.exec(path);
    if (bet !== null) {
      const currency = (bet[1] ?? "").toUpperCase();
      if (bet[2] === undefined) return `min_bet_${currency}/max_bet_${currency}`;
      return `${bet[2] === "minMinor" ? "min" : "max"}_bet_${currency}`;
    }
    if (path === "betLimits") return "min_bet_*/max_bet_*";
    return LOGICAL_TO_COLUMN.get(path) ?? path;
  },
};

/**
 * Reads a CSV feed (RFC 4180, UTF-8, optional BOM, comma-separated, header row first):
 *
 * ```csv
 * id,name,provider,provider_name,type,rtp,volatility,min_bet_EUR,max_bet_EUR,features,thumbnail_url,banner_url,blocked_jurisdictions,release_date,demo_available,status
 * book-of-gold,Book of Gold,acme,Acme Gaming,slot,96.21,high,10,10000,free_spins|buy_feature,https://…,,GB|US-NJ,2024-03-01,true,active
 * ```
 * Column names are case-insensitive; an empty cell is "not given". Unknown columns are ignored
 * with a warning; a missing required column refuses the whole feed.
 */
export function readCsvFeed(text: string): FeedParseResult {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, message: `The CSV cannot be read: ${error.message}` };
    throw error;
  }
  const [header, ...body] = records;
  if (header === undefined) return { ok: false, message: "The CSV feed is empty; it needs a header row." };
  if (body.length > FEED_ROWS_MAX)
    return { ok: false, message: `The feed has more than ${FEED_ROWS_MAX} rows; split it.` };

  const columns = header.record.map((name) => name.trim().toLowerCase());
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) return { ok: false, message: `Column "${column}" appears twice in the header.` };
    seen.add(column);
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !seen.has(column));
  if (missing.length > 0) return { ok: false, message: `Missing required column(s): ${missing.join(", ")}.` };
  const currencies = new Set(columns.flatMap((column) => BET_COLUMN.exec(column)?.[2]?.toUpperCase() ?? []));
  if (currencies.size === 0) {
    return {
      ok: false,
      message: "No bet limit columns: add min_bet_<CUR> and max_bet_<CUR> (e.g. min_bet_EUR, max_bet_EUR).",
    };
  }
  const warnings = columns
    .filter((column) => !(column in COLUMNS) && !BET_COLUMN.test(column))
    .slice(0, FEED_WARNINGS_MAX)
    .map((column) => `Unknown column "${column.slice(0, 60)}" ignored.`);

  const rows: FeedRow[] = body.map(({ record, info }) => {
    if (record.length !== columns.length) {
      const reason = `has ${record.length} cells; the header has ${columns.length}`;
      return { row: info.lines, raw: null, refusal: { field: "(row)", reason } };
    }
    return { row: info.lines, raw: toLogicalRow(columns, record) };
  });
  return { ok: true, feed: { format: "csv", rowFormat: CSV_ROW_FORMAT, rows, providers: [], warnings } };
}

function toLogicalRow(columns: readonly string[], record: readonly string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const images: Record<string, string> = {};
  const betLimits: Record<string, Record<string, string>> = {};
  columns.forEach((column, index) => {
    const cell = (record[index] ?? "").trim();
    if (cell === "") return;
    const bet = BET_COLUMN.exec(column);
    if (bet !== null) {
      const currency = (bet[2] ?? "").toUpperCase();
      (betLimits[currency] ??= {})[bet[1] === "min" ? "minMinor" : "maxMinor"] = cell;
      return;
    }
    const field = COLUMNS[column];
    if (field === undefined) return;
    if (field.startsWith("images.")) images[field.slice("images.".length)] = cell;
    else if (LIST_FIELDS.has(field))
      raw[field] = cell
        .split(LIST_SEPARATOR)
        .map((item) => item.trim())
        .filter((item) => item !== "");
    else raw[field] = cell;
  });
  if (Object.keys(images).length > 0) raw.images = images;
  if (Object.keys(betLimits).length > 0) raw.betLimits = betLimits;
  return raw;
}
