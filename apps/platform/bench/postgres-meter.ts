// The PostgreSQL side of a run: the WAL written (pg_current_wal_lsn before and after, and
// pg_stat_wal's records) and the transactions committed in the bench's database. WAL is counted
// server-wide: other databases on the same server add to it (the bench prints their commits too,
// so a busy neighbour shows). Commit counts come from pg_stat_database, which backends update
// when they go idle (within about a second under load).
import { sql } from "kysely";
import type { PlatformDb } from "../src/db/connect.ts";

export interface PostgresMark {
  readonly lsn: string;
  readonly walRecords: number;
  readonly commits: number;
  readonly otherCommits: number;
}

export interface PostgresUse {
  readonly walBytes: number;
  readonly walRecords: number;
  readonly commits: number;
  readonly otherCommits: number;
}

export async function markPostgres(db: PlatformDb): Promise<PostgresMark> {
  await sql`select pg_stat_clear_snapshot()`.execute(db.db);
  const { rows } = await sql<{ lsn: string; wal_records: string; commits: string; other: string }>`
    select pg_current_wal_lsn()::text as lsn,
      (select wal_records from pg_stat_wal)::text as wal_records,
      (select xact_commit from pg_stat_database where datname = current_database())::text as commits,
      (select sum(xact_commit) from pg_stat_database where datname <> current_database())::text as other`.execute(
    db.db,
  );
  const row = rows[0]!;
  return {
    lsn: row.lsn,
    walRecords: Number(row.wal_records),
    commits: Number(row.commits),
    otherCommits: Number(row.other),
  };
}

export async function postgresUse(db: PlatformDb, from: PostgresMark): Promise<PostgresUse> {
  const to = await markPostgres(db);
  const { rows } = await sql<{ bytes: string }>`
    select pg_wal_lsn_diff(${to.lsn}::pg_lsn, ${from.lsn}::pg_lsn)::text as bytes`.execute(db.db);
  return {
    walBytes: Number(rows[0]!.bytes),
    walRecords: to.walRecords - from.walRecords,
    commits: to.commits - from.commits,
    otherCommits: to.otherCommits - from.otherCommits,
  };
}
