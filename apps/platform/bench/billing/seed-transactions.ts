// Seeds the records that `transactions` wallet calls leave behind, straight in SQL (a recursive CTE
// on SQLite, generate_series on PostgreSQL, a chunk of rounds per statement), as if the platform
// had played them: `rounds`, `wallet_calls` (a debit and a closing credit per round, some credits
// rolled-back bets, a few waiting for manual resolution), `billing_rounds` (each round's money, as
// the projector writes it), then the report aggregates and their players, derived from those the
// way the projector sums them. The platform must not be running meanwhile (SQLite: one writer).
//
// Not seeded: the gateway's own transaction records and the attempt log of each call (the reports
// and the reconciliation read neither). Every seeded call belongs to one of a few seeded sessions.
import { sql } from "kysely";
import { PROJECTOR_NAME } from "../../src/billing/round-projector.ts";
import type { PlatformDb } from "../../src/db/connect.ts";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Rounds written per statement: a progress line each, and a transaction small enough to retry. */
const CHUNK_ROUNDS = 250_000;

export interface SeedPlan {
  readonly operatorId: string;
  readonly environment: "sandbox" | "live";
  /** Wallet calls to write (two per round). */
  readonly transactions: number;
  /** First day's midnight (UTC), epoch ms; the rounds spread evenly over `days`. */
  readonly fromMs: number;
  readonly days: number;
  readonly games: number;
  readonly players: number;
  /** Session per provider: the seeded rounds of game g belong to providers[g % length]. */
  readonly sessions: ReadonlyArray<{ readonly sessionId: string; readonly providerId: string }>;
}

/** Every Nth round's credit is the rollback of its bet instead of a win. */
const ROLLBACK_EVERY = 997;
/** Every Nth round's credit waits for manual resolution. */
const MANUAL_EVERY = 100_003;

export interface SeedCounts {
  readonly rounds: number;
  readonly walletCalls: number;
  readonly manualCalls: number;
  readonly hourRows: number;
  readonly dayRows: number;
  readonly seconds: number;
}

/**
 * Per round i: game i % games, player i % players, currency USD every 7th round else EUR, bet
 * 100 + 10 × (i % 50), win 2 × bet every 3rd round; closed evenly over the period, opened a second earlier.
 */
