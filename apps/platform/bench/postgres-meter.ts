// The PostgreSQL side of a run: the WAL the bench's database caused and the transactions it
// committed. The server is shared (other databases write WAL too), so the WAL records of the
// window are read back with pg_walinspect (PostgreSQL 15+, superuser, as the bench's test server
// allows) and only those touching a relation of the bench's database are summed; a transaction's
// commit record names no relation and is left out of that sum (about 40 bytes each). Without
// pg_walinspect, the server-wide figure only. Commit counts come from pg_stat_database, which a
// backend updates when it goes idle (within about a second under load), and include every read
// made outside a transaction (each is one).
import { sql, type RawBuilder } from "kysely";
import type { PlatformDb } from "../src/db/connect.ts";
import { cpuSecondsOf } from "./targets.ts";

export interface PostgresMark {
  readonly lsn: string;
  readonly commits: number;
  /** wallet_calls rows: a bench round is two calls. */
  readonly calls: number;
  /** CPU seconds so far of each server process serving the bench's database, by pid. */
  readonly backendCpu: ReadonlyMap<number, number>;
}

export interface PostgresUse {
  /** WAL written by the whole server in the window. */
  readonly serverWalBytes: number;
  /** WAL records touching the bench database's relations (undefined without pg_walinspect). */
  readonly ownWalBytes: number | undefined;
  readonly ownWalRecords: number | undefined;
  /** Of `ownWalBytes`, full-page images (the first change of a page after a checkpoint). */
  readonly ownFpiBytes: number | undefined;
  /** Of `ownWalBytes`, Heap2 records: page pruning (by any backend), freezing and visibility (vacuum's). */
  readonly ownVacuumBytes: number | undefined;
  /**
   * Full-page images by relation of the bench's schema (table or index name → images), most
   * first: which tables' and indexes' pages a round touches for the first time since a checkpoint.
   */
  readonly fpiByRelation: ReadonlyMap<string, number> | undefined;
  readonly commits: number;
  /** Rounds played in the window (wallet calls recorded / 2). */
  readonly rounds: number;
  /** CPU seconds the server processes of the bench's database spent in the window (those alive at its end). */
  readonly backendCpuSeconds: number;
}

