import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  // One prepaid credit account per operator. `balance_minor` and `last_seq` are a projection of
  // the entries below, written in the same transaction as each entry (the self-check compares them).
  await db.schema
    .createTable("billing_accounts")
    .addColumn("operator_id", "text", (c) => c.primaryKey())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("balance_minor", "bigint", (c) => c.notNull())
    .addColumn("last_seq", "bigint", (c) => c.notNull())
    .addColumn("low_credit_threshold_minor", "bigint", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addCheckConstraint("billing_accounts_threshold_check", sql`low_credit_threshold_minor >= 0`)
    .execute();

  // Append-only: a correction is a new entry, never an edit.
  await db.schema
    .createTable("billing_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("seq", "bigint", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("amount_minor", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("balance_after_minor", "bigint", (c) => c.notNull())
    .addColumn("payment_reference", "text")
    .addColumn("note", "text")
    .addColumn("idempotency_key", "text")
    .addColumn("request_hash", "text")
    // Fee entries: which provider, in which round currency, how much GGR and how many rounds.
    .addColumn("provider_id", "text")
    .addColumn("round_currency", "text")
    .addColumn("ggr_minor", "bigint")
    .addColumn("chargeable_minor", "bigint")
    .addColumn("rounds", "bigint")
    .addColumn("actor_kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addCheckConstraint("billing_entries_kind_check", sql`kind in ('top_up', 'correction', 'fee')`)
    .addCheckConstraint(
      "billing_entries_amount_check",
      sql`(kind = 'top_up' and amount_minor > 0) or (kind = 'fee' and amount_minor <= 0) or (kind = 'correction' and amount_minor <> 0)`,
    )
    .execute();
  await db.schema
    .createIndex("billing_entries_seq_uq")
    .on("billing_entries")
    .columns(["operator_id", "seq"])
    .unique()
    .execute();
  await db.schema
    .createIndex("billing_entries_key_uq")
    .on("billing_entries")
    .columns(["operator_id", "idempotency_key"])
    .unique()
    .where(sql.ref("idempotency_key"), "is not", null)
    .execute();
  await db.schema
    .createIndex("billing_entries_time_idx")
    .on("billing_entries")
    .columns(["operator_id", "created_at_ms"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("billing_entries").execute();
  await db.schema.dropTable("billing_accounts").execute();
}
