// Fills a platform database with N settled rounds as the round engine and the provider gateway
// leave them: per round one closed `rounds` row, its debit and closing credit in `wallet_calls`
// (state ok), one `wallet_call_attempts` row per call, the studio's bet and win in
// `gateway_transactions`, and the round's `billing_rounds` row with the projector's watermark
// moved past it (as in production, where the projector took them in long ago; otherwise the
// platform under bench would spend its time projecting the seeded rounds).
//
// Shapes: ids as the platform makes them: session, call and studio round ids begin with their
// time (ids/platform-ids.ts); the rest are scattered as random ids and hashes are (the engine's
// id of a studio round is a hash, so inserts into its indexes land all over the tree).
// Timestamps spread evenly over `spanDays` (default 80) ending `endAgeDays` (default 1) ago, one
// session per 200 rounds, sessions spread over the players, games and operators found in the
// database.
//
// Bulk SQL, one INSERT … SELECT per table and chunk, each chunk one transaction: the rows come
// from generate_series on PostgreSQL and a recursive CTE on SQLite, so nothing crosses the wire.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../src/db/database.ts";
import type { DialectName } from "../../src/db/connect.ts";
import { ID_ALPHABET } from "../../src/ids/platform-ids.ts";

export interface SeedOptions {
  readonly rounds: number;
  /** The seeded rounds' open times spread over this many days… */
  readonly spanDays?: number;
  /** …ending this many days before now. */
  readonly endAgeDays?: number;
  /** Rounds per transaction. */
  readonly chunkRounds?: number;
  readonly nowMs?: number;
  /** Called after each chunk. */
  readonly progress?: (done: number, total: number) => void;
}

const DAY_MS = 86_400_000;
/**
 * Months of play, all inside the default retention window (ARCHIVE_AFTER_DAYS 90): the platform
 * under bench keeps every seeded round in its hot tables (the case to measure) and its archiver
 * finds nothing to move during the runs.
 */
export const DEFAULT_SPAN_DAYS = 80;
const ROUNDS_PER_SESSION = 200;
const SESSIONS_PER_PLAYER = 10;

export interface SeedShape {
  readonly operatorIds: readonly string[];
  readonly gameIds: readonly string[];
  readonly studioIds: readonly string[];
}

/** Seeds `options.rounds` settled rounds (once per database: the ids are numbered from 0). */
export async function seedSettledRounds(
  db: Kysely<Database>,
  dialect: DialectName,
  options: SeedOptions,
): Promise<SeedShape> {
  const shape = await readShape(db);
  const total = options.rounds;
  if (total <= 0) return shape;
  const nowMs = options.nowMs ?? Date.now();
  const spanMs = (options.spanDays ?? DEFAULT_SPAN_DAYS) * DAY_MS;
  const startMs = nowMs - (options.endAgeDays ?? 1) * DAY_MS - spanMs;
  const chunk = options.chunkRounds ?? 50_000;
  const x = expressions(dialect, shape, { startMs, spanMs, total });
  const rebuild = await dropSecondaryIndexes(db, dialect);
  for (let from = 0; from < total; from += chunk) {
    const to = Math.min(total, from + chunk) - 1;
    await db.transaction().execute(async (trx) => {
      const sessionsFrom = Math.ceil(from / ROUNDS_PER_SESSION);
      const sessionsTo = Math.floor(to / ROUNDS_PER_SESSION);
      if (sessionsTo >= sessionsFrom) await run(trx, x.series(sessionsFrom, sessionsTo), x.sessions);
      const series = x.series(from, to);
      for (const insert of [x.rounds, x.calls, x.attempts, x.gateway, x.billing])
        await run(trx, series, insert);
    });
    options.progress?.(to + 1, total);
  }
  for (const statement of rebuild) await sql.raw(statement).execute(db);
  // The projector has taken every seeded round in (their billing_rounds rows are seeded too).
  const watermarkMs = nowMs - (options.endAgeDays ?? 1) * DAY_MS;
  await sql`UPDATE billing_projector_state SET watermark_ms = ${watermarkMs}, rounds_total = rounds_total + ${total}
    WHERE name = 'rounds' AND watermark_ms < ${watermarkMs}`.execute(db);
  await sql`INSERT INTO billing_projector_state (name, watermark_ms, rounds_total, updated_at_ms)
    SELECT 'rounds', ${watermarkMs}, ${total}, ${nowMs}
    WHERE NOT EXISTS (SELECT 1 FROM billing_projector_state WHERE name = 'rounds')`.execute(db);
  await settleAfterLoad(db, dialect);
  return shape;
}

