import type { DialectName } from "./connect.ts";

/**
 * The few places where SQLite and PostgreSQL differ, in one module, so that services stay
 * dialect-free. Add helpers here rather than branching on the dialect in domain code.
 */
export interface DialectFeatures {
  /** `SELECT … FOR UPDATE SKIP LOCKED` exists (PostgreSQL); SQLite has one writer, so leases alone suffice. */
  readonly skipLocked: boolean;
  /** Row locks with `FOR UPDATE` exist; in SQLite the write transaction itself is the lock. */
  readonly rowLocks: boolean;
}

export function dialectFeatures(dialect: DialectName): DialectFeatures {
  return dialect === "postgres"
    ? { skipLocked: true, rowLocks: true }
    : { skipLocked: false, rowLocks: false };
}
