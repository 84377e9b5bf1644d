import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.

/**
 * Sort columns compare bytes on both dialects: SQLite's BINARY collation, PostgreSQL's "C"
 * (whatever the database's default locale), so names and ids sort the same everywhere and
 * keyset cursors never straddle a locale-dependent order.
 */
function byteOrder(postgres: boolean) {
  return (c: ColumnDefinitionBuilder) => (postgres ? c.modifyEnd(sql`collate "C"`) : c);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const bytes = byteOrder(postgres);

  await db.schema
    .createTable("catalogue_providers")
    .addColumn("id", "text", (c) => bytes(c.primaryKey()))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addCheckConstraint("catalogue_providers_status_check", sql`status in ('active', 'disabled')`)
    .execute();

  await db.schema
    .createTable("catalogue_games")
    .addColumn("id", "text", (c) => bytes(c.primaryKey()))
    .addColumn("provider_id", "text", (c) => bytes(c.notNull().references("catalogue_providers.id")))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_lower", "text", (c) => bytes(c.notNull()))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("rtp_bp", "integer", (c) => c.notNull())
    .addColumn("volatility", "text")
    .addColumn("bet_limits", "text", (c) => c.notNull())
    .addColumn("features", "text", (c) => c.notNull())
    .addColumn("blocked_jurisdictions", "text", (c) => c.notNull())
    .addColumn("thumbnail_url", "text")
    .addColumn("banner_url", "text")
    .addColumn("release_date", "text", (c) => bytes(c.notNull()))
    .addColumn("demo_available", "integer", (c) => c.notNull())
    .addColumn("feed_status", "text", (c) => c.notNull())
    .addColumn("admin_status", "text", (c) => c.notNull())
    .addColumn("popularity", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addColumn("last_import_id", "text")
    .addCheckConstraint("catalogue_games_rtp_check", sql`rtp_bp between 1 and 10000`)
    .addCheckConstraint("catalogue_games_demo_check", sql`demo_available in (0, 1)`)
    .addCheckConstraint("catalogue_games_feed_status_check", sql`feed_status in ('active', 'disabled')`)
    .addCheckConstraint("catalogue_games_admin_status_check", sql`admin_status in ('active', 'disabled')`)
    .execute();
  // One index per sort (keyset pages walk them), plus provider + name for the common filter.
  for (const [name, columns] of [
    ["catalogue_games_name_idx", ["name_lower", "id"]],
    ["catalogue_games_release_idx", ["release_date", "id"]],
    ["catalogue_games_rtp_idx", ["rtp_bp", "id"]],
    ["catalogue_games_popularity_idx", ["popularity", "id"]],
    ["catalogue_games_provider_name_idx", ["provider_id", "name_lower", "id"]],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on("catalogue_games")
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable("catalogue_game_features")
    .addColumn("game_id", "text", (c) =>
      bytes(c.notNull().references("catalogue_games.id").onDelete("cascade")),
    )
    .addColumn("feature", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("catalogue_game_features_pk", ["game_id", "feature"])
    .execute();
  await db.schema
    .createIndex("catalogue_game_features_feature_idx")
    .on("catalogue_game_features")
    .columns(["feature", "game_id"])
    .execute();

  await db.schema
    .createTable("catalogue_game_bet_limits")
    .addColumn("game_id", "text", (c) =>
      bytes(c.notNull().references("catalogue_games.id").onDelete("cascade")),
    )
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("min_minor", "bigint", (c) => c.notNull())
    .addColumn("max_minor", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("catalogue_game_bet_limits_pk", ["game_id", "currency"])
    .addCheckConstraint("catalogue_game_bet_limits_check", sql`min_minor >= 1 and max_minor >= min_minor`)
    .execute();
  await db.schema
    .createIndex("catalogue_game_bet_limits_currency_idx")
    .on("catalogue_game_bet_limits")
    .columns(["currency", "game_id"])
    .execute();

  await db.schema
    .createTable("catalogue_game_blocked_jurisdictions")
    .addColumn("game_id", "text", (c) =>
      bytes(c.notNull().references("catalogue_games.id").onDelete("cascade")),
    )
    .addColumn("jurisdiction", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("catalogue_game_blocked_jurisdictions_pk", ["game_id", "jurisdiction"])
    .execute();

  await db.schema
    .createTable("catalogue_operator_providers")
    .addColumn("operator_id", "text", (c) => c.notNull().references("operators.id"))
    .addColumn("provider_id", "text", (c) => bytes(c.notNull().references("catalogue_providers.id")))
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("catalogue_operator_providers_pk", ["operator_id", "provider_id"])
    .addCheckConstraint("catalogue_operator_providers_enabled_check", sql`enabled in (0, 1)`)
    .execute();

  await db.schema
    .createTable("catalogue_operator_games")
    .addColumn("operator_id", "text", (c) => c.notNull().references("operators.id"))
    .addColumn("game_id", "text", (c) => bytes(c.notNull().references("catalogue_games.id")))
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("catalogue_operator_games_pk", ["operator_id", "game_id"])
    .addCheckConstraint("catalogue_operator_games_enabled_check", sql`enabled in (0, 1)`)
    .execute();

  await db.schema
    .createTable("catalogue_lobby_settings")
    .addColumn("operator_id", "text", (c) => c.primaryKey().references("operators.id"))
    .addColumn("launch_url", "text")
    .addColumn("frame_ancestors", "text", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("catalogue_imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("actor_kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("source", "text")
    .addColumn("feed_sha256", "text", (c) => c.notNull())
    .addColumn("rows_total", "integer", (c) => c.notNull())
    .addColumn("added", "integer", (c) => c.notNull())
    .addColumn("changed", "integer", (c) => c.notNull())
    .addColumn("unchanged", "integer", (c) => c.notNull())
    .addColumn("refused", "integer", (c) => c.notNull())
    .addColumn("report", "text", (c) => c.notNull())
    .addCheckConstraint("catalogue_imports_format_check", sql`format in ('json', 'csv')`)
    .execute();
  await db.schema
    .createIndex("catalogue_imports_created_idx")
    .on("catalogue_imports")
    .columns(["created_at_ms", "id"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "catalogue_imports",
    "catalogue_lobby_settings",
    "catalogue_operator_games",
    "catalogue_operator_providers",
    "catalogue_game_blocked_jurisdictions",
    "catalogue_game_bet_limits",
    "catalogue_game_features",
    "catalogue_games",
    "catalogue_providers",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
