/**
 * The SQL of a write batch: load the touched rows (locked on PostgreSQL), then write inserts and
 * updates as multi-row statements. Both dialects run the same statements; the only differences
 * (row locks) come from db/dialect.ts.
 */
import { sql, type RawBuilder, type Transaction } from "kysely";
import type { DialectName } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { dialectFeatures } from "../db/dialect.ts";
import type { RoundRow } from "../rounds/tables.ts";
import { claimKey } from "./batch-ops.ts";
import { BatchSnapshot, type ClaimAnswer, type SessionTouch } from "./batch-snapshot.ts";
import type { WalletCallRow } from "./tables.ts";

/**
 * Bound parameters per statement, under SQLite's 32 766 and PostgreSQL's 65 535: a batch's
 * multi-row statements are split into chunks that fit.
 */
const MAX_PARAMETERS_PER_STATEMENT = 30_000;

export async function loadSnapshot(
  trx: Transaction<Database>,
  dialect: DialectName,
  roundIds: readonly string[],
  callIds: readonly string[],
  claimKeys: readonly { readonly studioId: string; readonly txId: string }[],
): Promise<BatchSnapshot> {
  const lock = dialectFeatures(dialect).rowLocks;
  const snapshot = new BatchSnapshot();
  if (claimKeys.length > 0) {
    // Not locked: a claim is only ever inserted here, and a concurrent twin's insert (another
    // process) fails this batch's insert on the primary key instead. SQLite has no row-value IN
    // lists, so the two IN lists select a superset (few studios per batch), filtered here.
    const wanted = new Set(claimKeys.map((key) => claimKey(key.studioId, key.txId)));
    const rows = await trx
      .selectFrom("gateway_transactions")
      .selectAll()
      .where("studio_id", "in", [...new Set(claimKeys.map((key) => key.studioId))])
      .where(
        "tx_id",
        "in",
        claimKeys.map((key) => key.txId),
      )
      .execute();
    for (const row of rows) if (wanted.has(claimKey(row.studio_id, row.tx_id))) snapshot.addLoadedClaim(row);
  }
  if (roundIds.length > 0) {
    // Locks in id order, rounds before calls, in every batch of every process: no lock cycles.
    const rounds = await trx
      .selectFrom("rounds")
      .selectAll()
      .where("round_id", "in", roundIds)
      .orderBy("round_id")
      .$if(lock, (query) => query.forUpdate())
      .execute();
    for (const round of rounds) snapshot.addLoadedRound(round);
  }
  if (callIds.length > 0 || roundIds.length > 0) {
    // One query for the calls the batch may change (locked on PostgreSQL, after the rounds) and
    // the calls of its rounds (guards and idempotency read them; every insert into a round holds
    // the round's lock, so reading them under the same lock is consistent).
    const calls = await trx
      .selectFrom("wallet_calls")
      .selectAll()
      .where((eb) =>
        eb.or([
          ...(callIds.length > 0 ? [eb("call_id", "in", callIds)] : []),
          ...(roundIds.length > 0 ? [eb("round_id", "in", roundIds)] : []),
        ]),
      )
      .orderBy("call_id")
      .$if(lock, (query) => query.forUpdate())
      .execute();
    for (const call of calls) snapshot.addLoadedCall(call);
  }
  return snapshot;
}

/**
 * Writes what a batch decided. On SQLite (in-process, no round trips) one statement per table
 * and kind. On PostgreSQL every write goes in ONE statement of data-modifying CTEs, so a batch
 * costs the same few round trips however many ops it holds: the update CTEs touch only rows
 * that existed before the batch (new rows are inserted with their final values), and the
 * attempts' foreign key is checked at the end of the statement, after the calls are in.
 */
