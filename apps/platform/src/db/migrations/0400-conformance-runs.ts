import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("conformance_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull().references("operators.id"))
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("callback_url", "text", (c) => c.notNull())
    .addColumn("players", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("require_body_signature", "integer", (c) => c.notNull())
    .addColumn("only_checks", "text", (c) => c.notNull())
    .addColumn("started_by_kind", "text", (c) => c.notNull())
    .addColumn("started_by_id", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("heartbeat_at_ms", "bigint", (c) => c.notNull())
    .addColumn("finished_at_ms", "bigint")
    .addColumn("checks_total", "integer")
    .addColumn("checks_done", "integer", (c) => c.notNull())
    .addColumn("current_check_id", "text")
    .addColumn("last_check_id", "text")
    .addColumn("last_check_status", "text")
    .addColumn("summary", "text")
    .addColumn("failed_check_ids", "text")
    .addColumn("abort_code", "text")
    .addColumn("abort_message", "text")
    .addColumn("report", "text")
    .addCheckConstraint("conformance_runs_environment_check", sql`environment in ('sandbox', 'live')`)
    .addCheckConstraint(
      "conformance_runs_status_check",
      sql`status in ('running', 'passed', 'failed', 'aborted', 'interrupted')`,
    )
    .addCheckConstraint(
      "conformance_runs_started_by_check",
      sql`started_by_kind in ('operator_user', 'api_credential')`,
    )
    .execute();
  // One run at a time per operator and environment: the database, not the code, refuses a second.
  await db.schema
    .createIndex("conformance_runs_one_running")
    .on("conformance_runs")
    .columns(["operator_id", "environment"])
    .unique()
    .where(sql.ref("status"), "=", "running")
    .execute();
  // Lists (newest first per operator and environment) and the go-live gate's "latest passing live run".
  await db.schema
    .createIndex("conformance_runs_list_idx")
    .on("conformance_runs")
    .columns(["operator_id", "environment", "created_at_ms", "id"])
    .execute();
  // The per-operator rate limit counts runs started in the last hour, both environments.
  await db.schema
    .createIndex("conformance_runs_recent_idx")
    .on("conformance_runs")
    .columns(["operator_id", "created_at_ms"])
    .execute();
  // The sweep for runs whose process died.
  await db.schema
    .createIndex("conformance_runs_running_idx")
    .on("conformance_runs")
    .columns(["status", "heartbeat_at_ms"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("conformance_runs").execute();
}
