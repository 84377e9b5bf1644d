import { sql, type SelectQueryBuilder } from "kysely";
import { Type, type TSchema } from "typebox";

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;
const CURSOR_MAX_LENGTH = 512;

/** The query fields of every list: `limit` (1–200, default 50) and an opaque `cursor`. */
export const PageQuery = {
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: PAGE_LIMIT_MAX,
      description: `Items per page (default ${PAGE_LIMIT_DEFAULT}).`,
    }),
  ),
  cursor: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: CURSOR_MAX_LENGTH,
      description: "`nextCursor` of the previous page.",
    }),
  ),
};

/** A page of items and the cursor of the next one (null on the last page). */
export function PageOf<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: "Pass as `cursor` for the next page.",
    }),
  });
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** Where the previous page ended: the last item's sort key and id (the tie-breaker). */
export interface CursorPosition {
  readonly sortKey: number | string;
  readonly id: string;
}

/**
 * Opaque to clients: base64url of `[...scope, sortKey, id]`. `scope` names what the position is
 * in (e.g. a list's version, sort and order) so that a cursor from one ordering is refused by
 * another instead of silently skipping rows; most lists have none.
 */
export function encodeCursor(position: CursorPosition, scope: readonly CursorScalar[] = []): string {
  return Buffer.from(JSON.stringify([...scope, position.sortKey, position.id]), "utf8").toString("base64url");
}

/** A value a cursor's scope may hold. */
export type CursorScalar = string | number;

/**
 * The position in a cursor, or undefined when it is not one this API produced for the same
 * `scope`, or its sort key is not of the list's kind (a number key fed to a text column would fail
 * in PostgreSQL).
 */
export function decodeCursor(
  cursor: string,
  sortKeyKind: "number" | "string",
  scope: readonly CursorScalar[] = [],
): CursorPosition | undefined {
  if (cursor.length > CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== scope.length + 2) return undefined;
  if (scope.some((part, index) => value[index] !== part)) return undefined;
  const [sortKey, id] = value.slice(scope.length) as [unknown, unknown];
  if (typeof id !== "string") return undefined;
  if (sortKeyKind === "number" && typeof sortKey === "number" && Number.isSafeInteger(sortKey))
    return { sortKey, id };
  if (sortKeyKind === "string" && typeof sortKey === "string") return { sortKey, id };
  return undefined;
}

export interface KeysetOptions<Row> {
  /** Column to sort by, e.g. `created_at_ms`; with `idColumn` it must be unique per row. */
  readonly sortColumn: string;
  readonly idColumn: string;
  readonly direction: "asc" | "desc";
  readonly limit?: number | undefined;
  /** Already decoded (see `decodeCursor`); undefined for the first page. */
  readonly after?: CursorPosition | undefined;
  /** The row's sort key and id, to build the next cursor. */
  readonly positionOf: (row: Row) => CursorPosition;
}

/**
 * Runs a keyset-paginated query: rows strictly after the cursor's `(sortKey, id)`, in a
 * stable order, one more than the limit to know whether a next page exists. Offsets are never
 * used, so pages stay correct while rows are inserted and cost the same at any depth.
 *
 * @example
 * const page = await keysetPage(db.selectFrom("audit_log").selectAll(), {
 *   sortColumn: "at_ms", idColumn: "id", direction: "desc", limit: 50, after,
 *   positionOf: (row) => ({ sortKey: row.at_ms, id: row.id }),
 * });
 */
export async function keysetPage<DB, TB extends keyof DB, Row>(
  query: SelectQueryBuilder<DB, TB, Row>,
  options: KeysetOptions<Row>,
): Promise<Page<Row>> {
  const limit = Math.min(Math.max(options.limit ?? PAGE_LIMIT_DEFAULT, 1), PAGE_LIMIT_MAX);
  const sort = sql.ref(options.sortColumn);
  const id = sql.ref(options.idColumn);
  let q = query;
  if (options.after !== undefined) {
    const op = options.direction === "desc" ? sql.raw("<") : sql.raw(">");
    // Row-value comparison: (sort, id) < (k, i) — supported by PostgreSQL and SQLite ≥ 3.15.
    q = q.where(sql<boolean>`(${sort}, ${id}) ${op} (${options.after.sortKey}, ${options.after.id})`);
  }
  const rows = await q
    .orderBy(sort, options.direction)
    .orderBy(id, options.direction)
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined ? encodeCursor(options.positionOf(last)) : null;
  return { items, nextCursor };
}
