/**
 * The write batch on SQLite, with hand-prepared statements on the connection under Kysely.
 *
 * Why not Kysely here: a batch's multi-row statements had a new SQL text for every batch size, so
 * each was compiled by Kysely and prepared by SQLite anew, which profiling showed to be the largest
 * part of the platform's CPU per round. SQLite runs in this process, so there is no round trip to
 * save by putting rows in one statement: fixed single-row statements, prepared once and run once
 * per row, cost a few microseconds each. The whole batch (load, decide, write, commit) runs
 * synchronously in one transaction, with the same rules (`decide`) and the same columns
 * (batch-tables.ts) as PostgreSQL's batch (postgres-batch-store.ts).
 */
import type SqliteDatabase from "better-sqlite3";
import { immediateTransaction } from "../../db/sqlite-immediate.ts";
import type { ClaimRow } from "./riding-writes.ts";
import type { RoundRow } from "../tables.ts";
import { callIdsOf, claimKeysOf, roundIdsOf, type OpResult, type OutboxOp } from "./batch-ops.ts";
import { decide } from "./batch-decide.ts";
import { BatchSnapshot } from "./batch-snapshot.ts";
import { batchTables, columnList, type Column } from "./batch-tables.ts";
import type { WalletCallRow } from "../outbox/tables.ts";

type Sqlite = SqliteDatabase.Database;
type Statement = SqliteDatabase.Statement;

function insertSql(table: string, columns: readonly Column[]): string {
  return `insert into "${table}" (${columnList(columns)}) values (${columns.map(() => "?").join(", ")})`;
}

function valuesOf(row: object, columns: readonly Column[]): unknown[] {
  return columns.map((column) => (row as Record<string, unknown>)[column.name] ?? null);
}

interface Statements {
  readonly claimByKey: Statement;
  readonly roundById: Statement;
  readonly callById: Statement;
  readonly callsOfRound: Statement;
  readonly insertRound: Statement;
  readonly insertCall: Statement;
  readonly insertAttempt: Statement;
  readonly insertClaim: Statement;
  readonly updateCall: Statement;
  readonly updateRound: Statement;
  readonly answerClaim: Statement;
  readonly touchSession: Statement;
}

function prepareStatements(sqlite: Sqlite): Statements {
  return {
    claimByKey: sqlite.prepare(`select * from "gateway_transactions" where "studio_id" = ? and "tx_id" = ?`),
    roundById: sqlite.prepare(`select * from "rounds" where "round_id" = ?`),
    callById: sqlite.prepare(`select * from "wallet_calls" where "call_id" = ?`),
    callsOfRound: sqlite.prepare(`select * from "wallet_calls" where "round_id" = ? order by "call_id"`),
    insertRound: sqlite.prepare(insertSql("rounds", batchTables.rounds)),
    insertCall: sqlite.prepare(insertSql("wallet_calls", batchTables.calls)),
    insertAttempt: sqlite.prepare(insertSql("wallet_call_attempts", batchTables.attempts)),
    insertClaim: sqlite.prepare(insertSql("gateway_transactions", batchTables.claims)),
    updateCall: sqlite.prepare(
      `update "wallet_calls" set ${batchTables.callUpdates.map((column) => `"${column.name}" = ?`).join(", ")} where "call_id" = ?`,
    ),
    updateRound: sqlite.prepare(
      `update "rounds" set "status" = ?, "closed_at_ms" = ?, "close_reason" = ? where "round_id" = ?`,
    ),
    // Only a claim still pending takes an answer: the first answer wins.
    answerClaim: sqlite.prepare(
      `update "gateway_transactions" set "result_code" = ?, "outcome" = ?, "updated_at_ms" = ?, "state" = 'done'
       where "studio_id" = ? and "tx_id" = ? and "state" = 'pending'`,
    ),
    // Activity only moves forward; a touch without a balance keeps the stored one; active sessions only.
    touchSession: sqlite.prepare(
      `update "game_sessions" set "last_activity_at_ms" = max("last_activity_at_ms", ?),
       "last_balance_minor" = coalesce(?, "last_balance_minor") where "id" = ? and "status" = 'active'`,
    ),
  };
}

export interface SqliteBatchStore {
  /**
   * Applies a batch in one transaction and returns each op's result, or throws (nothing applied).
   * Synchronous: call it only while holding Kysely's connection, so that no Kysely transaction is
   * open on the same connection.
   */
  apply(ops: readonly OutboxOp[]): OpResult[];
}

/** Statements are prepared at the first batch (after the migrations have created the tables). */
export function createSqliteBatchStore(sqlite: Sqlite): SqliteBatchStore {
  let statements: Statements | undefined;
  const run = (ops: readonly OutboxOp[]): OpResult[] => {
    statements ??= prepareStatements(sqlite);
    const snapshot = loadSnapshot(statements, ops);
    const results = ops.map((op) => decide(snapshot, op));
    writeSnapshot(statements, snapshot);
    return results;
  };
  return { apply: immediateTransaction(sqlite, run) };
}

function loadSnapshot(statements: Statements, ops: readonly OutboxOp[]): BatchSnapshot {
  const snapshot = new BatchSnapshot();
  for (const key of claimKeysOf(ops)) {
    const row = statements.claimByKey.get(key.studioId, key.txId) as ClaimRow | undefined;
    if (row !== undefined) snapshot.addLoadedClaim(row);
  }
  const roundIds = roundIdsOf(ops);
  for (const roundId of roundIds) {
    const row = statements.roundById.get(roundId) as RoundRow | undefined;
    if (row !== undefined) snapshot.addLoadedRound(row);
  }
  // The rounds' calls first, each round's in id order, then the other calls the batch may change
  // (already loaded ones are skipped): every round's list comes out in id order, as one query
  // ordered by id would give it.
  for (const roundId of roundIds) {
    for (const row of statements.callsOfRound.all(roundId) as WalletCallRow[]) snapshot.addLoadedCall(row);
  }
  for (const callId of callIdsOf(ops)) {
    const row = statements.callById.get(callId) as WalletCallRow | undefined;
    if (row !== undefined) snapshot.addLoadedCall(row);
  }
  return snapshot;
}

function writeSnapshot(statements: Statements, snapshot: BatchSnapshot): void {
  for (const row of snapshot.newRounds) statements.insertRound.run(valuesOf(row, batchTables.rounds));
  for (const row of snapshot.newCalls) statements.insertCall.run(valuesOf(row, batchTables.calls));
  for (const row of snapshot.attempts) statements.insertAttempt.run(valuesOf(row, batchTables.attempts));
  for (const row of snapshot.newClaims) statements.insertClaim.run(valuesOf(row, batchTables.claims));
  for (const row of snapshot.changedCalls) {
    statements.updateCall.run([...valuesOf(row, batchTables.callUpdates), row.call_id]);
  }
  for (const row of snapshot.changedRounds) {
    statements.updateRound.run(row.status, row.closed_at_ms, row.close_reason, row.round_id);
  }
  for (const answer of snapshot.claimAnswers.values()) {
    statements.answerClaim.run(
      answer.result_code,
      answer.outcome,
      answer.updated_at_ms,
      answer.studio_id,
      answer.tx_id,
    );
  }
  for (const touch of snapshot.sessionTouches.values()) {
    statements.touchSession.run(touch.last_activity_at_ms, touch.last_balance_minor, touch.id);
  }
}
