import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// What a round may stake and pay (issue 12, item 2):
// - `operator_play_limits`: an operator's own limits per currency (bet range, largest total win
//   of one round), narrowing the catalogue's; null: no limit of the operator's;
// - `game_studios.max_win_multiple`: the largest total win of a round of the studio's games, as a
//   multiple of the round's stakes;
// - `gateway_win_refusals`: every win the gateway refused for a cap, for people to review.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("operator_play_limits")
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("min_bet_minor", "bigint")
    .addColumn("max_bet_minor", "bigint")
    .addColumn("max_win_per_round_minor", "bigint")
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("operator_play_limits_pk", ["operator_id", "currency"])
    .addCheckConstraint(
      "operator_play_limits_amounts_check",
      sql`(min_bet_minor is null or min_bet_minor > 0) and (max_bet_minor is null or max_bet_minor > 0)
        and (max_win_per_round_minor is null or max_win_per_round_minor >= 0)`,
    )
    .execute();
  await db.schema
    .alterTable("game_studios")
    .addColumn("max_win_multiple", "integer", (c) => c.notNull().defaultTo(10_000))
    .execute();
  await db.schema
    .createTable("gateway_win_refusals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("studio_id", "text", (c) => c.notNull())
    .addColumn("tx_id", "text", (c) => c.notNull())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("session_id", "text", (c) => c.notNull())
    .addColumn("player_id", "text", (c) => c.notNull())
    .addColumn("game_id", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("round_ref", "text", (c) => c.notNull())
    .addColumn("demo", "integer", (c) => c.notNull())
    .addColumn("amount_minor", "bigint", (c) => c.notNull())
    .addColumn("stakes_minor", "bigint", (c) => c.notNull())
    .addColumn("paid_minor", "bigint", (c) => c.notNull())
    .addColumn("cap_minor", "bigint", (c) => c.notNull())
    .addColumn("cap", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addCheckConstraint("gateway_win_refusals_cap_check", sql`cap in ('win_multiple', 'operator_max_win')`)
    .execute();
  // The admin list, newest first.
  await db.schema
    .createIndex("gateway_win_refusals_created_idx")
    .on("gateway_win_refusals")
    .columns(["created_at_ms", "id"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("gateway_win_refusals").execute();
  await db.schema.alterTable("game_studios").dropColumn("max_win_multiple").execute();
  await db.schema.dropTable("operator_play_limits").execute();
}
