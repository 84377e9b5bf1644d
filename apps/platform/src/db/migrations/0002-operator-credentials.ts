import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("operator_credentials")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull().references("operators.id"))
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("secret_hash", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("created_by_user_id", "text")
    .addColumn("revoked_at_ms", "bigint")
    .addColumn("last_used_at_ms", "bigint")
    .addCheckConstraint("operator_credentials_environment_check", sql`environment in ('sandbox', 'live')`)
    .execute();
  await db.schema
    .createIndex("operator_credentials_operator_idx")
    .on("operator_credentials")
    .columns(["operator_id", "created_at_ms", "id"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("operator_credentials").execute();
}
