import { sql } from "kysely";
import type { ServiceDeps } from "../deps.ts";
import { catalogueGames, type Audience } from "./games/audience.ts";
import { settingOf, type OperatorSetting } from "./games/present.ts";
import type { CatalogueStatus } from "./tables.ts";

/** Providers are few (tens, a few hundred): lists are not paginated but capped. */
export const PROVIDERS_MAX = 1000;

/** A provider as operators see it: only those with at least one game the operator offers. */
export interface Provider {
  readonly id: string;
  readonly name: string;
}

export interface AdminProvider {
  readonly id: string;
  readonly name: string;
  readonly status: CatalogueStatus;
  /** Every game of the provider, disabled or not. */
  readonly gameCount: number;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
}

export interface OperatorSettingsProvider {
  readonly id: string;
  readonly name: string;
  /** Globally available games of the provider. */
  readonly gameCount: number;
  readonly enabled: boolean;
  readonly setting: OperatorSetting;
}

/**
 * The providers with at least one game this operator audience may see, by name. A probe per
 * provider (which stops at the first visible game) rather than a count over every game: this
 * list backs lobby filters and must stay cheap.
 */
export async function listOperatorProviders(
  deps: Pick<ServiceDeps, "db">,
  audience: Extract<Audience, { kind: "operator" }>,
): Promise<Provider[]> {
  const rows = await deps.db
    .selectFrom("catalogue_providers as provider")
    .select(["provider.id", "provider.name"])
    .where("provider.status", "=", "active")
    .where((eb) =>
      eb(
        // A scalar subquery with LIMIT 1 rather than EXISTS: PostgreSQL would flatten EXISTS into
        // a semi-join over every game; this is probed per provider and stops at the first
        // visible game, walking the provider index, as SQLite does.
        catalogueGames(deps.db, audience)
          .select(sql.lit(1).as("one"))
          .where(sql<boolean>`g.provider_id = provider.id`)
          .limit(1),
        "=",
        1,
      ),
    )
    .orderBy(sql`lower(provider.name)`)
    .orderBy("provider.id")
    .limit(PROVIDERS_MAX)
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name }));
}

/** Every provider, with its status and total game count. */
export async function listAdminProviders(deps: Pick<ServiceDeps, "db">): Promise<AdminProvider[]> {
  const rows = await deps.db
    .selectFrom("catalogue_providers as p")
    .selectAll("p")
    .select((eb) =>
      eb
        .selectFrom("catalogue_games as g")
        .select(sql<number>`count(*)`.as("n"))
        .whereRef("g.provider_id", "=", "p.id")
        .as("game_count"),
    )
    .orderBy(sql`lower(p.name)`)
    .orderBy("p.id")
    .limit(PROVIDERS_MAX)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    status: row.status,
    gameCount: Number(row.game_count ?? 0),
    createdAtMs: row.created_at_ms,
    updatedAtMs: row.updated_at_ms,
  }));
}

/** Globally active providers with the operator's choice about each (backoffice). */
export async function listOperatorSettingsProviders(
  deps: Pick<ServiceDeps, "db">,
  operatorId: string,
): Promise<OperatorSettingsProvider[]> {
  const rows = await deps.db
    .selectFrom("catalogue_providers as p")
    .leftJoin("catalogue_operator_providers as op", (join) =>
      join.onRef("op.provider_id", "=", "p.id").on("op.operator_id", "=", operatorId),
    )
    .select(["p.id", "p.name", "op.enabled"])
    .select((eb) =>
      eb
        .selectFrom("catalogue_games as g")
        .select(sql<number>`count(*)`.as("n"))
        .whereRef("g.provider_id", "=", "p.id")
        .where("g.feed_status", "=", "active")
        .where("g.admin_status", "=", "active")
        .as("game_count"),
    )
    .where("p.status", "=", "active")
    .orderBy(sql`lower(p.name)`)
    .orderBy("p.id")
    .limit(PROVIDERS_MAX)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    gameCount: Number(row.game_count ?? 0),
    enabled: (row.enabled ?? 1) === 1,
    setting: settingOf(row.enabled),
  }));
}
