import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("operator_salt_keys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull().references("operators.id"))
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("sealed_salt", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("activated_at_ms", "bigint")
    .addColumn("retired_at_ms", "bigint")
    .addCheckConstraint("operator_salt_keys_environment_check", sql`environment in ('sandbox', 'live')`)
    .addCheckConstraint("operator_salt_keys_state_check", sql`state in ('active', 'pending', 'retired')`)
    .execute();
  // At most one active and one pending salt per operator and environment: the database, not
  // the code, guarantees the platform never has two salts to choose from.
  await db.schema
    .createIndex("operator_salt_keys_one_active")
    .on("operator_salt_keys")
    .columns(["operator_id", "environment"])
    .unique()
    .where(sql.ref("state"), "=", "active")
    .execute();
  await db.schema
    .createIndex("operator_salt_keys_one_pending")
    .on("operator_salt_keys")
    .columns(["operator_id", "environment"])
    .unique()
    .where(sql.ref("state"), "=", "pending")
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("operator_salt_keys").execute();
}
