import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  // Events an operator must act on, written in the transaction of what caused them and delivered
  // to its webhook from here (a durable outbox): `dedupe_key` makes a cause notify once.
  await db.schema
    .createTable("operator_notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("dedupe_key", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at_ms", "bigint", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("delivered_at_ms", "bigint")
    .addCheckConstraint(
      "operator_notifications_state_check",
      sql`state in ('pending', 'delivered', 'failed', 'no_webhook')`,
    )
    .execute();
  await db.schema
    .createIndex("operator_notifications_dedupe_uq")
    .on("operator_notifications")
    .columns(["operator_id", "dedupe_key"])
    .unique()
    .execute();
  await db.schema
    .createIndex("operator_notifications_due_idx")
    .on("operator_notifications")
    .column("next_attempt_at_ms")
    .where(sql.ref("state"), "=", "pending")
    .execute();
  await db.schema
    .createIndex("operator_notifications_list_idx")
    .on("operator_notifications")
    .columns(["operator_id", "created_at_ms"])
    .execute();

  await db.schema
    .createTable("operator_webhooks")
    .addColumn("operator_id", "text", (c) => c.primaryKey())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("secret_encrypted", "text", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .execute();

  // The credit state last notified per operator, so a crossing notifies once.
  await db.schema
    .createTable("billing_credit_notices")
    .addColumn("operator_id", "text", (c) => c.primaryKey())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("changed_at_ms", "bigint", (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("billing_credit_notices").execute();
  await db.schema.dropTable("operator_webhooks").execute();
  await db.schema.dropTable("operator_notifications").execute();
}
