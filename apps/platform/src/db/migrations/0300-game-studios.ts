import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("game_studios")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("launch_url_template", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addCheckConstraint("game_studios_status_check", sql`status in ('active', 'disabled')`)
    .execute();
  await db.schema
    .createTable("studio_keys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("studio_id", "text", (c) => c.notNull().references("game_studios.id"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("sealed_secret", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("revoked_at_ms", "bigint")
    .addColumn("last_used_at_ms", "bigint")
    .execute();
  await db.schema
    .createIndex("studio_keys_studio_idx")
    .on("studio_keys")
    .columns(["studio_id", "created_at_ms", "id"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("studio_keys").execute();
  await db.schema.dropTable("game_studios").execute();
}