export async function markPostgres(db: PlatformDb): Promise<PostgresMark> {
  await sql`select pg_stat_clear_snapshot()`.execute(db.db);
  const { rows } = await sql<{ lsn: string; commits: string; calls: string }>`
    select pg_current_wal_lsn()::text as lsn,
      (select xact_commit from pg_stat_database where datname = current_database())::text as commits,
      (select count(*) from wallet_calls)::text as calls`.execute(db.db);
  // The server runs on this machine (the bench's test server): its processes' CPU is in /proc.
  const backends = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = current_database()`.execute(db.db);
  const backendCpu = new Map(backends.rows.map((row) => [row.pid, cpuSecondsOf(row.pid)] as const));
  return {
    lsn: rows[0]!.lsn,
    commits: Number(rows[0]!.commits),
    calls: Number(rows[0]!.calls),
    backendCpu,
  };
}

export async function postgresUse(db: PlatformDb, from: PostgresMark): Promise<PostgresUse> {
  const to = await markPostgres(db);
  const { rows } = await sql<{ bytes: string }>`
    select pg_wal_lsn_diff(${to.lsn}::pg_lsn, ${from.lsn}::pg_lsn)::text as bytes`.execute(db.db);
  const walRecords = await walRecordsFunction(db);
  const own = walRecords === undefined ? undefined : await ownWal(db, walRecords, from.lsn, to.lsn);
  return {
    serverWalBytes: Number(rows[0]!.bytes),
    ownWalBytes: own?.bytes,
    ownWalRecords: own?.records,
    ownFpiBytes: own?.fpiBytes,
    ownVacuumBytes: own?.vacuumBytes,
    fpiByRelation:
      walRecords === undefined ? undefined : await fpiByRelation(db, walRecords, from.lsn, to.lsn),
    commits: to.commits - from.commits,
    rounds: (to.calls - from.calls) / 2,
    // A backend that started in the window (a pool's connection opened after the first mark; the
    // first run on a fresh database opened all of them so) spent all its CPU in it.
    backendCpuSeconds: [...to.backendCpu].reduce((sum, [pid, seconds]) => {
      const spent = seconds - (from.backendCpu.get(pid) ?? 0);
      return Number.isNaN(spent) ? sum : sum + spent;
    }, 0),
  };
}

/**
 * pg_walinspect's record reader, schema-qualified: the extension is created in the bench's schema
 * unless it exists already, then possibly in a schema not on the bench's search path. Undefined
 * where it cannot be had (not PostgreSQL 15+, not a superuser).
 */
async function walRecordsFunction(db: PlatformDb): Promise<RawBuilder<unknown> | undefined> {
  try {
    await sql`create extension if not exists pg_walinspect`.execute(db.db);
    const { rows } = await sql<{ schema: string }>`
      select n.nspname as schema from pg_extension as e join pg_namespace as n on n.oid = e.extnamespace
      where e.extname = 'pg_walinspect'`.execute(db.db);
    return sql.id(rows[0]!.schema, "pg_get_wal_records_info");
  } catch {
    return undefined;
  }
}

async function ownWal(
  db: PlatformDb,
  walRecords: RawBuilder<unknown>,
  fromLsn: string,
  toLsn: string,
): Promise<{ bytes: number; records: number; fpiBytes: number; vacuumBytes: number } | undefined> {
  try {
    // A block reference reads "blkref #0: rel 1663/<database oid>/<relfilenode> …".
    const { rows } = await sql<{
      bytes: string | null;
      records: string;
      fpi: string | null;
      vacuum: string | null;
    }>`
      select sum(record_length)::text as bytes, count(*)::text as records, sum(fpi_length)::text as fpi,
        sum(case when resource_manager = 'Heap2' then record_length else 0 end)::text as vacuum
      from ${walRecords}(${fromLsn}::pg_lsn, ${toLsn}::pg_lsn)
      where block_ref like '%/' || (select oid from pg_database where datname = current_database()) || '/%'`.execute(
      db.db,
    );
    return {
      bytes: Number(rows[0]!.bytes ?? 0),
      records: Number(rows[0]!.records),
      fpiBytes: Number(rows[0]!.fpi ?? 0),
      vacuumBytes: Number(rows[0]!.vacuum ?? 0),
    };
  } catch {
    return undefined;
  }
}

const FPW_BLOCK = String.raw`rel \d+/(\d+)/(\d+) fork \w+ blk \d+ \(FPW\)`;

/**
 * Counts the full-page images of the window by the relation they image. A record may carry
 * several block references; each marked `(FPW)` is one image. Relations are matched by
 * relfilenode in the bench's schema (after a rewrite a relfilenode changes: the window's
 * records would then name one the catalogue no longer knows, and are left out).
 */
async function fpiByRelation(
  db: PlatformDb,
  walRecords: RawBuilder<unknown>,
  fromLsn: string,
  toLsn: string,
): Promise<ReadonlyMap<string, number> | undefined> {
  try {
    const { rows } = await sql<{ relation: string; images: string }>`
      select c.relname as relation, count(*)::text as images
      from ${walRecords}(${fromLsn}::pg_lsn, ${toLsn}::pg_lsn) as w,
        regexp_matches(w.block_ref, ${FPW_BLOCK}, 'g') as m
      join pg_class as c on c.relfilenode = m[2]::oid
      where m[1]::oid = (select oid from pg_database where datname = current_database())
        and c.relnamespace = current_schema()::regnamespace
      group by c.relname
      order by count(*) desc`.execute(db.db);
    return new Map(rows.map((row) => [row.relation, Number(row.images)]));
  } catch {
    return undefined;
  }
}

/** ANALYZE of every table in the platform's schema (not the whole database: it may hold other schemas). */
export async function analyzeSchema(db: PlatformDb): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = current_schema()`.execute(db.db);
  for (const { name } of rows) await sql`ANALYZE ${sql.table(name)}`.execute(db.db);
}