export async function writeSnapshot(
  trx: Transaction<Database>,
  dialect: DialectName,
  snapshot: BatchSnapshot,
): Promise<void> {
  const changedCalls = [...snapshot.changedCalls];
  const changedRounds = [...snapshot.changedRounds];
  const claimAnswers = [...snapshot.claimAnswers.values()];
  const sessionTouches = [...snapshot.sessionTouches.values()];
  const parameters =
    snapshot.newRounds.length * ROUND_COLUMNS +
    snapshot.newCalls.length * CALL_COLUMNS +
    snapshot.attempts.length * ATTEMPT_COLUMNS +
    snapshot.newClaims.length * CLAIM_COLUMNS +
    changedCalls.length * (CALL_UPDATE_COLUMNS.length + 1) +
    changedRounds.length * (ROUND_UPDATE_COLUMNS.length + 1) +
    claimAnswers.length * (CLAIM_ANSWER_COLUMNS.length + 2) +
    sessionTouches.length * (SESSION_TOUCH_COLUMNS.length + 1);
  if (dialect === "postgres" && parameters <= MAX_PARAMETERS_PER_STATEMENT) {
    const parts: RawBuilder<unknown>[] = [];
    if (snapshot.newRounds.length > 0)
      parts.push(sql`${trx.insertInto("rounds").values(snapshot.newRounds)}`);
    if (snapshot.newCalls.length > 0)
      parts.push(sql`${trx.insertInto("wallet_calls").values(snapshot.newCalls)}`);
    if (snapshot.attempts.length > 0) {
      parts.push(sql`${trx.insertInto("wallet_call_attempts").values(snapshot.attempts)}`);
    }
    if (snapshot.newClaims.length > 0)
      parts.push(sql`${trx.insertInto("gateway_transactions").values(snapshot.newClaims)}`);
    if (changedCalls.length > 0) parts.push(updateCalls(changedCalls));
    if (changedRounds.length > 0) parts.push(updateRounds(changedRounds));
    if (claimAnswers.length > 0) parts.push(updateClaimAnswers(claimAnswers));
    if (sessionTouches.length > 0) parts.push(updateSessionTouches(sessionTouches));
    if (parts.length === 1) await parts[0]!.execute(trx);
    else if (parts.length > 1) {
      const ctes = parts.map((part, index) => sql`${sql.raw(`w${index}`)} as (${part})`);
      await sql`with ${sql.join(ctes)} select 1`.execute(trx);
    }
    return;
  }
  for (const rows of chunks(snapshot.newRounds, ROUND_COLUMNS))
    await trx.insertInto("rounds").values(rows).execute();
  for (const rows of chunks(snapshot.newCalls, CALL_COLUMNS)) {
    await trx.insertInto("wallet_calls").values(rows).execute();
  }
  for (const rows of chunks(snapshot.attempts, ATTEMPT_COLUMNS)) {
    await trx.insertInto("wallet_call_attempts").values(rows).execute();
  }
  for (const rows of chunks(snapshot.newClaims, CLAIM_COLUMNS)) {
    await trx.insertInto("gateway_transactions").values(rows).execute();
  }
  for (const rows of chunks(changedCalls, CALL_UPDATE_COLUMNS.length + 1))
    await updateCalls(rows).execute(trx);
  for (const rows of chunks(changedRounds, ROUND_UPDATE_COLUMNS.length + 1))
    await updateRounds(rows).execute(trx);
  for (const rows of chunks(claimAnswers, CLAIM_ANSWER_COLUMNS.length + 2))
    await updateClaimAnswers(rows).execute(trx);
  for (const rows of chunks(sessionTouches, SESSION_TOUCH_COLUMNS.length + 1))
    await updateSessionTouches(rows).execute(trx);
}

/** Columns per row of each table, for counting bound parameters. */
const ROUND_COLUMNS = 12;
const CALL_COLUMNS = 30;
const ATTEMPT_COLUMNS = 11;
const CLAIM_COLUMNS = 15;

type SqlType = "text" | "bigint" | "integer";

/** Every column an update may change, with its SQL type (VALUES rows need explicit casts on PostgreSQL). */
const CALL_UPDATE_COLUMNS: readonly (readonly [keyof WalletCallRow, SqlType])[] = [
  ["state", "text"],
  ["attempts", "integer"],
  ["next_attempt_at_ms", "bigint"],
  ["retry_until_at_ms", "bigint"],
  ["lease_owner", "text"],
  ["lease_until_at_ms", "bigint"],
  ["balance_minor", "bigint"],
  ["error_code", "text"],
  ["outcome_reason", "text"],
  ["tx_id", "text"],
  ["resolved_by", "text"],
  ["resolution_note", "text"],
  ["updated_at_ms", "bigint"],
  ["final_at_ms", "bigint"],
];

