import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { BillingRoundsTable, ReportAggregatesTable, ReportGrain, ReportPlayersTable } from "./tables.ts";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const GRAINS: ReadonlyArray<[ReportGrain, number]> = [
  ["hour", HOUR_MS],
  ["day", DAY_MS],
];

/** Rows per insert into report_players (8 columns: well under SQLite's and PostgreSQL's parameter limits). */
const PLAYER_ROWS_PER_INSERT = 500;

type Dims = Pick<
  ReportAggregatesTable,
  "grain" | "bucket_ms" | "operator_id" | "environment" | "provider_id" | "game_id" | "currency"
>;

/**
 * Adds a batch of projected rounds to the report aggregates (hour and day buckets, UTC), in the
 * projector's transaction: summed in memory per bucket first, so a batch costs one upsert per
 * bucket it touches; a player counts once per bucket (report_players remembers who played).
 */
export async function addToReports(
  trx: Kysely<Database>,
  rows: readonly BillingRoundsTable[],
): Promise<void> {
  const buckets = new Map<string, ReportAggregatesTable>();
  const players = new Map<string, { dims: Dims; players: Set<string> }>();
  for (const row of rows) {
    for (const [grain, size] of GRAINS) {
      const dims: Dims = {
        grain,
        bucket_ms: Math.floor(row.closed_at_ms / size) * size,
        operator_id: row.operator_id,
        environment: row.environment,
        provider_id: row.provider_id,
        game_id: row.game_id,
        currency: row.currency,
      };
      const key = dimsKey(dims);
      const agg = buckets.get(key) ?? {
        ...dims,
        rounds: 0,
        players: 0,
        bets_minor: 0,
        wins_minor: 0,
        rb_bets_minor: 0,
        rb_wins_minor: 0,
        rollbacks: 0,
        ggr_minor: 0,
      };
      agg.rounds += 1;
      agg.bets_minor += row.bets_minor;
      agg.wins_minor += row.wins_minor;
      agg.rb_bets_minor += row.rb_bets_minor;
      agg.rb_wins_minor += row.rb_wins_minor;
      agg.rollbacks += row.rollbacks;
      agg.ggr_minor += row.ggr_minor;
      buckets.set(key, agg);
      const seen = players.get(key) ?? { dims, players: new Set<string>() };
      seen.players.add(row.player_id);
      players.set(key, seen);
    }
  }
  // Who is new in each bucket: one multi-row insert per chunk, the rows it took returned.
  const playerRows = [...players.values()].flatMap(({ dims, players: ids }) =>
    [...ids].map((playerId): ReportPlayersTable => ({ ...dims, player_id: playerId })),
  );
  for (let i = 0; i < playerRows.length; i += PLAYER_ROWS_PER_INSERT) {
    const taken = await trx
      .insertInto("report_players")
      .values(playerRows.slice(i, i + PLAYER_ROWS_PER_INSERT))
      .onConflict((oc) => oc.doNothing())
      .returning(["grain", "bucket_ms", "operator_id", "environment", "provider_id", "game_id", "currency"])
      .execute();
    for (const row of taken) buckets.get(dimsKey(row))!.players += 1;
  }
  for (const agg of buckets.values()) {
    await trx
      .insertInto("report_aggregates")
      .values(agg)
      .onConflict((oc) =>
        oc
          .columns(["operator_id", "environment", "grain", "bucket_ms", "provider_id", "game_id", "currency"])
          .doUpdateSet((eb) => ({
            rounds: eb("report_aggregates.rounds", "+", eb.ref("excluded.rounds")),
            players: eb("report_aggregates.players", "+", eb.ref("excluded.players")),
            bets_minor: eb("report_aggregates.bets_minor", "+", eb.ref("excluded.bets_minor")),
            wins_minor: eb("report_aggregates.wins_minor", "+", eb.ref("excluded.wins_minor")),
            rb_bets_minor: eb("report_aggregates.rb_bets_minor", "+", eb.ref("excluded.rb_bets_minor")),
            rb_wins_minor: eb("report_aggregates.rb_wins_minor", "+", eb.ref("excluded.rb_wins_minor")),
            rollbacks: eb("report_aggregates.rollbacks", "+", eb.ref("excluded.rollbacks")),
            ggr_minor: eb("report_aggregates.ggr_minor", "+", eb.ref("excluded.ggr_minor")),
          })),
      )
      .execute();
  }
}

/** A bucket's key, the same for the dims built here and a row returned by the database. */
function dimsKey(d: Dims): string {
  return `${d.grain}\0${Number(d.bucket_ms)}\0${d.operator_id}\0${d.environment}\0${d.provider_id}\0${d.game_id}\0${d.currency}`;
}
