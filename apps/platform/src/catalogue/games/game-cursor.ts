import { decodeCursor, encodeCursor } from "../../pagination/cursor.ts";

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

export interface GameCursor {
  readonly key: string | number;
  readonly id: string;
}

/**
 * Opaque to clients: the platform's cursor (pagination/cursor.ts) scoped by `[version, sort,
 * order]`, i.e. base64url of `[version, sort, order, key, id]`. The sort and order are inside so a
 * cursor from one ordering is refused by another instead of silently skipping rows.
 */
export function encodeGameCursor(sort: GameSort, order: SortOrder, position: GameCursor): string {
  return encodeCursor({ sortKey: position.key, id: position.id }, [CURSOR_VERSION, sort, order]);
}

/** The position in a cursor made by this list with the same sort and order; undefined otherwise. */
export function decodeGameCursor(cursor: string, sort: GameSort, order: SortOrder): GameCursor | undefined {
  const position = decodeCursor(cursor, GAME_SORTS[sort].kind, [CURSOR_VERSION, sort, order]);
  return position === undefined ? undefined : { key: position.sortKey, id: position.id };
}
