/**
 * Where a write batch is applied: one transaction that loads the rows its ops touch, decides each
 * op in order in memory (`decide`, the same rules on both databases) and writes the result. The
 * SQL is hand-written per database instead of built by Kysely for every batch:
 * sqlite-batch-store.ts (statements prepared once, run per row) and postgres-batch-store.ts (rows
 * as arrays, two round trips per batch).
 */
import type { PlatformDb } from "../../db/connect.ts";
import type { OpResult, OutboxOp } from "./batch-ops.ts";
import { createPostgresBatchStore } from "./postgres-batch-store.ts";
import { createSqliteBatchStore } from "./sqlite-batch-store.ts";

export interface BatchStore {
  /** Applies the ops in one transaction and returns each one's result, or rejects (nothing applied). */
  apply(ops: readonly OutboxOp[]): Promise<OpResult[]>;
}

/** A batch that hits a deadlock or serialization failure (PostgreSQL) is run again this many times. */
const MAX_BATCH_RETRIES = 3;

export function createBatchStore(db: PlatformDb): BatchStore {
  const { driver } = db;
  if (driver.dialect === "sqlite") {
    const store = createSqliteBatchStore(driver.connection);
    // Holding Kysely's only connection keeps every Kysely transaction off it meanwhile.
    return { apply: (ops) => db.db.connection().execute(async () => store.apply(ops)) };
  }
  const store = createPostgresBatchStore(driver.pool);
  return {
    async apply(ops) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await store.apply(ops);
        } catch (error) {
          if (attempt >= MAX_BATCH_RETRIES || !isTransient(error)) throw error;
        }
      }
    },
  };
}

/** PostgreSQL deadlock_detected and serialization_failure: the same batch may simply run again. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "40P01" || code === "40001";
}
