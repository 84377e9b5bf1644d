import { sql, type SelectQueryBuilder } from "kysely";
import type { ServiceDeps } from "../../deps.ts";
import type { Page } from "../../pagination/cursor.ts";
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from "../../pagination/cursor.ts";
import { normaliseName } from "../vocabulary.ts";
import {
  catalogueGames,
  selectGameColumns,
  selectOfferedGameColumns,
  type Audience,
  type GamesQuery,
} from "./audience.ts";
import {
  decodeGameCursor,
  encodeGameCursor,
  GAME_SORTS,
  type GameSort,
  type SortOrder,
} from "./game-cursor.ts";
import type { OfferedGameRow } from "./game-json.ts";
import type { GameRow } from "./present.ts";

export interface GameFilters {
  /** Case- and accent-insensitive substring of the name. */
  readonly search?: string | undefined;
  readonly provider?: string | undefined;
  readonly type?: string | undefined;
  readonly feature?: string | undefined;
  readonly volatility?: string | undefined;
  /** Only games with bet limits in this currency… */
  readonly currency?: string | undefined;
  /** …that accept this stake (min ≤ stake ≤ max), minor units. Needs `currency`. */
  readonly stakeMinor?: number | undefined;
  readonly demoAvailable?: boolean | undefined;
}

export interface GameListQuery extends GameFilters {
  readonly sort?: GameSort | undefined;
  readonly order?: SortOrder | undefined;
  readonly limit?: number | undefined;
  readonly cursor?: string | undefined;
}

export type GameListResult<Row = GameRow> =
  | { readonly ok: true; readonly page: Page<Row> }
  | { readonly ok: false; readonly code: "INVALID_CURSOR"; readonly message: string };

/**
 * One page of the audience's games, filtered and sorted, keyset-paginated on (sort key, id):
 * pages never repeat or skip a game, ties included, and cost the same at any depth. Each sort
 * walks its own index (name_lower, release_date, rtp_bp, popularity — each with id).
 *
 * @example
 * const result = await listGames(deps, { kind: "admin" }, { search: "gold", sort: "rtp", limit: 20 });
 */
export async function listGames(
  deps: Pick<ServiceDeps, "db">,
  audience: Audience,
  query: GameListQuery,
): Promise<GameListResult> {
  return listPage(deps, audience, query, selectGameColumns) as Promise<GameListResult>;
}

/**
 * `listGames` for the operator API: the same games, pages and cursors, with only the columns
 * the operator's view shows (`OfferedGameRow`, serialised by `gamePageJson`).
 *
 * @example
 * const result = await listOfferedGames(deps, audience, { sort: "releaseDate", limit: 200 });
 */
export async function listOfferedGames(
  deps: Pick<ServiceDeps, "db">,
  audience: Extract<Audience, { kind: "operator" }>,
  query: GameListQuery,
): Promise<GameListResult<OfferedGameRow>> {
  return listPage(deps, audience, query, selectOfferedGameColumns);
}

type GamesQueryDb = GamesQuery extends SelectQueryBuilder<infer DB, infer _TB, infer _O> ? DB : never;
type GamesQueryTables = GamesQuery extends SelectQueryBuilder<infer _DB, infer TB, infer _O> ? TB : never;

async function listPage<Row extends { id: string }>(
  deps: Pick<ServiceDeps, "db">,
  audience: Audience,
  query: GameListQuery,
  project: (query: GamesQuery) => SelectQueryBuilder<GamesQueryDb, GamesQueryTables, Row>,
): Promise<GameListResult<Row>> {
  const sort = query.sort ?? "name";
  const order = query.order ?? GAME_SORTS[sort].defaultOrder;
  const limit = Math.min(Math.max(query.limit ?? PAGE_LIMIT_DEFAULT, 1), PAGE_LIMIT_MAX);
  const after = query.cursor === undefined ? undefined : decodeGameCursor(query.cursor, sort, order);
  if (query.cursor !== undefined && after === undefined) {
    return {
      ok: false,
      code: "INVALID_CURSOR",
      message: "The cursor is not from this list with this sort and order; start without one.",
    };
  }
  const column = sql.ref(GAME_SORTS[sort].column);
  let q = project(catalogueGames(deps.db, audience, (games) => filtered(games, query))).select(
    sql<string | number>`${column}`.as("sort_key"),
  );
  if (after !== undefined) {
    const op = sql.raw(order === "asc" ? ">" : "<");
    q = q.where(sql<boolean>`(${column}, g.id) ${op} (${after.key}, ${after.id})`);
  }
  const rows = await q
    .orderBy(column, order)
    .orderBy("g.id", order)
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined
      ? encodeGameCursor(sort, order, { key: last.sort_key, id: last.id })
      : null;
  return { ok: true, page: { items, nextCursor } };
}

/** Applies the filters to a catalogue query (see `catalogueGames`' `narrow`). */
export function filtered(query: GamesQuery, filters: GameFilters): GamesQuery {
  let q = query;
  const search = filters.search === undefined ? "" : normaliseName(filters.search);
  if (search !== "") q = q.where(sql<boolean>`g.name_lower like ${`%${escapeLike(search)}%`} escape '\\'`);
  if (filters.provider !== undefined) q = q.where("g.provider_id", "=", filters.provider);
  if (filters.type !== undefined) q = q.where("g.type", "=", filters.type);
  if (filters.volatility !== undefined) q = q.where("g.volatility", "=", filters.volatility);
  if (filters.demoAvailable !== undefined)
    q = q.where("g.demo_available", "=", filters.demoAvailable ? 1 : 0);
  const { feature, currency, stakeMinor } = filters;
  // `limit 1` (a literal) keeps SQLite from turning these EXISTS into joins, which it runs after
  // the visibility checks; kept as subqueries they run in WHERE order, ahead of them (see
  // `catalogueGames`), so the visibility probes are spent only on games that pass the filters:
  // 40 % less for feature + currency. PostgreSQL drops a constant LIMIT and plans a semi-join.
  if (feature !== undefined) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("catalogue_game_features as gf")
          .select(sql.lit(1).as("one"))
          .whereRef("gf.game_id", "=", "g.id")
          .where("gf.feature", "=", feature)
          .limit(sql.lit(1)),
      ),
    );
  }
  if (currency !== undefined) {
    q = q.where(({ exists, selectFrom }) => {
      let limits = selectFrom("catalogue_game_bet_limits as bl")
        .select(sql.lit(1).as("one"))
        .whereRef("bl.game_id", "=", "g.id")
        .where("bl.currency", "=", currency);
      if (stakeMinor !== undefined)
        limits = limits.where("bl.min_minor", "<=", stakeMinor).where("bl.max_minor", ">=", stakeMinor);
      return exists(limits.limit(sql.lit(1)));
    });
  }
  return q;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
