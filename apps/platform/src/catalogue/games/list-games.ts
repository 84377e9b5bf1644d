import { sql } from "kysely";
import type { ServiceDeps } from "../../deps.ts";
import type { Page } from "../../pagination/cursor.ts";
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from "../../pagination/cursor.ts";
import { normaliseName } from "../vocabulary.ts";
import { catalogueGames, selectGameColumns, type Audience } from "./audience.ts";
import {
  decodeGameCursor,
  encodeGameCursor,
  GAME_SORTS,
  type GameSort,
  type SortOrder,
} from "./game-cursor.ts";
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

export type GameListResult =
  | { readonly ok: true; readonly page: Page<GameRow> }
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
  let q = selectGameColumns(filtered(catalogueGames(deps.db, audience), query)).select(
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
  return { ok: true, page: { items: items as GameRow[], nextCursor } };
}

/** Applies the filters to any catalogue query (lists and counts share them). */
export function filtered<Q extends ReturnType<typeof catalogueGames>>(query: Q, filters: GameFilters): Q {
  let q = query;
  const search = filters.search === undefined ? "" : normaliseName(filters.search);
  if (search !== "")
    q = q.where(sql<boolean>`g.name_lower like ${`%${escapeLike(search)}%`} escape '\\'`) as Q;
  if (filters.provider !== undefined) q = q.where("g.provider_id", "=", filters.provider) as Q;
  if (filters.type !== undefined) q = q.where("g.type", "=", filters.type) as Q;
  if (filters.volatility !== undefined) q = q.where("g.volatility", "=", filters.volatility) as Q;
  if (filters.demoAvailable !== undefined)
    q = q.where("g.demo_available", "=", filters.demoAvailable ? 1 : 0) as Q;
  const { feature, currency, stakeMinor } = filters;
  if (feature !== undefined) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("catalogue_game_features as gf")
          .select(sql.lit(1).as("one"))
          .whereRef("gf.game_id", "=", "g.id")
          .where("gf.feature", "=", feature),
      ),
    ) as Q;
  }
  if (currency !== undefined) {
    q = q.where(({ exists, selectFrom }) => {
      let limits = selectFrom("catalogue_game_bet_limits as bl")
        .select(sql.lit(1).as("one"))
        .whereRef("bl.game_id", "=", "g.id")
        .where("bl.currency", "=", currency);
      if (stakeMinor !== undefined)
        limits = limits.where("bl.min_minor", "<=", stakeMinor).where("bl.max_minor", ">=", stakeMinor);
      return exists(limits);
    }) as Q;
  }
  return q;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
