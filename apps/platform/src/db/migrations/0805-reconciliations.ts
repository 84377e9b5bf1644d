import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  // One reconciliation of an operator's uploaded ledger against our wallet calls of a period.
  await db.schema
    .createTable("reconciliations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("from_ms", "bigint", (c) => c.notNull())
    .addColumn("to_ms", "bigint", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("bytes_read", "bigint", (c) => c.notNull())
    .addColumn("lines_read", "bigint", (c) => c.notNull())
    .addColumn("calls_compared", "bigint", (c) => c.notNull())
    .addColumn("matched", "bigint", (c) => c.notNull())
    .addColumn("differences", "bigint", (c) => c.notNull())
    .addColumn("counts", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("finished_at_ms", "bigint")
    .addCheckConstraint(
      "reconciliations_status_check",
      sql`status in ('reading', 'matching', 'done', 'failed')`,
    )
    .execute();
  await db.schema
    .createIndex("reconciliations_operator_idx")
    .on("reconciliations")
    .columns(["operator_id", "created_at_ms"])
    .execute();

  // The uploaded lines while a reconciliation runs (removed when it ends): the file is never held
  // in memory, and a duplicate call_id is caught by the primary key.
  await db.schema
    .createTable("reconciliation_lines")
    .addColumn("reconciliation_id", "text", (c) => c.notNull())
    .addColumn("call_id", "text", (c) => c.notNull())
    .addColumn("line_no", "bigint", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("amount_minor", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("rb", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("time_text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("reconciliation_lines_pk", ["reconciliation_id", "call_id"])
    .execute();

  // Each difference found, with both sides and what to do about it; kept for download.
  await db.schema
    .createTable("reconciliation_differences")
    .addColumn("reconciliation_id", "text", (c) => c.notNull())
    .addColumn("seq", "bigint", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("call_id", "text", (c) => c.notNull())
    .addColumn("round_id", "text")
    .addColumn("ours", "text")
    .addColumn("theirs", "text")
    .addColumn("fix", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("reconciliation_differences_pk", ["reconciliation_id", "seq"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("reconciliation_differences").execute();
  await db.schema.dropTable("reconciliation_lines").execute();
  await db.schema.dropTable("reconciliations").execute();
}
