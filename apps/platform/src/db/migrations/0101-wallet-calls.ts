import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("wallet_calls")
    .addColumn("call_id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("session_id", "text", (c) => c.notNull())
    .addColumn("player_id", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("game_id", "text", (c) => c.notNull())
    .addColumn("round_id", "text")
    .addColumn("amount_minor", "bigint")
    .addColumn("rb", "integer", (c) => c.notNull())
    .addColumn("rb_call_id", "text")
    .addColumn("round_closed", "integer", (c) => c.notNull())
    .addColumn("ref", "text")
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at_ms", "bigint", (c) => c.notNull())
    .addColumn("retry_until_at_ms", "bigint", (c) => c.notNull())
    .addColumn("lease_owner", "text")
    .addColumn("lease_until_at_ms", "bigint")
    .addColumn("balance_minor", "bigint")
    .addColumn("error_code", "text")
    .addColumn("outcome_reason", "text")
    .addColumn("tx_id", "text")
    .addColumn("resolved_by", "text")
    .addColumn("resolution_note", "text")
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addColumn("final_at_ms", "bigint")
    .addCheckConstraint("wallet_calls_action_check", sql`action in ('balance', 'debit', 'credit')`)
    .addCheckConstraint(
      "wallet_calls_state_check",
      sql`state in ('pending', 'ok', 'refused', 'unknown', 'not_sent', 'manual', 'resolved')`,
    )
    .addCheckConstraint("wallet_calls_environment_check", sql`environment in ('sandbox', 'live')`)
    .addCheckConstraint(
      "wallet_calls_money_check",
      sql`(action = 'balance' and round_id is null and amount_minor is null)
        or (action <> 'balance' and round_id is not null and amount_minor >= 0)`,
    )
    .addCheckConstraint(
      "wallet_calls_rb_check",
      sql`(rb = 0 and rb_call_id is null) or (rb = 1 and rb_call_id is not null)`,
    )
    .addCheckConstraint("wallet_calls_round_closed_check", sql`round_closed in (0, 1)`)
    .execute();
  // Idempotency inside the database: one bet/win/rollback per caller reference and round.
  await db.schema
    .createIndex("wallet_calls_round_ref_uq")
    .on("wallet_calls")
    .columns(["round_id", "ref"])
    .unique()
    .execute();
  // What the dispatcher polls: due pending calls, an expired lease being simply "due".
  await db.schema
    .createIndex("wallet_calls_due_idx")
    .on("wallet_calls")
    .column("next_attempt_at_ms")
    .where(sql.ref("state"), "=", "pending")
    .execute();
  await db.schema
    .createIndex("wallet_calls_manual_idx")
    .on("wallet_calls")
    .column("updated_at_ms")
    .where(sql.ref("state"), "=", "manual")
    .execute();
  // Per-operator listings and the daily reconciliation walk calls by operator and time.
  await db.schema
    .createIndex("wallet_calls_operator_time_idx")
    .on("wallet_calls")
    .columns(["operator_id", "environment", "created_at_ms"])
    .execute();

  await db.schema
    .createTable("wallet_call_attempts")
    .addColumn("call_id", "text", (c) => c.notNull().references("wallet_calls.call_id"))
    .addColumn("attempt_no", "integer", (c) => c.notNull())
    .addColumn("sender", "text", (c) => c.notNull())
    .addColumn("sent_at_ms", "bigint", (c) => c.notNull())
    .addColumn("latency_micros", "bigint", (c) => c.notNull())
    .addColumn("request", "text", (c) => c.notNull())
    .addColumn("http_status", "integer")
    .addColumn("response_body", "text")
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("error_code", "text")
    .addColumn("reason", "text")
    .addPrimaryKeyConstraint("wallet_call_attempts_pk", ["call_id", "attempt_no"])
    .addCheckConstraint("wallet_call_attempts_outcome_check", sql`outcome in ('ok', 'refused', 'unknown')`)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("wallet_call_attempts").execute();
  await db.schema.dropTable("wallet_calls").execute();
}
