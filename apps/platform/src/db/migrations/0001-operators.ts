import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("operators")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("company_name", "text", (c) => c.notNull())
    .addColumn("website", "text", (c) => c.notNull())
    .addColumn("contact_name", "text", (c) => c.notNull())
    .addColumn("contact_email", "text", (c) => c.notNull())
    .addColumn("licence_jurisdictions", "text", (c) => c.notNull())
    .addColumn("currencies", "text", (c) => c.notNull())
    .addColumn("expected_volume_minor", "bigint")
    .addColumn("expected_volume_currency", "text")
    .addColumn("expected_volume_range", "text")
    .addColumn("platform_description", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("status_before_suspension", "text")
    .addColumn("status_reason", "text")
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addCheckConstraint(
      "operators_status_check",
      sql`status in ('pending', 'sandbox', 'live', 'suspended', 'rejected')`,
    )
    .addCheckConstraint(
      "operators_suspension_check",
      sql`(status = 'suspended') = (status_before_suspension is not null)`,
    )
    .addCheckConstraint(
      "operators_volume_check",
      sql`(expected_volume_minor is null and expected_volume_currency is null and expected_volume_range is not null)
        or (expected_volume_minor >= 0 and expected_volume_currency is not null and expected_volume_range is null)`,
    )
    .execute();
  await db.schema
    .createIndex("operators_status_created_idx")
    .on("operators")
    .columns(["status", "created_at_ms", "id"])
    .execute();
  await db.schema
    .createIndex("operators_created_idx")
    .on("operators")
    .columns(["created_at_ms", "id"])
    .execute();

  await db.schema
    .createTable("operator_users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull().references("operators.id"))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("last_login_at_ms", "bigint")
    .execute();
  await db.schema
    .createIndex("operator_users_operator_idx")
    .on("operator_users")
    .column("operator_id")
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("operator_users").execute();
  await db.schema.dropTable("operators").execute();
}
