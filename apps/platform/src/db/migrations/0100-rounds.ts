import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rounds")
    .addColumn("round_id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("session_id", "text", (c) => c.notNull())
    .addColumn("player_id", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("game_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("opened_at_ms", "bigint", (c) => c.notNull())
    .addColumn("closed_at_ms", "bigint")
    .addColumn("close_reason", "text")
    .addCheckConstraint("rounds_status_check", sql`status in ('open', 'closed', 'void')`)
    .addCheckConstraint("rounds_environment_check", sql`environment in ('sandbox', 'live')`)
    .execute();
  // The abandoned-round sweeper and the open-rounds gauge read only open rounds.
  await db.schema
    .createIndex("rounds_open_idx")
    .on("rounds")
    .column("opened_at_ms")
    .where(sql.ref("status"), "=", "open")
    .execute();
  await db.schema.createIndex("rounds_session_idx").on("rounds").column("session_id").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("rounds").execute();
}
