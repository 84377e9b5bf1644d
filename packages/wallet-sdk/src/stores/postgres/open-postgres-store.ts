import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import type { AdminTransaction } from "../../admin/admin-transaction.ts";
import type { ManagedWalletStore } from "../../admin/player-admin-types.ts";
import { createPlayerAdmin } from "../../admin/player-admin.ts";
import type { TransactHint, WalletStore } from "../../store/wallet-store.ts";
import { migratePostgres } from "./pg-schema.ts";
import {
  createSettleBatcher,
  MAX_ATTEMPTS,
  RETRY_JITTER_MS,
  RETRYABLE_SQLSTATES,
  sqlState,
} from "./pg-settle-batcher.ts";
import { createPgTransaction } from "./pg-transaction.ts";

/**
 * Options of {@link openPostgresWalletStore}.
 *
 * @example
 * const options: PostgresWalletStoreOptions = { connectionString: process.env.DATABASE_URL!, poolSize: 10 };
 */
export interface PostgresWalletStoreOptions {
  /** The tables live in the connection's current schema (`search_path`). */
  readonly connectionString: string;
  /**
   * Connections in the pool, and wallet call statements in flight at once. Default 10: calls
   * beyond that wait and go together in the next statement (group commit), and one player's
   * calls queue on its row lock, not on connections. In the bench, 4 to 20 gave the same
   * throughput; fewer meant larger batches and a little less database CPU per call.
   */
  readonly poolSize?: number;
  /** Epoch milliseconds for `createdAt` stamps of admin rows. Default `Date.now`. */
  readonly clock?: () => number;
  /** Errors of idle pooled connections (a server restart); the next query reports them too. */
  readonly onPoolError?: (error: Error) => void;
}

const DEFAULT_POOL_SIZE = 10;
/**
 * Opens a PostgreSQL wallet store over a `pg` pool, creating or upgrading its tables (a store
 * made by an older SDK is upgraded in place). A wallet call is one statement (`settle`: the
 * `wallet_settle` function does every duty and commits on its own; under load, calls waiting
 * for a connection go together in one statement and one commit, see pg-settle-batcher.ts); it
 * and every transaction lock the player row (`SELECT … FOR UPDATE`) so one player's calls run
 * one at a time; unique-violation, serialization and deadlock errors run the call or
 * transaction again.
 *
 * @example
 * import { openPostgresWalletStore } from "@croupier/wallet-sdk/postgres";
 *
 * const store = await openPostgresWalletStore({ connectionString: process.env.DATABASE_URL! });
 * const handler = createWalletHandler({ salts: [salt], store });
 * // on shutdown
 * await store.close();
 */
export async function openPostgresWalletStore(
  options: PostgresWalletStoreOptions,
): Promise<ManagedWalletStore> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
  });
  // An idle client's error is emitted on the pool; unheard, it would crash the process.
  pool.on("error", (error) => options.onPoolError?.(error));
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }

  const batcher = createSettleBatcher(pool, options.poolSize ?? DEFAULT_POOL_SIZE);
  let closed = false;
  let running = 0;
  let onIdle: (() => void) | undefined;

  async function tracked<T>(run: () => Promise<T>): Promise<T> {
    if (closed) throw new Error("the wallet store is closed");
    running++;
    try {
      return await run();
    } finally {
      running--;
      if (running === 0) onIdle?.();
    }
  }

  const store: WalletStore<AdminTransaction> = {
    transact: (work, hint) => tracked(() => withRetry(() => transactOnce(pool, work, hint))),
    settle: (call) => tracked(() => batcher.settle(call)),
    async close() {
      if (closed) return;
      closed = true;
      if (running > 0) await new Promise<void>((resolve) => (onIdle = resolve));
      await pool.end();
    },
  };
  return { ...store, ...createPlayerAdmin(store, options.clock ?? Date.now) };
}

/** Runs `once` again after a retryable SQLSTATE: the rerun replays or serializes cleanly. */
async function withRetry<T>(once: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !RETRYABLE_SQLSTATES.has(sqlState(error))) throw error;
      await sleep(Math.random() * RETRY_JITTER_MS * attempt);
    }
  }
}

async function transactOnce<T>(
  pool: pg.Pool,
  work: (tx: AdminTransaction) => Promise<T>,
  hint: TransactHint | undefined,
): Promise<T> {
  const client = await pool.connect();
  let healthy = true;
  let active = true;
  // BEGIN goes out with the transaction's first query (see createPgTransaction).
  const tx = createPgTransaction(client, () => active, hint);
  try {
    let value: T;
    try {
      value = await work(tx);
      await tx.finish();
    } finally {
      active = false;
    }
    if (tx.begun) await client.query("COMMIT");
    return value;
  } catch (error) {
    // A failed ROLLBACK means the connection is gone: destroy it rather than pool it.
    if (tx.begun) {
      await client.query("ROLLBACK").catch(() => {
        healthy = false;
      });
    }
    throw error;
  } finally {
    client.release(healthy ? undefined : true);
  }
}
