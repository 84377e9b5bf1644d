import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("studio_rounds")
    .addColumn("round_ref", "text", (c) => c.primaryKey())
    .addColumn("session_id", "text", (c) => c.notNull())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("player_id", "text", (c) => c.notNull())
    .addColumn("game_id", "text", (c) => c.notNull())
    .addColumn("engine", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("demo", "integer", (c) => c.notNull())
    .addColumn("platform_round_id", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("request", "text", (c) => c.notNull())
    .addColumn("draws", "text", (c) => c.notNull())
    .addColumn("display", "text", (c) => c.notNull())
    .addColumn("state", "text")
    .addColumn("pending_state", "text")
    .addColumn("pending_tx_id", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("bet_minor", "bigint", (c) => c.notNull())
    .addColumn("win_minor", "bigint")
    .addColumn("error_code", "text")
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addColumn("settled_at_ms", "bigint")
    .addCheckConstraint(
      "studio_rounds_status_check",
      sql`status in ('pending_bet', 'refused', 'in_play', 'pending_win', 'settled')`,
    )
    .addCheckConstraint("studio_rounds_environment_check", sql`environment in ('sandbox', 'live')`)
    .addCheckConstraint(
      "studio_rounds_money_check",
      sql`bet_minor >= 0 and (win_minor is null or win_minor >= 0)`,
    )
    .execute();
  // A session's history, newest first.
  await db.schema
    .createIndex("studio_rounds_session_idx")
    .on("studio_rounds")
    .columns(["session_id", "created_at_ms", "round_ref"])
    .execute();
  // The operator's replay looks rounds up by the platform round id it saw in wallet calls.
  await db.schema
    .createIndex("studio_rounds_platform_round_idx")
    .on("studio_rounds")
    .column("platform_round_id")
    .unique()
    .where(sql.ref("platform_round_id"), "is not", null)
    .execute();
  // Rounds to drive again (recovery) are few: a partial index keeps the lookup cheap.
  await db.schema
    .createIndex("studio_rounds_unfinished_idx")
    .on("studio_rounds")
    .columns(["session_id", "status"])
    .where(sql.ref("status"), "in", ["pending_bet", "in_play", "pending_win"])
    .execute();

  await db.schema
    .createTable("studio_access_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("session_id", "text", (c) => c.notNull())
    .addColumn("sealed_studio_token", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("expires_at_ms", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("studio_access_tokens_session_idx")
    .on("studio_access_tokens")
    .columns(["session_id", "expires_at_ms"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("studio_access_tokens").execute();
  await db.schema.dropTable("studio_rounds").execute();
}
