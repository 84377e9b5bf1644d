import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("operator_wallet_settings")
    .addColumn("operator_id", "text", (c) => c.notNull().references("operators.id"))
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("callback_url", "text")
    .addColumn("callback_timeout_ms", "integer", (c) => c.notNull())
    .addColumn("max_concurrency", "integer", (c) => c.notNull())
    .addColumn("breaker_failure_threshold", "integer", (c) => c.notNull())
    .addColumn("breaker_cooldown_ms", "integer", (c) => c.notNull())
    .addColumn("profile", "text", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("operator_wallet_settings_pk", ["operator_id", "environment"])
    .addCheckConstraint("operator_wallet_settings_environment_check", sql`environment in ('sandbox', 'live')`)
    .addCheckConstraint("operator_wallet_settings_profile_check", sql`profile in ('native', 'gamehub')`)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("operator_wallet_settings").execute();
}
