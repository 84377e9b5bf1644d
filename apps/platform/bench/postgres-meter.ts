// The PostgreSQL side of a run: the WAL the bench's database caused and the transactions it
// committed. The server is shared (other databases write WAL too), so the WAL records of the
// window are read back with pg_walinspect (PostgreSQL 15+, superuser, as the bench's test server
// allows) and only those touching a relation of the bench's database are summed; a transaction's
// commit record names no relation and is left out of that sum (about 40 bytes each). Without
// pg_walinspect, the server-wide figure only. Commit counts come from pg_stat_database, which a
// backend updates when it goes idle (within about a second under load), and include every read
// made outside a transaction (each is one).
import { sql } from "kysely";
import type { PlatformDb } from "../src/db/connect.ts";

export interface PostgresMark {
  readonly lsn: string;
  readonly commits: number;
  /** wallet_calls rows: a bench round is two calls. */
  readonly calls: number;
}

export interface PostgresUse {
  /** WAL written by the whole server in the window. */
  readonly serverWalBytes: number;
  /** WAL records touching the bench database's relations (undefined without pg_walinspect). */
  readonly ownWalBytes: number | undefined;
  readonly ownWalRecords: number | undefined;
  readonly commits: number;
  /** Rounds played in the window (wallet calls recorded / 2). */
  readonly rounds: number;
}

export async function markPostgres(db: PlatformDb): Promise<PostgresMark> {
  await sql`select pg_stat_clear_snapshot()`.execute(db.db);
  const { rows } = await sql<{ lsn: string; commits: string; calls: string }>`
    select pg_current_wal_lsn()::text as lsn,
      (select xact_commit from pg_stat_database where datname = current_database())::text as commits,
      (select count(*) from wallet_calls)::text as calls`.execute(db.db);
  return { lsn: rows[0]!.lsn, commits: Number(rows[0]!.commits), calls: Number(rows[0]!.calls) };
}

export async function postgresUse(db: PlatformDb, from: PostgresMark): Promise<PostgresUse> {
  const to = await markPostgres(db);
  const { rows } = await sql<{ bytes: string }>`
    select pg_wal_lsn_diff(${to.lsn}::pg_lsn, ${from.lsn}::pg_lsn)::text as bytes`.execute(db.db);
  const own = await ownWal(db, from.lsn, to.lsn);
  return {
    serverWalBytes: Number(rows[0]!.bytes),
    ownWalBytes: own?.bytes,
    ownWalRecords: own?.records,
    commits: to.commits - from.commits,
    rounds: (to.calls - from.calls) / 2,
  };
}

async function ownWal(
  db: PlatformDb,
  fromLsn: string,
  toLsn: string,
): Promise<{ bytes: number; records: number } | undefined> {
  try {
    await sql`create extension if not exists pg_walinspect`.execute(db.db);
    // A block reference reads "blkref #0: rel 1663/<database oid>/<relfilenode> …".
    const { rows } = await sql<{ bytes: string | null; records: string }>`
      select sum(record_length)::text as bytes, count(*)::text as records
      from pg_get_wal_records_info(${fromLsn}::pg_lsn, ${toLsn}::pg_lsn)
      where block_ref like '%/' || (select oid from pg_database where datname = current_database()) || '/%'`.execute(
      db.db,
    );
    return { bytes: Number(rows[0]!.bytes ?? 0), records: Number(rows[0]!.records) };
  } catch {
    return undefined;
  }
}
