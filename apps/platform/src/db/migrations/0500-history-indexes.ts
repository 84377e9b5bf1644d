import type { Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// Indexes for the operator API's history lists (/v1/rounds, /v1/transactions, /v1/sessions):
// every list is scoped to one operator and environment, sorted by time, often by player.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("rounds_operator_time_idx")
    .on("rounds")
    .columns(["operator_id", "environment", "opened_at_ms", "round_id"])
    .execute();
  await db.schema
    .createIndex("rounds_operator_player_idx")
    .on("rounds")
    .columns(["operator_id", "environment", "player_id", "opened_at_ms"])
    .execute();
  await db.schema
    .createIndex("wallet_calls_operator_player_idx")
    .on("wallet_calls")
    .columns(["operator_id", "environment", "player_id", "created_at_ms"])
    .execute();
  await db.schema
    .createIndex("game_sessions_operator_player_idx")
    .on("game_sessions")
    .columns(["operator_id", "environment", "player_id", "created_at_ms"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("game_sessions_operator_player_idx").execute();
  await db.schema.dropIndex("wallet_calls_operator_player_idx").execute();
  await db.schema.dropIndex("rounds_operator_player_idx").execute();
  await db.schema.dropIndex("rounds_operator_time_idx").execute();
}
