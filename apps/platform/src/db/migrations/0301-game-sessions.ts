import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("game_sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull().references("operators.id"))
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("player_id", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("game_id", "text", (c) => c.notNull())
    .addColumn("studio_id", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("return_url", "text", (c) => c.notNull())
    .addColumn("cashier_url", "text", (c) => c.notNull())
    .addColumn("demo", "integer", (c) => c.notNull())
    .addColumn("demo_balance_minor", "bigint")
    .addColumn("last_balance_minor", "bigint")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("launch_token_hash", "text", (c) => c.notNull())
    .addColumn("launch_expires_at_ms", "bigint", (c) => c.notNull())
    .addColumn("launched_at_ms", "bigint")
    .addColumn("studio_token_hash", "text")
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("last_activity_at_ms", "bigint", (c) => c.notNull())
    .addColumn("ended_at_ms", "bigint")
    .addColumn("end_reason", "text")
    .addCheckConstraint("game_sessions_environment_check", sql`environment in ('sandbox', 'live')`)
    .addCheckConstraint(
      "game_sessions_status_check",
      sql`status in ('created', 'active', 'ended', 'expired')`,
    )
    .addCheckConstraint(
      "game_sessions_demo_check",
      sql`(demo = 0 and demo_balance_minor is null) or (demo = 1 and demo_balance_minor >= 0)`,
    )
    .execute();
  await db.schema
    .createIndex("game_sessions_launch_token_idx")
    .on("game_sessions")
    .column("launch_token_hash")
    .unique()
    .execute();
  await db.schema
    .createIndex("game_sessions_studio_token_idx")
    .on("game_sessions")
    .column("studio_token_hash")
    .unique()
    .execute();
  await db.schema
    .createIndex("game_sessions_operator_idx")
    .on("game_sessions")
    .columns(["operator_id", "environment", "created_at_ms", "id"])
    .execute();
  // The expiry sweeper reads only sessions that can still expire.
  await db.schema
    .createIndex("game_sessions_live_idx")
    .on("game_sessions")
    .column("last_activity_at_ms")
    .where(sql.ref("status"), "in", sql`('created', 'active')`)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("game_sessions").execute();
}
