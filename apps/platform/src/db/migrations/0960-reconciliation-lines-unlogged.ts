import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// A reconciliation's staged lines live for the length of one reconciliation and are deleted when
// it ends: on PostgreSQL they need no WAL (an unlogged table: a million staged lines were some
// 200 MB of it, and their writes took 40 % longer). A crash empties the table, which loses nothing:
// a reconciliation that was reading or matching at the crash is not resumed anyway. Standbys see
// it empty; reconciliations run on the primary. SQLite has no WAL-less tables: unchanged there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`ALTER TABLE reconciliation_lines SET UNLOGGED`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`ALTER TABLE reconciliation_lines SET LOGGED`.execute(db);
}