export async function seedTransactions(
  platform: PlatformDb,
  plan: SeedPlan,
  progress: (text: string) => void,
): Promise<SeedCounts> {
  const started = performance.now();
  const rounds = Math.floor(plan.transactions / 2);
  const spanMs = plan.days * DAY_MS;
  const pg = platform.dialect === "postgres";
  const pad = (prefix: string, expr: string) =>
    pg ? `'${prefix}' || lpad((${expr})::text, 10, '0')` : `printf('${prefix}%010d', ${expr})`;
  const providerCase = `case ${plan.sessions.map((s, k) => `when (i % ${plan.games}) % ${plan.sessions.length} = ${k} then '${s.providerId}'`).join(" ")} end`;
  const sessionCase = `case ${plan.sessions.map((s, k) => `when (i % ${plan.games}) % ${plan.sessions.length} = ${k} then '${s.sessionId}'`).join(" ")} end`;
  const common = {
    closed: `${plan.fromMs} + (i * ${spanMs}) / ${rounds}`,
    game: `'bench-game-' || (i % ${plan.games})`,
    player: `'bench-player-' || (i % ${plan.players})`,
    currency: `case when i % 7 = 0 then 'USD' else 'EUR' end`,
    bet: `(100 + 10 * (i % 50))`,
    rolledBack: `i % ${ROLLBACK_EVERY} = 0`,
    manual: `i % ${MANUAL_EVERY} = 5`,
  };
  const win = `case when ${common.rolledBack} then 0 when i % 3 = 0 then 2 * ${common.bet} else 0 end`;
  const op = `'${plan.operatorId}'`;
  const env = `'${plan.environment}'`;
  // Each statement selects from a series of round numbers i in [first, last].
  const statements = [
    `insert into rounds (round_id, operator_id, environment, session_id, player_id, currency, game_id,
       status, request_hash, opened_at_ms, closed_at_ms, close_reason)
     select ${pad("bench-r", "i")}, ${op}, ${env}, ${sessionCase}, ${common.player}, ${common.currency}, ${common.game},
       'closed', 'seed', ${common.closed} - 1000, ${common.closed}, 'game' from series`,
    // The debit (bet), then the credit: a win (0 for a loss), or the bet's rollback.
    `insert into wallet_calls (call_id, operator_id, environment, action, session_id, player_id, currency, game_id,
       round_id, amount_minor, rb, rb_call_id, round_closed, ref, request_hash, state, attempts, next_attempt_at_ms,
       retry_until_at_ms, balance_minor, tx_id, created_at_ms, updated_at_ms, final_at_ms)
     select ${pad("bench-c", "2 * i")}, ${op}, ${env}, 'debit', ${sessionCase}, ${common.player}, ${common.currency},
       ${common.game}, ${pad("bench-r", "i")}, ${common.bet}, 0, null, 0, ${pad("bench-b", "i")}, 'seed', 'ok', 1,
       ${common.closed} - 1000, ${common.closed} + ${HOUR_MS}, 100000, ${pad("bench-t", "2 * i")},
       ${common.closed} - 1000, ${common.closed} - 1000, ${common.closed} - 1000 from series`,
    `insert into wallet_calls (call_id, operator_id, environment, action, session_id, player_id, currency, game_id,
       round_id, amount_minor, rb, rb_call_id, round_closed, ref, request_hash, state, attempts, next_attempt_at_ms,
       retry_until_at_ms, balance_minor, tx_id, created_at_ms, updated_at_ms, final_at_ms)
     select ${pad("bench-c", "2 * i + 1")}, ${op}, ${env}, 'credit', ${sessionCase}, ${common.player}, ${common.currency},
       ${common.game}, ${pad("bench-r", "i")},
       case when ${common.rolledBack} then ${common.bet} else ${win} end,
       case when ${common.rolledBack} then 1 else 0 end,
       case when ${common.rolledBack} then ${pad("bench-c", "2 * i")} else null end,
       1, ${pad("bench-w", "i")}, 'seed', case when ${common.manual} then 'manual' else 'ok' end,
       1, ${common.closed}, ${common.closed} + ${HOUR_MS}, 100000,
       case when ${common.manual} then null else ${pad("bench-t", "2 * i + 1")} end,
       ${common.closed}, ${common.closed}, case when ${common.manual} then null else ${common.closed} end from series`,
    `insert into billing_rounds (round_id, operator_id, environment, provider_id, game_id, currency, player_id,
       closed_at_ms, bets_minor, wins_minor, rb_bets_minor, rb_wins_minor, rollbacks, ggr_minor, chargeable_minor,
       fee_status, fee_minor, fee_entry_id, projected_at_ms)
     select ${pad("bench-r", "i")}, ${op}, ${env}, ${providerCase}, ${common.game}, ${common.currency}, ${common.player},
       ${common.closed}, ${common.bet}, ${win}, case when ${common.rolledBack} then ${common.bet} else 0 end, 0,
       case when ${common.rolledBack} then 1 else 0 end,
       ${common.bet} - (${win}) - case when ${common.rolledBack} then ${common.bet} else 0 end,
       0, 'free', null, null, ${common.closed} from series`,
  ];
  // Bulk load: the seeded tables' secondary indexes are dropped, then built again from their own
  // definitions in one sorted pass each (inserting ten million rows into a dozen indexes one row
  // at a time took a quarter of an hour here).
  const indexes = await secondaryIndexes(platform, SEEDED_TABLES);
  for (const index of indexes) await runInTransaction(platform, [`drop index ${index.name}`]);
  const restoreCache = bigCache(platform);
  for (let first = 0; first < rounds; first += CHUNK_ROUNDS) {
    const last = Math.min(rounds, first + CHUNK_ROUNDS) - 1;
    const series = pg
      ? `series as (select i from generate_series(${first}::bigint, ${last}::bigint) as g(i))`
      : `series(i) as (select ${first} union all select i + 1 from series where i < ${last})`;
    await runInTransaction(
      platform,
      statements.map((s) => `with ${pg ? "" : "recursive "}${series} ${s}`),
    );
    progress(
      `seeding: ${((last + 1) * 2).toLocaleString("en")} of ${(rounds * 2).toLocaleString("en")} wallet calls ` +
        `(${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  for (const [k, index] of indexes.entries()) {
    await runInTransaction(platform, [index.definition]);
    progress(
      `seeding: index ${k + 1} of ${indexes.length} rebuilt, ${index.name} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  // The aggregates as the projector keeps them: per grain, bucket, provider, game and currency,
  // players counted once per bucket (report_players), from the rounds' money just written; in
  // primary-key order, so each insert lands next to the one before.
  for (const [grain, size] of [
    ["hour", HOUR_MS],
    ["day", DAY_MS],
  ] as const) {
    const bucket = `(closed_at_ms / ${size}) * ${size}`;
    const where = `where operator_id = ${op} and environment = ${env} and closed_at_ms >= ${plan.fromMs} and closed_at_ms < ${plan.fromMs + spanMs}`;
    await runInTransaction(platform, [
      `insert into report_players (grain, bucket_ms, operator_id, environment, provider_id, game_id, currency, player_id)
       select distinct '${grain}', ${bucket}, operator_id, environment, provider_id, game_id, currency, player_id
       from billing_rounds ${where}
       order by operator_id, environment, ${bucket}, provider_id, game_id, currency, player_id`,
      `insert into report_aggregates (grain, bucket_ms, operator_id, environment, provider_id, game_id, currency,
         rounds, players, bets_minor, wins_minor, rb_bets_minor, rb_wins_minor, rollbacks, ggr_minor)
       select '${grain}', ${bucket}, operator_id, environment, provider_id, game_id, currency, count(*),
         count(distinct player_id), sum(bets_minor), sum(wins_minor), sum(rb_bets_minor), sum(rb_wins_minor),
         sum(rollbacks), sum(ggr_minor)
       from billing_rounds ${where}
       group by ${bucket}, operator_id, environment, provider_id, game_id, currency`,
    ]);
    progress(`seeding: ${grain} aggregates (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  restoreCache();
  // The projector's watermark as if it had taken these rounds in itself: it looks for new rounds
  // only just behind it (from 0 it would walk every seeded round on each tick).
  const lastClosedMs = plan.fromMs + Math.floor(((rounds - 1) * spanMs) / rounds);
  const state = await platform.db
    .selectFrom("billing_projector_state")
    .selectAll()
    .where("name", "=", PROJECTOR_NAME)
    .executeTakeFirst();
  if (state === undefined) {
    await platform.db
      .insertInto("billing_projector_state")
      .values({
        name: PROJECTOR_NAME,
        watermark_ms: lastClosedMs,
        rounds_total: rounds,
        updated_at_ms: Date.now(),
      })
      .execute();
  } else {
    await platform.db
      .updateTable("billing_projector_state")
      .set({
        watermark_ms: Math.max(state.watermark_ms, lastClosedMs),
        rounds_total: state.rounds_total + rounds,
        updated_at_ms: Date.now(),
      })
      .where("name", "=", PROJECTOR_NAME)
      .execute();
  }
  // Fresh statistics, as a database that grew to this size over time would have (autovacuum on
  // PostgreSQL; on SQLite the platform never runs ANALYZE, so the planner there goes without).
  if (pg) await sql`analyze`.execute(platform.db);
  const count = async (grain: string) =>
    Number(
      (
        await platform.db
          .selectFrom("report_aggregates")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("operator_id", "=", plan.operatorId)
          .where("grain", "=", grain as "hour")
          .executeTakeFirstOrThrow()
      ).n,
    );
  let manualCalls = 0;
  for (let i = 0; i < rounds; i++) if (i % MANUAL_EVERY === 5) manualCalls += 1;
  return {
    rounds,
    walletCalls: rounds * 2,
    manualCalls,
    hourRows: await count("hour"),
    dayRows: await count("day"),
    seconds: (performance.now() - started) / 1000,
  };
}

const SEEDED_TABLES = ["rounds", "wallet_calls", "billing_rounds"];

/** The indexes of `tables` other than their primary keys, with the SQL that creates each. */
async function secondaryIndexes(
  platform: PlatformDb,
  tables: readonly string[],
): Promise<Array<{ name: string; definition: string }>> {
  const list = tables.map((t) => `'${t}'`).join(", ");
  if (platform.dialect === "postgres") {
    const rows = await sql<{ name: string; definition: string }>`
      select indexname as name, indexdef as definition from pg_indexes
      where schemaname = current_schema() and tablename in (${sql.raw(list)})
        and indexname not in (select conname from pg_constraint where contype = 'p')`.execute(platform.db);
    return rows.rows;
  }
  // Indexes SQLite made itself (primary keys, UNIQUE constraints) have no SQL and stay.
  const rows = await sql<{ name: string; definition: string }>`
    select name, sql as definition from sqlite_master
    where type = 'index' and tbl_name in (${sql.raw(list)}) and sql is not null`.execute(platform.db);
  return rows.rows;
}

/** SQLite: a page cache of 1 GiB while seeding (index builds sort in it); returns the undo. */
function bigCache(platform: PlatformDb): () => void {
  if (platform.driver.dialect !== "sqlite") return () => undefined;
  const connection = platform.driver.connection;
  const before = connection.pragma("cache_size", { simple: true }) as number;
  connection.pragma("cache_size = -1048576");
  return () => connection.pragma(`cache_size = ${before}`);
}

/** The statements in one transaction, on the driver under Kysely (no parameters: all are literals). */
async function runInTransaction(platform: PlatformDb, statements: readonly string[]) {
  const driver = platform.driver;
  if (driver.dialect === "sqlite") {
    const connection = driver.connection;
    connection.transaction(() => {
      for (const s of statements) connection.exec(s);
    })();
    return;
  }
  const client = await driver.pool.connect();
  try {
    await client.query("begin");
    // The seed is not money in flight: a crash only means seeding again.
    await client.query("set local synchronous_commit = off");
    await client.query("set local maintenance_work_mem = '512MB'");
    for (const s of statements) await client.query(s);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}
