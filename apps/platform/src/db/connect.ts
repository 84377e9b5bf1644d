import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase } from "kysely";
import pg from "pg";
import {
  startWalCheckpointer,
  WAL_SIZE_LIMIT_BYTES,
  WRITER_AUTOCHECKPOINT_PAGES,
} from "@croupier/wallet-sdk/sqlite";
import type { Database } from "./database.ts";
import { preparePrivateSqliteFile } from "./private-files.ts";

export type DialectName = "sqlite" | "postgres";

export interface PlatformDb {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** The driver under Kysely, for the outbox's hand-written write batches. */
  readonly driver: DriverHandle;
  close(): Promise<void>;
}

export type DriverHandle =
  /**
   * The one connection: use it only while holding Kysely's (`db.connection()`), so that no Kysely
   * transaction is open on it meanwhile.
   */
  | { readonly dialect: "sqlite"; readonly connection: SqliteDatabase.Database }
  | { readonly dialect: "postgres"; readonly pool: pg.Pool };

export interface ConnectOptions {
  /** `postgres://…` selects PostgreSQL; anything else is ignored in favour of `sqliteFile`. */
  readonly databaseUrl?: string | undefined;
  /** SQLite file used when no PostgreSQL URL is given. */
  readonly sqliteFile?: string | undefined;
  readonly poolSize?: number | undefined;
}

const PG_INT8_OID = 20;

/**
 * BIGINT money columns arrive from `pg` as strings (int8 can exceed 2^53). Amounts here are
 * bounded far below that, so convert to number but refuse silently lossy values: a wrong
 * cent is worse than a crash.
 */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`BIGINT ${text} exceeds the safe integer range`);
  return value;
}

const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === PG_INT8_OID) return parseInt8;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** Opens the platform database: PostgreSQL when a URL is given, else an embedded SQLite file. */
export function connectDb(options: ConnectOptions): PlatformDb {
  if (isPostgresUrl(options.databaseUrl)) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      types: pgTypes,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: "postgres", driver: { dialect: "postgres", pool }, close: () => db.destroy() };
  }
  const file = options.sqliteFile ?? ":memory:";
  if (file !== ":memory:") preparePrivateSqliteFile(file);
  const sqlite = new SqliteDatabase(file);
  // WAL lets readers run beside the single writer; FULL makes every commit durable (fsync).
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Multi-row updates (`WITH v AS (VALUES …) UPDATE … FROM v`) and sorts build temporary b-trees;
  // in a file that is an open, writes and a close per statement (seen as the hot path's most
  // frequent syscall). They hold one batch's rows, so memory is the right place.
  sqlite.pragma("temp_store = MEMORY");
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  const driver = { dialect: "sqlite", connection: sqlite } as const;
  if (file === ":memory:") return { db, dialect: "sqlite", driver, close: () => db.destroy() };
  // Checkpoints (copying the log into the file, with their fsyncs) run on a worker thread; the
  // writer's own automatic checkpoint stays only as a safety net far above what that thread allows.
  sqlite.pragma(`wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT_PAGES}`);
  sqlite.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  const checkpointer = startWalCheckpointer(file, 5_000);
  return {
    db,
    dialect: "sqlite",
    driver,
    async close() {
      await db.destroy();
      await checkpointer.stop();
    },
  };
}

/** Distinct SQL texts kept prepared; the platform has a few hundred, so this bounds memory only. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Kysely's SQLite driver prepares every statement anew, which profiling showed to be the
 * largest CPU cost of the round engine's writes. Statements are reusable in better-sqlite3 and
 * Kysely runs one query at a time on this connection, so one prepared statement per SQL text
 * is safe.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (statement === undefined) {
        statement = sqlite.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}
