import type { Page } from "../../pagination/cursor.ts";
import { formatRtp } from "../vocabulary.ts";

/** The columns the operator's view of a game needs (see `selectOfferedGameColumns`). */
export interface OfferedGameRow {
  id: string;
  name: string;
  provider_id: string;
  provider_name: string;
  type: string;
  rtp_bp: number;
  volatility: string | null;
  /** Canonical JSON written by the import: `{"EUR":{"minMinor":10,"maxMinor":10000}}`. */
  bet_limits: string;
  /** Canonical JSON written by the import: `["free_spins","jackpot"]`. */
  features: string;
  /** Canonical JSON written by the import: `["GB","US"]`. */
  blocked_jurisdictions: string;
  thumbnail_url: string | null;
  banner_url: string | null;
  release_date: string;
  demo_available: number;
  popularity: number;
}

// For a string, JSON.stringify gives exactly what the response schema's serializer
// (fast-json-stringify) writes: both escape the same characters the same way.
const text = JSON.stringify as (value: string) => string;
const textOrNull = (value: string | null) => (value === null ? "null" : text(value));

/**
 * A game as `GameSchema` serialises `presentGame(row)`, byte for byte (same fields, same
 * order; `game-json.test.ts` holds the two together), written straight from the row. The
 * list-valued columns are already the JSON the response shows — the import writes them with
 * `JSON.stringify` from validated values and is their only writer — so they are spliced in
 * rather than parsed and serialised again, which was a third of a 200-game page's CPU time.
 *
 * @example
 * gameJson(row); // '{"id":"sweet-bonanza","name":"Sweet Bonanza","provider":{…},…,"popularity":0}'
 */
export function gameJson(row: OfferedGameRow): string {
  return (
    `{"id":${text(row.id)},"name":${text(row.name)},` +
    `"provider":{"id":${text(row.provider_id)},"name":${text(row.provider_name)}},` +
    `"type":${text(row.type)},"rtp":${text(formatRtp(row.rtp_bp))},"rtpBasisPoints":${integer(row.rtp_bp)},` +
    `"volatility":${textOrNull(row.volatility)},"betLimits":${row.bet_limits},"features":${row.features},` +
    `"images":{"thumbnail":${textOrNull(row.thumbnail_url)},"banner":${textOrNull(row.banner_url)}},` +
    `"blockedJurisdictions":${row.blocked_jurisdictions},"releaseDate":${text(row.release_date)},` +
    `"demoAvailable":${row.demo_available === 1},"popularity":${integer(row.popularity)}}`
  );
}

/** Integer columns; anything else would be a corrupt row, refused rather than sent as bad JSON. */
function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new TypeError(`catalogue game column is not an integer: ${value}`);
  return String(value);
}

const PAGE_START = Buffer.from('{"items":[');
const COMMA = Buffer.from(",");

/**
 * A page of games as the body of `PageOf(GameSchema)`, as bytes. Bytes rather than one string:
 * a 200-game page is ~135 kB, and V8 puts every string over 128 kB in its large-object space,
 * whose allocation costs over 1 ms here (flattening the serializer's concatenated string was
 * a quarter of the request's CPU time); buffers are cheap at any size.
 *
 * @example
 * reply.type("application/json; charset=utf-8").send(gamePageJson(page));
 */
export function gamePageJson(page: Page<OfferedGameRow>): Buffer {
  const parts: Buffer[] = [PAGE_START];
  for (const [index, row] of page.items.entries()) {
    if (index > 0) parts.push(COMMA);
    parts.push(Buffer.from(gameJson(row)));
  }
  parts.push(Buffer.from(`],"nextCursor":${textOrNull(page.nextCursor)}}`));
  return Buffer.concat(parts);
}
