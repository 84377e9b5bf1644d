import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("gateway_transactions")
    .addColumn("studio_id", "text", (c) => c.notNull())
    .addColumn("tx_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("session_id", "text", (c) => c.notNull())
    .addColumn("round_ref", "text")
    .addColumn("round_id", "text")
    .addColumn("amount_minor", "bigint")
    .addColumn("round_closed", "integer", (c) => c.notNull())
    .addColumn("rollback_of", "text")
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("result_code", "text")
    .addColumn("outcome", "text")
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("gateway_transactions_pk", ["studio_id", "tx_id"])
    .addCheckConstraint(
      "gateway_transactions_kind_check",
      sql`kind in ('bet', 'win', 'rollback', 'end_round')`,
    )
    .addCheckConstraint("gateway_transactions_state_check", sql`state in ('pending', 'done')`)
    .addCheckConstraint(
      "gateway_transactions_done_check",
      sql`(state = 'pending' and outcome is null) or (state = 'done' and outcome is not null and result_code is not null)`,
    )
    .addCheckConstraint("gateway_transactions_amount_check", sql`amount_minor is null or amount_minor >= 0`)
    .execute();
  // One rollback per bet: a second rollback under another id finds the first.
  await db.schema
    .createIndex("gateway_transactions_rollback_idx")
    .on("gateway_transactions")
    .columns(["studio_id", "rollback_of"])
    .unique()
    .where(sql.ref("rollback_of"), "is not", null)
    .execute();
  await db.schema
    .createIndex("gateway_transactions_round_idx")
    .on("gateway_transactions")
    .columns(["session_id", "round_ref"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("gateway_transactions").execute();
}
