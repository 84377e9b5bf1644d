import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// Retention (retention/archive-rounds.ts): settled rounds past ARCHIVE_AFTER_DAYS move, with their
// wallet calls, attempts and gateway transactions, into cold `*_archive` tables of the same columns,
// so the hot tables the round engine writes stay small. Readers of history, reports, replay and
// reconciliation read the `*_all` views: hot rows, then archived ones (a row is in one table only:
// the archiver moves it in one transaction).
//
// The cold tables are made from the hot ones' columns as they are now (CREATE TABLE … AS, no rows);
// a later migration that adds a column to a hot table adds it to its archive and recreates its view.
// No check constraints or foreign keys: rows arrive only from the hot tables, which checked them.
const TABLES = ["rounds", "wallet_calls", "wallet_call_attempts", "gateway_transactions"] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await sql`CREATE TABLE ${sql.table(`${table}_archive`)} AS SELECT * FROM ${sql.table(table)} WHERE 1 = 0`.execute(
      db,
    );
  }
  // The keys (unique indexes: SQLite cannot add a primary key to an existing table), then what the
  // readers look archived rows up by, as on the hot tables.
  const index = async (name: string, table: string, columns: string[], unique = false) => {
    let builder = db.schema.createIndex(name).on(table).columns(columns);
    if (unique) builder = builder.unique();
    await builder.execute();
  };
  await index("rounds_archive_pk", "rounds_archive", ["round_id"], true);
  await index("rounds_archive_operator_time_idx", "rounds_archive", [
    "operator_id",
    "environment",
    "opened_at_ms",
    "round_id",
  ]);
  await index("rounds_archive_operator_player_idx", "rounds_archive", [
    "operator_id",
    "environment",
    "player_id",
    "opened_at_ms",
  ]);
  await index("rounds_archive_session_idx", "rounds_archive", ["session_id"]);
  await index("rounds_archive_closed_at_idx", "rounds_archive", ["closed_at_ms"]);
  await index("wallet_calls_archive_pk", "wallet_calls_archive", ["call_id"], true);
  await index("wallet_calls_archive_round_ref_idx", "wallet_calls_archive", ["round_id", "ref"]);
  await index("wallet_calls_archive_operator_time_idx", "wallet_calls_archive", [
    "operator_id",
    "environment",
    "created_at_ms",
  ]);
  await index("wallet_calls_archive_operator_player_idx", "wallet_calls_archive", [
    "operator_id",
    "environment",
    "player_id",
    "created_at_ms",
  ]);
  await index(
    "wallet_call_attempts_archive_pk",
    "wallet_call_attempts_archive",
    ["call_id", "attempt_no"],
    true,
  );
  await index(
    "gateway_transactions_archive_pk",
    "gateway_transactions_archive",
    ["studio_id", "tx_id"],
    true,
  );
  await index("gateway_transactions_archive_round_idx", "gateway_transactions_archive", [
    "session_id",
    "round_ref",
  ]);
  await index("gateway_transactions_archive_round_id_idx", "gateway_transactions_archive", ["round_id"]);

  // Balance calls belong to no round: the archiver finds old ones by time. Partial, so the bets'
  // and wins' inserts pay nothing for it.
  await db.schema
    .createIndex("wallet_calls_balance_time_idx")
    .on("wallet_calls")
    .column("created_at_ms")
    .where(sql.ref("action"), "=", "balance")
    .execute();

  for (const table of TABLES) {
    await sql`CREATE VIEW ${sql.table(`${table}_all`)} AS
      SELECT * FROM ${sql.table(table)} UNION ALL SELECT * FROM ${sql.table(`${table}_archive`)}`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await sql`DROP VIEW ${sql.table(`${table}_all`)}`.execute(db);
  await db.schema.dropIndex("wallet_calls_balance_time_idx").execute();
  for (const table of TABLES) await db.schema.dropTable(`${table}_archive`).execute();
}
