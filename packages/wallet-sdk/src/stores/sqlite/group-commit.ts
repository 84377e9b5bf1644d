import type Database from "better-sqlite3";

/**
 * Most transactions one COMMIT carries. Works in a batch run one after another (0.1–0.3 ms of
 * CPU each, measured with the handler), so the first caller of a batch waits for all of them
 * before its answer leaves: 256 bounds that added wait to a few tens of milliseconds, far
 * inside any sender's timeout, while one fsync (1–5 ms on ordinary disks) is shared by up to
 * 256 answers. It also bounds the size of one WAL commit and the work lost to a failed COMMIT.
 *
 * @example
 * import { SQLITE_MAX_BATCH } from "@croupier/wallet-sdk/sqlite"; // 256
 */
export const MAX_BATCH = 256;
/** Transactions allowed to wait for a batch; beyond it `transact` rejects (backpressure). */
export const MAX_QUEUE = 10_000;

export interface GroupCommitLimits {
  readonly maxBatch: number;
  readonly maxQueue: number;
}

interface Pending<Tx> {
  readonly work: (tx: Tx) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit over one better-sqlite3 connection. A durable answer may leave only after its
 * transaction is on disk, and one fsync per call would cap throughput far below what the
 * handler can do. So `transact` calls that arrive while the event loop is busy are queued and
 * run together in ONE `BEGIN IMMEDIATE … COMMIT` (one fsync): each work inside its own
 * SAVEPOINT, so a work that throws is rolled back alone and rejected, the others kept. Every
 * promise settles only after COMMIT returned; a failed COMMIT rejects the whole batch.
 *
 * The batch starts from `setImmediate`, i.e. after the event loop's poll phase has handed every
 * request that arrived meanwhile to its handler — that is what fills batches under load, while
 * a lone call still commits on the next turn of the loop.
 *
 * Works must not call `transact` themselves (the inner call would wait for the outer batch).
 */
export function createGroupCommit<Tx>(
  db: Database.Database,
  openTransaction: (isActive: () => boolean) => Tx,
  limits: GroupCommitLimits = { maxBatch: MAX_BATCH, maxQueue: MAX_QUEUE },
) {
  const sql = {
    begin: db.prepare("BEGIN IMMEDIATE"),
    commit: db.prepare("COMMIT"),
    rollback: db.prepare("ROLLBACK"),
    savepoint: db.prepare("SAVEPOINT wallet_work"),
    release: db.prepare("RELEASE wallet_work"),
    rollbackTo: db.prepare("ROLLBACK TO wallet_work"),
  };
  const queue: Pending<Tx>[] = [];
  let scheduled = false;
  let running = false;
  let closed = false;
  let whenIdle: (() => void) | undefined;

  function schedule(): void {
    if (scheduled || running || queue.length === 0) {
      if (!scheduled && !running && queue.length === 0) whenIdle?.();
      return;
    }
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      running = true;
      const batch = queue.splice(0, limits.maxBatch);
      void runBatch(batch)
        .catch((error: unknown) => abandon(batch, error))
        .finally(() => {
          running = false;
          schedule();
        });
    });
  }

  async function runBatch(batch: Pending<Tx>[]): Promise<void> {
    try {
      sql.begin.run();
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    const outcomes: Outcome[] = [];
    for (const [index, pending] of batch.entries()) {
      const outcome = await runInSavepoint(pending);
      // Some SQLite errors (SQLITE_FULL, SQLITE_IOERR, …) roll back the whole transaction on
      // their own. The earlier works' changes are gone then, so none of them may be reported
      // as done; the works that have not run yet go back to the queue.
      if (!db.inTransaction) {
        const error = new Error("SQLite rolled the batch back", {
          cause: outcome.ok ? undefined : outcome.error,
        });
        for (const done of batch.slice(0, index + 1)) done.reject(error);
        queue.unshift(...batch.slice(index + 1));
        return;
      }
      outcomes.push(outcome);
    }
    try {
      sql.commit.run();
    } catch (error) {
      if (db.inTransaction) sql.rollback.run();
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const [index, pending] of batch.entries()) {
      const outcome = outcomes[index] as Outcome;
      if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(outcome.error);
    }
  }

  /** A statement that cannot fail did: roll everything back and fail the whole batch. */
  function abandon(batch: Pending<Tx>[], error: unknown): void {
    try {
      if (db.inTransaction) sql.rollback.run();
    } catch {
      // The connection is unusable; the next BEGIN will report it.
    }
    for (const pending of batch) pending.reject(error);
  }

  async function runInSavepoint(pending: Pending<Tx>): Promise<Outcome> {
    let active = true;
    sql.savepoint.run();
    try {
      const value = await pending.work(openTransaction(() => active));
      active = false;
      sql.release.run();
      return { ok: true, value };
    } catch (error) {
      active = false;
      if (db.inTransaction) {
        sql.rollbackTo.run();
        sql.release.run();
      }
      return { ok: false, error };
    }
  }

  return {
    transact<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new Error("the wallet store is closed"));
      if (queue.length >= limits.maxQueue) {
        return Promise.reject(new Error(`more than ${limits.maxQueue} wallet transactions are waiting`));
      }
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
    /** Stops taking work and resolves once every queued transaction has settled. */
    drain(): Promise<void> {
      closed = true;
      if (!scheduled && !running && queue.length === 0) return Promise.resolve();
      return new Promise((resolve) => {
        whenIdle = resolve;
      });
    },
  };
}
