/** The sorts of the game list, the column each walks, and its default direction. */
export const GAME_SORTS = {
  name: { column: "g.name_lower", kind: "string", defaultOrder: "asc" },
  releaseDate: { column: "g.release_date", kind: "string", defaultOrder: "desc" },
  rtp: { column: "g.rtp_bp", kind: "number", defaultOrder: "desc" },
  popularity: { column: "g.popularity", kind: "number", defaultOrder: "desc" },
} as const;
export type GameSort = keyof typeof GAME_SORTS;
export const GAME_SORT_NAMES = [
  "name",
  "releaseDate",
  "rtp",
  "popularity",
] as const satisfies readonly GameSort[];
export type SortOrder = "asc" | "desc";

const CURSOR_VERSION = 1;
const CURSOR_MAX_LENGTH = 512;

export interface GameCursor {
  readonly key: string | number;
  readonly id: string;
}

/**
 * Opaque to clients: base64url of `[version, sort, order, key, id]`. The sort and order are
 * inside so a cursor from one ordering is refused by another instead of silently skipping rows.
 */
export function encodeGameCursor(sort: GameSort, order: SortOrder, position: GameCursor): string {
  return Buffer.from(
    JSON.stringify([CURSOR_VERSION, sort, order, position.key, position.id]),
    "utf8",
  ).toString("base64url");
}

/** The position in a cursor made by this list with the same sort and order; undefined otherwise. */
export function decodeGameCursor(cursor: string, sort: GameSort, order: SortOrder): GameCursor | undefined {
  if (cursor.length > CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 5) return undefined;
  const [version, cursorSort, cursorOrder, key, id] = value as unknown[];
  if (version !== CURSOR_VERSION || cursorSort !== sort || cursorOrder !== order || typeof id !== "string")
    return undefined;
  const validKey =
    GAME_SORTS[sort].kind === "number"
      ? typeof key === "number" && Number.isSafeInteger(key)
      : typeof key === "string" && key.length <= CURSOR_MAX_LENGTH;
  return validKey ? { key: key as string | number, id } : undefined;
}
