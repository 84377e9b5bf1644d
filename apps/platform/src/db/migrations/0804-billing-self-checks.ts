import type { Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  // Each run of the self-check (daily, or asked for) and what it found. Differences are kept for
  // people to look into: the check never changes the records it compares.
  await db.schema
    .createTable("billing_self_checks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("trigger", "text", (c) => c.notNull())
    .addColumn("from_ms", "bigint", (c) => c.notNull())
    .addColumn("to_ms", "bigint", (c) => c.notNull())
    .addColumn("started_at_ms", "bigint", (c) => c.notNull())
    .addColumn("finished_at_ms", "bigint", (c) => c.notNull())
    .addColumn("rounds_checked", "bigint", (c) => c.notNull())
    .addColumn("differences", "bigint", (c) => c.notNull())
    .addColumn("report", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("billing_self_checks_time_idx")
    .on("billing_self_checks")
    .columns(["started_at_ms"])
    .execute();
  // At most one daily run per day, whichever process gets there first.
  await db.schema
    .createIndex("billing_self_checks_daily_uq")
    .on("billing_self_checks")
    .columns(["trigger", "from_ms"])
    .unique()
    .where("trigger", "=", "daily")
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("billing_self_checks").execute();
}
