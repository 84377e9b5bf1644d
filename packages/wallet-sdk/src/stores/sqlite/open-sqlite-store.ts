import Database from "better-sqlite3";
import type { ManagedWalletStore } from "../../admin/player-admin-types.ts";
import { createPlayerAdmin } from "../../admin/player-admin.ts";
import { startCheckpointer, WAL_SIZE_LIMIT_BYTES, WRITER_AUTOCHECKPOINT_PAGES } from "./checkpointer.ts";
import { createGroupCommit, MAX_BATCH, MAX_QUEUE } from "./group-commit.ts";
import { migrateSqlite } from "./sqlite-schema.ts";
import { createSqliteTransaction, prepareStatements } from "./sqlite-transaction.ts";

/**
 * Options of {@link openSqliteWalletStore}.
 *
 * @example
 * const options: SqliteWalletStoreOptions = { filename: "/var/lib/wallet/wallet.db" };
 */
export interface SqliteWalletStoreOptions {
  /** Database file; created with its tables when absent. */
  readonly filename: string;
  /** How long to wait for another process's write lock. Default 5000 ms. */
  readonly busyTimeoutMs?: number;
  /** Epoch milliseconds for `createdAt` stamps of admin rows. Default `Date.now`. */
  readonly clock?: () => number;
  /**
   * Most transactions one COMMIT carries (group commit). Default {@link MAX_BATCH} (256);
   * 1 commits each call on its own, which is only useful to measure what group commit buys.
   */
  readonly maxBatchSize?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (and creates or upgrades) a SQLite wallet database: WAL journal, `synchronous=FULL`
 * (a committed answer survives power loss), foreign keys on, and group commit — concurrent
 * calls share one transaction and one fsync, each in its own savepoint. WAL checkpoints run on
 * a worker thread (closed by `close`), off the answer path. One process should
 * own the file; the busy timeout only covers short overlaps such as a backup tool.
 *
 * @example
 * import { openSqliteWalletStore } from "@croupier/wallet-sdk/sqlite";
 *
 * const store = await openSqliteWalletStore({ filename: "wallet.db" });
 * await store.createPlayer({ playerId: "p-1", currency: "EUR", balanceMinor: 10_000 });
 * const handler = createWalletHandler({ salts: [salt], store });
 */
export async function openSqliteWalletStore(options: SqliteWalletStoreOptions): Promise<ManagedWalletStore> {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const db = new Database(options.filename, { timeout: busyTimeoutMs });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    // Checkpoints run on a worker thread (checkpointer.ts), off the answer path; the writer
    // only checkpoints itself if that thread falls far behind.
    db.pragma(`wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    migrateSqlite(db);
    const statements = prepareStatements(db);
    const maxBatch = options.maxBatchSize ?? MAX_BATCH;
    if (!Number.isSafeInteger(maxBatch) || maxBatch < 1)
      throw new RangeError("maxBatchSize must be a positive integer");
    const group = createGroupCommit(db, (isActive) => createSqliteTransaction(statements, isActive), {
      maxBatch,
      maxQueue: MAX_QUEUE,
    });
    const checkpointer = db.memory ? undefined : startCheckpointer(db.name, busyTimeoutMs);
    const store = {
      transact: group.transact,
      async close() {
        await group.drain();
        await checkpointer?.stop();
        if (db.open) db.close();
      },
    };
    return { ...store, ...createPlayerAdmin(store, options.clock ?? Date.now) };
  } catch (error) {
    db.close();
    throw error;
  }
}
