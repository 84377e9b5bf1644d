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
} from "./pg-settle-batcher.ts";
import { sqlState } from "./pg-settle.ts";
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
   * Connections in the pool. Default 10: wallet call statements use at most
   * `settleConcurrency` of them, `transact` and the admin API the rest.
   */
  readonly poolSize?: number;
  /**
   * Wallet call statements in flight at once (at most `poolSize`). Default 2: a call goes out
   * at once while fewer are running; calls arriving while all are busy wait and go together in
   * the next statement (group commit, up to 32 calls and one commit), so one statement commits
   * while the next gathers. More statements in flight make smaller batches, each paying its
   * own round trip and commit: in the reference wallet's bench (64 connections, database on the
   * same 2 cores), 2 served 5,000–5,900 calls/s at 110–125 µs of database CPU per call, 10
   * served 3,300–4,000 at 215–250 µs. Raise it for a database with many cores and a wallet
   * process that must pass more calls than 2 statements of 32 carry.
   */
  readonly settleConcurrency?: number;
  /** Epoch milliseconds for `createdAt` stamps of admin rows. Default `Date.now`. */
  readonly clock?: () => number;
  /** Errors of idle pooled connections (a server restart); the next query reports them too. */
  readonly onPoolError?: (error: Error) => void;
}

const DEFAULT_POOL_SIZE = 10;
const DEFAULT_SETTLE_CONCURRENCY = 2;
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
  const poolSize = options.poolSize ?? DEFAULT_POOL_SIZE;
  const settleConcurrency = options.settleConcurrency ?? DEFAULT_SETTLE_CONCURRENCY;
  if (!Number.isInteger(settleConcurrency) || settleConcurrency < 1) {
    throw new RangeError(`settleConcurrency must be a positive integer, got ${String(settleConcurrency)}`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: poolSize,
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

  const batcher = createSettleBatcher(pool, Math.min(settleConcurrency, poolSize));
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
