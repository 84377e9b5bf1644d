import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("auth_sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("realm", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("expires_at_ms", "bigint", (c) => c.notNull())
    .addCheckConstraint("auth_sessions_realm_check", sql`realm in ('admin', 'backoffice')`)
    .execute();
  await db.schema
    .createIndex("auth_sessions_expires_idx")
    .on("auth_sessions")
    .column("expires_at_ms")
    .execute();
  await db.schema
    .createIndex("auth_sessions_subject_idx")
    .on("auth_sessions")
    .columns(["realm", "subject_id"])
    .execute();

  await db.schema
    .createTable("platform_settings")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("platform_settings").execute();
  await db.schema.dropTable("auth_sessions").execute();
}
