import { setTimeout as sleep } from "node:timers/promises";
import type { WalletResponse } from "@croupier/protocol";
import type pg from "pg";
import type { SettleInput } from "../../store/wallet-store.ts";
import { settleBatch, settleOnce, sqlState, type BatchOutcome } from "./pg-settle.ts";

/**
 * Most calls one statement carries. When one of them fails, the batch runs again with each call
 * in a subtransaction, and a backend caches at most 64 subtransaction ids
 * (PGPROC_MAX_CACHED_SUBXIDS) before every snapshot in the cluster gets slower; 32 stays well
 * inside that, while one commit (one WAL flush) is shared by up to 32 answers. It also bounds
 * what the first call of a batch waits for (the others' work).
 */
export const PG_MAX_BATCH = 32;
/** Calls allowed to wait for a connection; beyond it `settle` rejects (backpressure). */
export const PG_MAX_QUEUE = 10_000;
/**
 * SQLSTATEs after which a call runs again: 23505 unique violation (two first calls with one
 * `call_id` raced; the rerun replays the winner's answer), 40001 serialization failure, 40P01
 * deadlock.
 */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(["23505", "40001", "40P01"]);
/** Attempts per call; a rerun after a unique violation replays, so 2 is the norm. */
export const MAX_ATTEMPTS = 5;
/** Upper bound of the random pause before a rerun grows by this per attempt (jitter). */
export const RETRY_JITTER_MS = 5;

interface Pending {
  readonly call: SettleInput;
  readonly resolve: (response: WalletResponse) => void;
  readonly reject: (error: unknown) => void;
  attempts: number;
}

/** A call's own database error inside a batch, with its SQLSTATE as `code` like pg's errors. */
class CallFailedError extends Error {
  readonly code: string;
  constructor(sqlState: string, message: string) {
    super(message);
    this.name = "CallFailedError";
    this.code = sqlState;
  }
}

/**
 * Group commit for the PostgreSQL store. A call goes out at once when fewer than
 * `maxInFlight` statements are running (alone: `wallet_settle`, one round trip, its own
 * commit). When all are busy, calls wait, and the next free statement takes up to
 * {@link PG_MAX_BATCH} of them (`settleBatch`: one round trip and one WAL flush for all). So a
 * lightly loaded wallet answers as fast as one statement allows, and a loaded one spends far
 * less per call on round trips and commits; the fewer statements in flight, the larger the
 * batches. Every answer still leaves only after the commit that made it durable.
 *
 * Calls are sorted by `player_id` inside a batch so that all batches take row locks in one
 * order and never deadlock each other.
 */
export function createSettleBatcher(pool: pg.Pool, maxInFlight: number) {
  const queue: Pending[] = [];
  let inFlight = 0;

  function pump(): void {
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, PG_MAX_BATCH);
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  async function run(batch: Pending[]): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    let healthy = true;
    try {
      const outcomes = await settleOn(client, batch);
      batch.forEach((pending, i) => finish(pending, outcomes[i] as BatchOutcome));
    } catch (error) {
      healthy = sqlState(error) !== "";
      for (const pending of batch) fail(pending, error);
    } finally {
      // A failure without a SQLSTATE (a broken socket) destroys the connection.
      client.release(healthy ? undefined : true);
    }
  }

  async function settleOn(client: pg.PoolClient, batch: Pending[]): Promise<BatchOutcome[]> {
    if (batch.length === 1) {
      return [{ ok: true, response: await settleOnce(client, (batch[0] as Pending).call) }];
    }
    batch.sort((a, b) => compare(a.call.request.player_id, b.call.request.player_id));
    return settleBatch(
      client,
      batch.map((pending) => pending.call),
    );
  }

  function finish(pending: Pending, outcome: BatchOutcome): void {
    if (outcome.ok) pending.resolve(outcome.response);
    else fail(pending, new CallFailedError(outcome.sqlState, outcome.message));
  }

  function fail(pending: Pending, error: unknown): void {
    pending.attempts++;
    if (pending.attempts >= MAX_ATTEMPTS || !RETRYABLE_SQLSTATES.has(sqlState(error))) {
      pending.reject(error);
      return;
    }
    void sleep(Math.random() * RETRY_JITTER_MS * pending.attempts).then(() => {
      queue.push(pending);
      pump();
    });
  }

  return {
    /** Settles one call; resolves with its answer once it is durable. */
    settle(call: SettleInput): Promise<WalletResponse> {
      if (queue.length >= PG_MAX_QUEUE) {
        return Promise.reject(new Error(`more than ${PG_MAX_QUEUE} wallet calls are waiting`));
      }
      return new Promise((resolve, reject) => {
        queue.push({ call, resolve, reject, attempts: 0 });
        pump();
      });
    },
  };
}

/** Code-point order, the same in every process (no locale). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
