import type { Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  // Kept by the round projector in the transaction that takes a round in; `grain` is `hour` or
  // `day` and `bucket_ms` the bucket's start (UTC), so a day's row needs no summing at read time.
  await db.schema
    .createTable("report_aggregates")
    .addColumn("grain", "text", (c) => c.notNull())
    .addColumn("bucket_ms", "bigint", (c) => c.notNull())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("provider_id", "text", (c) => c.notNull())
    .addColumn("game_id", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("rounds", "bigint", (c) => c.notNull())
    .addColumn("players", "bigint", (c) => c.notNull())
    .addColumn("bets_minor", "bigint", (c) => c.notNull())
    .addColumn("wins_minor", "bigint", (c) => c.notNull())
    .addColumn("rb_bets_minor", "bigint", (c) => c.notNull())
    .addColumn("rb_wins_minor", "bigint", (c) => c.notNull())
    .addColumn("rollbacks", "bigint", (c) => c.notNull())
    .addColumn("ggr_minor", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("report_aggregates_pk", [
      "operator_id",
      "environment",
      "grain",
      "bucket_ms",
      "provider_id",
      "game_id",
      "currency",
    ])
    .execute();

  // Who played in a bucket, so that `players` counts each player once per bucket.
  await db.schema
    .createTable("report_players")
    .addColumn("grain", "text", (c) => c.notNull())
    .addColumn("bucket_ms", "bigint", (c) => c.notNull())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("provider_id", "text", (c) => c.notNull())
    .addColumn("game_id", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("player_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("report_players_pk", [
      "operator_id",
      "environment",
      "grain",
      "bucket_ms",
      "provider_id",
      "game_id",
      "currency",
      "player_id",
    ])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("report_players").execute();
  await db.schema.dropTable("report_aggregates").execute();
}