/**
 * Leaves the database as one that grew over months would be when the bench starts: statistics
 * fresh (as autovacuum or a periodic ANALYZE keeps them); on PostgreSQL the tables vacuumed
 * (otherwise autovacuum's insert threshold fires on them during the runs and measures its own
 * work) and the bulk load checkpointed (otherwise the checkpoint of gigabytes written in the
 * last minutes runs under the bench, as it did in the first ten-million run); on SQLite the WAL
 * checkpointed into the database file. Only the seeded tables: on PostgreSQL the database may
 * hold other schemas.
 */
async function settleAfterLoad(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    for (const table of SEEDED_TABLES) await sql`VACUUM (ANALYZE) ${sql.table(table)}`.execute(db);
    await sql`CHECKPOINT`.execute(db);
  } else {
    for (const table of SEEDED_TABLES) await sql`ANALYZE ${sql.table(table)}`.execute(db);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  }
}

const SEEDED_TABLES = [
  "game_sessions",
  "rounds",
  "wallet_calls",
  "wallet_call_attempts",
  "gateway_transactions",
  "billing_rounds",
];

/**
 * Drops the seeded tables' secondary indexes (not their primary keys) and returns the statements
 * that build them again: a bulk load then sorts each index once instead of inserting every row at
 * a random leaf, several times faster. The rebuilt indexes are packed tighter than ones grown by
 * random inserts (as after a REINDEX), so the seeded database is, if anything, kind to the bench.
 */
async function dropSecondaryIndexes(db: Kysely<Database>, dialect: DialectName): Promise<string[]> {
  const tables = sql.join(SEEDED_TABLES);
  const found =
    dialect === "postgres"
      ? await sql<{ name: string; definition: string }>`SELECT indexname AS name, indexdef AS definition
          FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN (${tables})
          AND indexname NOT IN (SELECT conname FROM pg_constraint
            WHERE connamespace = current_schema()::regnamespace AND contype IN ('p', 'u'))`.execute(db)
      : await sql<{ name: string; definition: string }>`SELECT name, sql AS definition FROM sqlite_master
          WHERE type = 'index' AND tbl_name IN (${tables}) AND sql IS NOT NULL`.execute(db);
  for (const index of found.rows) await sql`DROP INDEX ${sql.id(index.name)}`.execute(db);
  return found.rows.map((index) => index.definition);
}

async function run(trx: Transaction<Database>, series: string, insert: string): Promise<void> {
  await sql.raw(`${series} ${insert}`).execute(trx);
}

async function readShape(db: Kysely<Database>): Promise<SeedShape> {
  const operators = await db.selectFrom("operators").select("id").orderBy("id").execute();
  const games = await db.selectFrom("catalogue_games").select("id").orderBy("id").execute();
  const studios = await db.selectFrom("game_studios").select("id").orderBy("id").execute();
  if (operators.length === 0 || games.length === 0 || studios.length === 0)
    throw new Error("seeding needs at least one operator, catalogue game and game studio in the database");
  return {
    operatorIds: operators.map((o) => o.id),
    gameIds: games.map((g) => g.id),
    studioIds: studios.map((s) => s.id),
  };
}

