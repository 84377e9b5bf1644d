import type { Logger } from "pino";
import type { Histogram } from "prom-client";
import type { PlatformDb } from "../../db/connect.ts";
import type { OpResult, OutboxOp } from "./batch-ops.ts";
import { createBatchStore, type BatchStore } from "./batch-store.ts";

/**
 * Ops applied in one transaction at most. Large enough that a burst shares one commit, small
 * enough that one transaction stays short (locks held, statement sizes).
 */
export const MAX_OPS_PER_BATCH = 256;
/**
 * Ops waiting for a commit at most. Past this the database is not keeping up; new work is refused
 * (a bet is refused before anything is sent) rather than queued without bound.
 */
export const MAX_QUEUED_OPS = 10_000;

export class OutboxOverloadedError extends Error {
  override readonly name = "OutboxOverloadedError";
}

export class OutboxClosedError extends Error {
  override readonly name = "OutboxClosedError";
}

interface Pending {
  readonly op: OutboxOp;
  readonly resolve: (result: OpResult) => void;
  readonly reject: (error: unknown) => void;
}

export interface BatcherMetrics {
  readonly batchSize: Histogram<string>;
  readonly commitSeconds: Histogram<string>;
}

/**
 * Group commit. Writes submitted while a transaction is committing wait and go together into
 * the next one, so N concurrent bets cost one fsync, not N. On SQLite this is also the single
 * writer of the outbox tables. A promise resolves once its op is durable.
 */
export class WriteBatcher {
  readonly #store: BatchStore;
  readonly #logger: Logger;
  readonly #metrics: BatcherMetrics | undefined;
  #queue: Pending[] = [];
  #flushing: Promise<void> | undefined;
  #closed = false;

  constructor(db: PlatformDb, logger: Logger, metrics?: BatcherMetrics) {
    this.#store = createBatchStore(db);
    this.#logger = logger;
    this.#metrics = metrics;
  }

  get queued(): number {
    return this.#queue.length;
  }

  submit(op: OutboxOp): Promise<OpResult> {
    if (this.#closed) return Promise.reject(new OutboxClosedError("the outbox is closed"));
    if (this.#queue.length >= MAX_QUEUED_OPS) {
      return Promise.reject(new OutboxOverloadedError(`more than ${MAX_QUEUED_OPS} writes waiting`));
    }
    return new Promise<OpResult>((resolve, reject) => {
      this.#queue.push({ op, resolve, reject });
      // setImmediate, not a microtask: lets the I/O already waiting (other answers) add their
      // writes to this batch.
      this.#flushing ??= new Promise<void>((done) => setImmediate(() => void this.#drain().finally(done)));
    });
  }

  /** Waits until every write submitted so far has committed (or failed). */
  async flush(): Promise<void> {
    while (this.#flushing !== undefined) await this.#flushing;
  }

  /** Refuses new writes and waits for the queued ones to commit. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, MAX_OPS_PER_BATCH);
        await this.#run(batch);
      }
    } finally {
      this.#flushing = undefined;
    }
  }

  async #run(batch: Pending[]): Promise<void> {
    const started = process.hrtime.bigint();
    try {
      const results = await this.#store.apply(batch.map((pending) => pending.op));
      this.#metrics?.batchSize.observe(batch.length);
      this.#metrics?.commitSeconds.observe(Number(process.hrtime.bigint() - started) / 1e9);
      batch.forEach((pending, index) => pending.resolve(results[index]!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // One bad op must not sink the others: apply each alone, in the same order.
      this.#logger.warn(
        { err: error, ops: batch.length },
        "outbox batch failed; applying its writes one by one",
      );
      for (const pending of batch) {
        try {
          const [result] = await this.#store.apply([pending.op]);
          pending.resolve(result!);
        } catch (single) {
          pending.reject(single);
        }
      }
    }
  }
}
