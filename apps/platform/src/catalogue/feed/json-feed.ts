import { isSlug, NAME_MAX_LENGTH } from "../vocabulary.ts";
import {
  FEED_ROWS_MAX,
  FEED_WARNINGS_MAX,
  type FeedParseResult,
  type FeedProvider,
  type FeedRow,
} from "./feed.ts";
import type { RowFormat } from "./validate-row.ts";

const GAME_KEYS = new Set([
  "id",
  "name",
  "provider",
  "providerName",
  "type",
  "rtp",
  "volatility",
  "betLimits",
  "features",
  "images",
  "blockedJurisdictions",
  "releaseDate",
  "demoAvailable",
  "status",
]);

export const JSON_ROW_FORMAT: RowFormat = { textValues: false, fieldName: (path) => path };

/**
 * Reads a JSON feed (already parsed from the body). Two shapes are accepted: a bare array of
 * games, or `{ "providers": [{ "id", "name" }], "games": [...] }`. A game:
 *
 * ```json
 * { "id": "book-of-gold", "name": "Book of Gold", "provider": "acme", "providerName": "Acme Gaming",
 *   "type": "slot", "rtp": "96.21", "volatility": "high",
 *   "betLimits": { "EUR": { "minMinor": 10, "maxMinor": 10000 } },
 *   "features": ["free_spins", "buy_feature"], "images": { "thumbnail": "https://…", "banner": "https://…" },
 *   "blockedJurisdictions": ["GB", "US-NJ"], "releaseDate": "2024-03-01", "demoAvailable": true, "status": "active" }
 * ```
 * Unknown fields are ignored with a warning (feeds grow fields before we read them).
 */
export function readJsonFeed(body: unknown): FeedParseResult {
  let games: unknown[];
  let providersValue: unknown = [];
  if (Array.isArray(body)) {
    games = body;
  } else if (typeof body === "object" && body !== null) {
    const object = body as { games?: unknown; providers?: unknown };
    if (!Array.isArray(object.games))
      return { ok: false, message: "The JSON feed needs a `games` array (or be an array of games)." };
    games = object.games;
    providersValue = object.providers ?? [];
  } else {
    return {
      ok: false,
      message: "The JSON feed must be an array of games or an object with a `games` array.",
    };
  }
  if (games.length > FEED_ROWS_MAX) {
    return {
      ok: false,
      message: `The feed has ${games.length} games; at most ${FEED_ROWS_MAX} per import. Split it.`,
    };
  }
  const providers = readProviders(providersValue);
  if (typeof providers === "string") return { ok: false, message: providers };

  const unknownKeys = new Map<string, number>();
  const rows: FeedRow[] = games.map((game, index) => {
    const row = index + 1;
    if (typeof game !== "object" || game === null || Array.isArray(game))
      return { row, raw: null, refusal: { field: "(row)", reason: "must be a JSON object" } };
    for (const key of Object.keys(game))
      if (!GAME_KEYS.has(key) && !unknownKeys.has(key)) unknownKeys.set(key, row);
    return { row, raw: game as Record<string, unknown> };
  });
  const warnings = [...unknownKeys]
    .slice(0, FEED_WARNINGS_MAX)
    .map(([key, row]) => `Unknown field "${key.slice(0, 60)}" ignored (first seen in game ${row}).`);
  return { ok: true, feed: { format: "json", rowFormat: JSON_ROW_FORMAT, rows, providers, warnings } };
}

function readProviders(value: unknown): FeedProvider[] | string {
  if (!Array.isArray(value)) return "`providers` must be an array of { id, name }.";
  const out: FeedProvider[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of value.entries()) {
    const { id, name } = (typeof entry === "object" && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >;
    if (typeof id !== "string" || !isSlug(id))
      return `providers[${index}].id must be a lower-case slug like acme-gaming.`;
    if (typeof name !== "string" || name.trim() === "" || name.length > NAME_MAX_LENGTH) {
      return `providers[${index}].name must be a non-blank string of at most ${NAME_MAX_LENGTH} characters.`;
    }
    if (seen.has(id)) return `providers[${index}]: provider ${id} is listed twice.`;
    seen.add(id);
    out.push({ id, name: name.trim().replace(/\s+/g, " ") });
  }
  return out;
}
