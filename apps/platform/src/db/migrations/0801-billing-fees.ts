import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  // The share of GGR a provider's rounds cost, in parts per million; a rate applies from its day on.
  await db.schema
    .createTable("billing_fee_rates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("provider_id", "text", (c) => c.notNull())
    .addColumn("effective_from_ms", "bigint", (c) => c.notNull())
    .addColumn("share_ppm", "bigint", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addCheckConstraint("billing_fee_rates_share_check", sql`share_ppm >= 0 and share_ppm <= 1000000`)
    .execute();
  await db.schema
    .createIndex("billing_fee_rates_uq")
    .on("billing_fee_rates")
    .columns(["provider_id", "effective_from_ms"])
    .unique()
    .execute();

  // How many units of `to_currency` one unit of `from_currency` is worth, times 10^8; dated.
  await db.schema
    .createTable("billing_exchange_rates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("from_currency", "text", (c) => c.notNull())
    .addColumn("to_currency", "text", (c) => c.notNull())
    .addColumn("effective_from_ms", "bigint", (c) => c.notNull())
    .addColumn("rate_e8", "bigint", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addCheckConstraint("billing_exchange_rates_rate_check", sql`rate_e8 > 0`)
    .execute();
  await db.schema
    .createIndex("billing_exchange_rates_uq")
    .on("billing_exchange_rates")
    .columns(["from_currency", "to_currency", "effective_from_ms"])
    .unique()
    .execute();

  // One row per closed round the projector has taken in: its money, and its fee once charged.
  // The primary key is what makes charging a round twice impossible.
  await db.schema
    .createTable("billing_rounds")
    .addColumn("round_id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("provider_id", "text", (c) => c.notNull())
    .addColumn("game_id", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("player_id", "text", (c) => c.notNull())
    .addColumn("closed_at_ms", "bigint", (c) => c.notNull())
    .addColumn("bets_minor", "bigint", (c) => c.notNull())
    .addColumn("wins_minor", "bigint", (c) => c.notNull())
    .addColumn("rb_bets_minor", "bigint", (c) => c.notNull())
    .addColumn("rb_wins_minor", "bigint", (c) => c.notNull())
    .addColumn("rollbacks", "integer", (c) => c.notNull())
    .addColumn("ggr_minor", "bigint", (c) => c.notNull())
    // GGR left to charge after negative GGR carried forward was offset (0 when it stays negative).
    .addColumn("chargeable_minor", "bigint", (c) => c.notNull())
    // `charged`: its fee is in `fee_entry_id`; `free`: sandbox; `awaiting_rate`: no exchange rate yet.
    .addColumn("fee_status", "text", (c) => c.notNull())
    .addColumn("fee_minor", "bigint")
    .addColumn("fee_entry_id", "text")
    .addColumn("projected_at_ms", "bigint", (c) => c.notNull())
    .addCheckConstraint(
      "billing_rounds_fee_status_check",
      sql`fee_status in ('charged', 'free', 'awaiting_rate')`,
    )
    .execute();
  await db.schema
    .createIndex("billing_rounds_operator_time_idx")
    .on("billing_rounds")
    .columns(["operator_id", "closed_at_ms"])
    .execute();
  await db.schema
    .createIndex("billing_rounds_awaiting_idx")
    .on("billing_rounds")
    .column("closed_at_ms")
    .where(sql.ref("fee_status"), "=", "awaiting_rate")
    .execute();

  // Per operator, provider and round currency: negative GGR not yet offset (carried forward, never
  // refunded) and the fraction of a minor unit left over by rounding down (units of 10^-8 of a minor unit of the billing currency).
  await db.schema
    .createTable("billing_fee_carry")
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("provider_id", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("carried_ggr_minor", "bigint", (c) => c.notNull())
    .addColumn("remainder_e8", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("billing_fee_carry_pk", ["operator_id", "provider_id", "currency"])
    .addCheckConstraint("billing_fee_carry_sign_check", sql`carried_ggr_minor <= 0`)
    .execute();

  // Durable watermarks of background projectors (closed_at_ms of the rounds taken in so far).
  await db.schema
    .createTable("billing_projector_state")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("watermark_ms", "bigint", (c) => c.notNull())
    .addColumn("rounds_total", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .execute();

  // The projector walks closed rounds by close time. Partial: open rounds (the hot path's inserts)
  // are not in it; a round enters it once, when it closes.
  await db.schema
    .createIndex("rounds_closed_at_idx")
    .on("rounds")
    .column("closed_at_ms")
    .where(sql.ref("closed_at_ms"), "is not", null)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("rounds_closed_at_idx").execute();
  await db.schema.dropTable("billing_projector_state").execute();
  await db.schema.dropTable("billing_fee_carry").execute();
  await db.schema.dropTable("billing_rounds").execute();
  await db.schema.dropTable("billing_exchange_rates").execute();
  await db.schema.dropTable("billing_fee_rates").execute();
}