const ROUND_UPDATE_COLUMNS: readonly (readonly [keyof RoundRow, SqlType])[] = [
  ["status", "text"],
  ["closed_at_ms", "bigint"],
  ["close_reason", "text"],
];

const CLAIM_ANSWER_COLUMNS: readonly (readonly [keyof ClaimAnswer, SqlType])[] = [
  ["result_code", "text"],
  ["outcome", "text"],
  ["updated_at_ms", "bigint"],
];

const SESSION_TOUCH_COLUMNS: readonly (readonly [keyof SessionTouch, SqlType])[] = [
  ["last_activity_at_ms", "bigint"],
  ["last_balance_minor", "bigint"],
];

function updateCalls(rows: readonly WalletCallRow[]): RawBuilder<unknown> {
  return multiRowUpdate("wallet_calls", ["call_id"], CALL_UPDATE_COLUMNS, rows);
}

function updateRounds(rows: readonly RoundRow[]): RawBuilder<unknown> {
  return multiRowUpdate("rounds", ["round_id"], ROUND_UPDATE_COLUMNS, rows);
}

/** Answers of claims written by earlier batches: only a claim still pending takes one. */
function updateClaimAnswers(rows: readonly ClaimAnswer[]): RawBuilder<unknown> {
  return multiRowUpdate("gateway_transactions", ["studio_id", "tx_id"], CLAIM_ANSWER_COLUMNS, rows, {
    extraSet: [sql`${sql.ref("state")} = 'done'`],
    where: sql`gateway_transactions.state = 'pending'`,
  });
}

/** Activity only moves forward; a touch without a balance keeps the stored one; active sessions only. */
function updateSessionTouches(rows: readonly SessionTouch[]): RawBuilder<unknown> {
  return multiRowUpdate("game_sessions", ["id"], SESSION_TOUCH_COLUMNS, rows, {
    assign: {
      last_activity_at_ms: sql`case when v.last_activity_at_ms > game_sessions.last_activity_at_ms
        then v.last_activity_at_ms else game_sessions.last_activity_at_ms end`,
      last_balance_minor: sql`coalesce(v.last_balance_minor, game_sessions.last_balance_minor)`,
    },
    where: sql`game_sessions.status = 'active'`,
  });
}

/**
 * `WITH v(key…, c1, …) AS (VALUES (…), (…)) UPDATE t SET c1 = v.c1, … FROM v WHERE t.key = v.key`:
 * one statement updates every row of the batch with its own values, on SQLite (3.33+) and
 * PostgreSQL alike. `assign` replaces a column's plain assignment; `where` adds a condition.
 */
function multiRowUpdate<Row extends object>(
  table: string,
  keys: readonly (keyof Row & string)[],
  columns: readonly (readonly [keyof Row, SqlType])[],
  rows: readonly Row[],
  options: {
    readonly assign?: Partial<Record<keyof Row & string, RawBuilder<unknown>>>;
    readonly extraSet?: readonly RawBuilder<unknown>[];
    readonly where?: RawBuilder<unknown>;
  } = {},
): RawBuilder<unknown> {
  const names = [...keys, ...columns.map(([name]) => name as string)];
  const values = rows.map(
    (row) =>
      sql`(${sql.join([
        ...keys.map((key) => cast(row[key], "text")),
        ...columns.map(([name, type]) => cast(row[name], type)),
      ])})`,
  );
  const assignments = [
    ...columns.map(([name]) => {
      const column = name as keyof Row & string;
      return sql`${sql.ref(column)} = ${options.assign?.[column] ?? sql`v.${sql.ref(column)}`}`;
    }),
    ...(options.extraSet ?? []),
  ];
  const matches = [
    ...keys.map((key) => sql`${sql.table(table)}.${sql.ref(key)} = v.${sql.ref(key)}`),
    ...(options.where === undefined ? [] : [options.where]),
  ];
  return sql`with v (${sql.join(names.map((name) => sql.ref(name)))}) as (values ${sql.join(values)})
    update ${sql.table(table)} set ${sql.join(assignments)}
    from v where ${sql.join(matches, sql` and `)}`;
}

function cast(value: unknown, type: SqlType): RawBuilder<unknown> {
  return sql`cast(${value ?? null} as ${sql.raw(type)})`;
}

function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns));
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}
