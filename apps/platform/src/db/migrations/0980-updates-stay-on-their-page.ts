import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// The round engine rewrites two rows per bet and per win besides the ones it inserts: the
// session's activity and balance (game_sessions) and the studio transaction's answer
// (gateway_transactions). On PostgreSQL an update that changes no indexed column and finds room on
// its row's page is a heap-only (HOT) update: no index is touched. Neither was: the session's
// activity time was the key of the expiry sweeper's index, so every touch added an entry to all
// six of the table's indexes (17,002 updates of 64 sessions in a bench run, 64 of them HOT), and
// the transactions' pages were filled to the brim by their inserts, so the answer a moment later
// found no room beside its row (9 % HOT).
// - The sweeper's index keeps its rows (the sessions that can still expire) under a key that never
//   changes: the launch deadline, which the sweep of unopened sessions asks for. The idle sweep
//   reads the live sessions and checks their activity; they are the sessions playing now, not the
//   table.
// - Both tables leave room on each page (PostgreSQL's fillfactor) for the new version of a row
//   updated soon after its insert: a fifth of the sessions' pages, three tenths of the
//   transactions' (an answer makes its row longer; with a fifth, 65 % of them were still not HOT).
//   SQLite has neither HOT updates nor fillfactor; there the index on the activity time cost one
//   index write per touch, which the new key saves too.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await rekeyLiveIndex(db, "launch_expires_at_ms");
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`ALTER TABLE game_sessions SET (fillfactor = 80)`.execute(db);
  await sql`ALTER TABLE gateway_transactions SET (fillfactor = 70)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await rekeyLiveIndex(db, "last_activity_at_ms");
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`ALTER TABLE game_sessions RESET (fillfactor)`.execute(db);
  await sql`ALTER TABLE gateway_transactions RESET (fillfactor)`.execute(db);
}

/** The sweeper's index of the sessions that can still expire, rebuilt under `key`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
async function rekeyLiveIndex(db: Kysely<any>, key: string): Promise<void> {
  await db.schema.dropIndex("game_sessions_live_idx").execute();
  await db.schema
    .createIndex("game_sessions_live_idx")
    .on("game_sessions")
    .column(key)
    .where(sql.ref("status"), "in", sql`('created', 'active')`)
    .execute();
}
