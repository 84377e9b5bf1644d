import type SqliteDatabase from "better-sqlite3";

/**
 * `work` as one synchronous `BEGIN IMMEDIATE … COMMIT` on a better-sqlite3 connection, for code
 * that holds Kysely's connection (`db.connection().execute`) and writes with prepared statements
 * of its own: the round engine's batches, the reconciliation's staging. Called while a
 * transaction is open on the connection (a Kysely one), better-sqlite3 would nest it as a
 * savepoint and its commit would be the outer transaction's: that is refused instead.
 */
export function immediateTransaction<Args extends unknown[], Result>(
  sqlite: SqliteDatabase.Database,
  work: (...args: Args) => Result,
): (...args: Args) => Result {
  const transaction = sqlite.transaction(work);
  return (...args) => {
    if (sqlite.inTransaction) throw new Error("the SQLite connection is already in a transaction");
    return transaction.immediate(...args);
  };
}
