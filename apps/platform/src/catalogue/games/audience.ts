import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import { coveringJurisdictions } from "../vocabulary.ts";

/**
 * Whose view of the catalogue a query takes:
 * - `operator`: what the operator's players may see — globally active games of active
 *   providers, minus what the operator switched off, minus games blocked in `jurisdictions`
 *   (a block on a country covers its subdivisions);
 * - `operator-settings`: the backoffice's view — every globally available game, with the
 *   operator's choices alongside, so a switched-off game can be switched on again;
 * - `admin`: everything, disabled or not.
 *
 * Within an operator's own choices the game's setting wins over its provider's (switch a
 * provider off but keep one title). A global disable (admin or feed) always wins.
 */
export type Audience =
  | { readonly kind: "operator"; readonly operatorId: string; readonly jurisdictions: readonly string[] }
  | { readonly kind: "operator-settings"; readonly operatorId: string }
  | { readonly kind: "admin" };

/**
 * "Enabled for this operator" given its two optional choices: the game's choice if any, else
 * the provider's, else enabled — i.e. `coalesce(og.enabled, op.enabled, 1) = 1`, written so that
 * PostgreSQL's planner estimates it sensibly. (It guesses 0.5 % for the coalesce, then sorts
 * the whole table instead of walking the sort index: 30 ms instead of 1 ms.)
 */
const operatorEnabledSql = sql<boolean>`og.enabled is distinct from 0 and (og.enabled = 1 or op.enabled is distinct from 0)`;

/** Games with the operator's choices joined (for admins, an operator id that matches none). */
function joinedGames(db: Kysely<Database>, operatorId: string) {
  // Providers are reached by subqueries, not joined: with `catalogue_games` the only table the
  // planner may put first, SQLite walks the sort index and stops at the page size even after
  // ANALYZE (joined, it may start from the 60 providers and sort 5 000 games instead).
  return db
    .selectFrom("catalogue_games as g")
    .leftJoin("catalogue_operator_providers as op", (join) =>
      join.onRef("op.provider_id", "=", "g.provider_id").on("op.operator_id", "=", operatorId),
    )
    .leftJoin("catalogue_operator_games as og", (join) =>
      join.onRef("og.game_id", "=", "g.id").on("og.operator_id", "=", operatorId),
    );
}

/** A catalogue query: `catalogueGames`, before or after its visibility conditions. */
export type GamesQuery = ReturnType<typeof joinedGames>;

/**
 * Games with their provider and the audience's operator choices joined, filtered to what the
 * audience may see. Every list, count and single-game read starts here, so the visibility
 * rule lives in one place. `narrow` adds the caller's own conditions (a list's filters)
 * ahead of the visibility ones: SQLite runs a row's correlated subqueries in WHERE order, so a
 * selective filter first spares the visibility probes on every row it drops.
 */
export function catalogueGames(
  db: Kysely<Database>,
  audience: Audience,
  narrow: (query: GamesQuery) => GamesQuery = (query) => query,
): GamesQuery {
  let query = narrow(joinedGames(db, audience.kind === "admin" ? "" : audience.operatorId));
  if (audience.kind === "admin") return query;
  query = query
    .where("g.feed_status", "=", "active")
    .where("g.admin_status", "=", "active")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("catalogue_providers as dp")
            .select(sql.lit(1).as("one"))
            .whereRef("dp.id", "=", "g.provider_id")
            .where("dp.status", "<>", "active"),
        ),
      ),
    );
  if (audience.kind === "operator-settings") return query;
  query = query.where(operatorEnabledSql);
  const blockedCodes = [...new Set(audience.jurisdictions.flatMap(coveringJurisdictions))];
  if (blockedCodes.length === 0) return query;
  return query.where(({ not, exists, selectFrom }) =>
    not(
      exists(
        selectFrom("catalogue_game_blocked_jurisdictions as bj")
          .select(sql.lit(1).as("one"))
          .whereRef("bj.game_id", "=", "g.id")
          .where("bj.jurisdiction", "in", blockedCodes),
      ),
    ),
  );
}

/** Selects the columns every game view needs (see `GameRow`), provider name and status included. */
export function selectGameColumns(query: GamesQuery) {
  return query
    .select([
      "g.id",
      "g.name",
      "g.provider_id",
      "g.type",
      "g.rtp_bp",
      "g.volatility",
      "g.bet_limits",
      "g.features",
      "g.blocked_jurisdictions",
      "g.thumbnail_url",
      "g.banner_url",
      "g.release_date",
      "g.demo_available",
      "g.feed_status",
      "g.admin_status",
      "g.popularity",
      "g.created_at_ms",
      "g.updated_at_ms",
      "g.last_import_id",
      "op.enabled as provider_setting",
      "og.enabled as game_setting",
    ])
    .select(({ selectFrom }) => [
      selectFrom("catalogue_providers as p")
        .select("p.name")
        .whereRef("p.id", "=", "g.provider_id")
        .as("provider_name"),
      selectFrom("catalogue_providers as p")
        .select("p.status")
        .whereRef("p.id", "=", "g.provider_id")
        .as("provider_status"),
    ]);
}

/**
 * Selects only what the operator's view of a game shows (see `OfferedGameRow`): fewer columns
 * to read and turn into JS values than `selectGameColumns`, for the operator API's lists.
 */
export function selectOfferedGameColumns(query: GamesQuery) {
  return query
    .select([
      "g.id",
      "g.name",
      "g.provider_id",
      "g.type",
      "g.rtp_bp",
      "g.volatility",
      "g.bet_limits",
      "g.features",
      "g.blocked_jurisdictions",
      "g.thumbnail_url",
      "g.banner_url",
      "g.release_date",
      "g.demo_available",
      "g.popularity",
    ])
    .select(({ selectFrom }) =>
      selectFrom("catalogue_providers as p")
        .select("p.name")
        .whereRef("p.id", "=", "g.provider_id")
        .as("provider_name"),
    )
    .$narrowType<{ provider_name: string }>(); // every game has its provider (foreign key)
}
