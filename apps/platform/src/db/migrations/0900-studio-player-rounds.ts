import type { Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// A returning player's history in the built-in studio's clients spans their sessions: rounds of
// one player of one operator's environment in one game, newest first.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("studio_rounds_player_idx")
    .on("studio_rounds")
    .columns(["operator_id", "environment", "player_id", "game_id", "created_at_ms", "round_ref"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("studio_rounds_player_idx").execute();
}