/** The INSERT … SELECT statements, in terms of `i` (round number) or `k` (session number). */
function expressions(
  dialect: DialectName,
  shape: SeedShape,
  at: { readonly startMs: number; readonly spanMs: number; readonly total: number },
) {
  const hex8 = (e: string) =>
    dialect === "postgres" ? `lpad(to_hex(${e}), 8, '0')` : `printf('%08x', ${e})`;
  // 16 scattered but unique characters: a multiplicative hash of n, then n itself.
  const scattered = (n: string) => `${hex8(`((${n}) * 2654435761) % 4294967296`)} || ${hex8(n)}`;
  const id = (prefix: string, n: string) => `'${prefix}_' || ${scattered(n)}`;
  // Ids the platform makes (sessions, calls, studio rounds) begin with their time
  // (ids/platform-ids.ts): ten Crockford base32 characters of the milliseconds, then 16 scattered.
  const int = (e: string) => (dialect === "postgres" ? `(${e})::int` : e);
  const timeChars = (ms: string) =>
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
      .map((k) => `substr('${ID_ALPHABET}', ${int(`(((${ms}) >> ${5 * k}) & 31) + 1`)}, 1)`)
      .join(" || ");
  const timeId = (prefix: string, ms: string, n: string) =>
    `'${prefix}_' || ${timeChars(ms)} || ${scattered(n)}`;
  const pick = (list: readonly string[], n: string) =>
    `(CASE (${n}) % ${list.length} ${list.map((v, j) => `WHEN ${j} THEN '${v.replaceAll("'", "''")}'`).join(" ")} END)`;
  const k = `(i / ${ROUNDS_PER_SESSION})`;
  const opened = `(${at.startMs} + (i * ${at.spanMs}) / ${at.total})`;
  const closed = `(${opened} + 1500 + (i % 7) * 300)`;
  const sessionStart = (n: string) =>
    `(${at.startMs} + ((${n}) * ${ROUNDS_PER_SESSION} * ${at.spanMs}) / ${at.total})`;
  const session = timeId("ses", sessionStart(k), k);
  const player = `'seed-player-' || (${k} / ${SESSIONS_PER_PLAYER})`;
  const operator = pick(shape.operatorIds, `${k} / ${SESSIONS_PER_PLAYER}`);
  const game = pick(shape.gameIds, k);
  const studio = pick(shape.studioIds, k);
  const bet = `(100 + (i * 7) % 900)`;
  const win = `(((i * 13) % 3) * ${bet} / 2)`;
  const roundRef = timeId("sr", opened, "i");
  // The engine's id of a studio round in a session's `studio_ref` form: `gr_<studio>_<reference>`
  // (provider-gateway platformRoundId).
  const roundId = `'gr_' || ${studio} || '_' || ${roundRef}`;
  // Call j = 0 (debit) and 1 (closing credit) of round i.
  const callAt = `(${opened} + j * (${closed} - ${opened}))`;
  const callId = timeId("c", callAt, "2 * i + j");
  const txId = id("stx", "2 * i + j");
  const amount = `(CASE j WHEN 0 THEN ${bet} ELSE ${win} END)`;
  const calls = `(SELECT 0 AS j UNION ALL SELECT 1)`;
  const series = (from: number, to: number) =>
    dialect === "postgres"
      ? `WITH g AS (SELECT i FROM generate_series(${from}::bigint, ${to}::bigint) AS s(i))`
      : `WITH RECURSIVE g(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM g WHERE i < ${to})`;
  return {
    series,
    // Sessions use `i` as their number here (the series runs over session numbers).
    sessions: `INSERT INTO game_sessions (id, operator_id, environment, player_id, currency, game_id, studio_id,
        language, return_url, cashier_url, demo, demo_balance_minor, last_balance_minor, status,
        launch_token_hash, launch_expires_at_ms, launched_at_ms, studio_token_hash, created_at_ms,
        last_activity_at_ms, ended_at_ms, end_reason, round_id_form)
      SELECT ${timeId("ses", "T0", "i")}, ${pick(shape.operatorIds, `i / ${SESSIONS_PER_PLAYER}`)}, 'sandbox',
        'seed-player-' || (i / ${SESSIONS_PER_PLAYER}), 'EUR', ${pick(shape.gameIds, "i")}, ${pick(shape.studioIds, "i")},
        'en', 'https://casino.example/lobby', 'https://casino.example/cashier', 0, NULL, 100000, 'ended',
        ${id("lth", "i")}, T0 + 60000, T0, ${id("sth", "i")}, T0, T0 + 3600000, T0 + 3600000, 'expired', 'studio_ref'
      FROM (SELECT i, ${sessionStart("i")} AS T0 FROM g) AS s`,
    rounds: `INSERT INTO rounds (round_id, operator_id, environment, session_id, player_id, currency, game_id,
        status, request_hash, opened_at_ms, closed_at_ms, close_reason)
      SELECT ${roundId}, ${operator}, 'sandbox', ${session}, ${player}, 'EUR', ${game},
        'closed', ${id("h", "i")}, ${opened}, ${closed}, 'game' FROM g`,
    calls: `INSERT INTO wallet_calls (call_id, operator_id, environment, action, session_id, player_id, currency,
        game_id, round_id, amount_minor, rb, rb_call_id, round_closed, ref, request_hash, state, attempts,
        next_attempt_at_ms, retry_until_at_ms, lease_owner, lease_until_at_ms, balance_minor, error_code,
        outcome_reason, tx_id, resolved_by, resolution_note, created_at_ms, updated_at_ms, final_at_ms)
      SELECT ${callId}, ${operator}, 'sandbox', CASE j WHEN 0 THEN 'debit' ELSE 'credit' END, ${session}, ${player},
        'EUR', ${game}, ${roundId}, ${amount}, 0, NULL, j, ${txId}, ${id("h", "2 * i + j")}, 'ok', 1,
        ${callAt}, ${callAt} + 600000, NULL, NULL, 100000 - ${bet} + j * ${win}, NULL,
        NULL, ${id("wtx", "2 * i + j")}, NULL, NULL, ${callAt}, ${callAt} + 40, ${callAt} + 40
      FROM g CROSS JOIN ${calls} AS c`,
    attempts: `INSERT INTO wallet_call_attempts (call_id, attempt_no, sender, sent_at_ms, latency_micros, request,
        http_status, response_body, outcome, error_code, reason)
      SELECT ${callId}, 1, 'engine', ${callAt}, 800 + (i % 97) * 10,
        '{"call_id":"' || ${callId} || '","round_id":"' || ${roundId} || '","player_id":"' || ${player} ||
          '","currency":"EUR","amount":' || ${amount} || ',"game_id":"' || ${game} || '","ref":"' || ${txId} || '"}',
        200, '{"status":"OK","balance":' || (100000 - ${bet} + j * ${win}) || ',"tx_id":"' || ${id("wtx", "2 * i + j")} || '"}',
        'ok', NULL, NULL
      FROM g CROSS JOIN ${calls} AS c`,
    gateway: `INSERT INTO gateway_transactions (studio_id, tx_id, kind, session_id, round_ref, round_id, amount_minor,
        round_closed, rollback_of, request_hash, state, result_code, outcome, created_at_ms, updated_at_ms)
      SELECT ${studio}, ${txId}, CASE j WHEN 0 THEN 'bet' ELSE 'win' END, ${session}, ${roundRef}, ${roundId},
        ${amount}, j, NULL, ${id("h", "2 * i + j + 1")}, 'done', 'OK',
        '{"status":"OK","balance":' || (100000 - ${bet} + j * ${win}) || ',"currency":"EUR"}', ${callAt}, ${callAt} + 45
      FROM g CROSS JOIN ${calls} AS c`,
    billing: `INSERT INTO billing_rounds (round_id, operator_id, environment, provider_id, game_id, currency, player_id,
        closed_at_ms, bets_minor, wins_minor, rb_bets_minor, rb_wins_minor, rollbacks, ggr_minor, chargeable_minor,
        fee_status, fee_minor, fee_entry_id, projected_at_ms)
      SELECT ${roundId}, ${operator}, 'sandbox', ${studio}, ${game}, 'EUR', ${player}, ${closed}, ${bet}, ${win},
        0, 0, 0, ${bet} - ${win}, 0, 'free', NULL, NULL, ${closed} + 2500 FROM g`,
  };
}

/** `seeded 1200000/10000000 rounds (12 %), 8400 rounds/s, 17.5 min left` */
export function progressLine(done: number, total: number, startedMs: number): string {
  const seconds = (Date.now() - startedMs) / 1000;
  const rate = done / Math.max(seconds, 0.001);
  return (
    `seeded ${done}/${total} rounds (${Math.floor((done * 100) / total)} %), ${rate.toFixed(0)} rounds/s, ` +
    `${((total - done) / rate / 60).toFixed(1)} min left`
  );
}
