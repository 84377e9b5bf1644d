import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// A report counts the calls waiting for manual resolution of one operator, environment and
// period. Through wallet_calls_operator_time_idx that read walks every call of the period (ten
// million over a month took seconds on SQLite, which has no statistics to prefer the small
// `manual` index); this partial index holds the waiting calls only, by operator and time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("wallet_calls_manual_operator_time_idx")
    .on("wallet_calls")
    .columns(["operator_id", "environment", "created_at_ms"])
    .where(sql.ref("state"), "=", "manual")
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("wallet_calls_manual_operator_time_idx").execute();
}
