import type { ExpressionBuilder } from "kysely";
import type { Database } from "../../db/database.ts";
import { dialectFeatures } from "../../db/dialect.ts";
import type { Outbox } from "./outbox.ts";
import type { WalletCallRow } from "./tables.ts";

/**
 * Leases up to `limit` due calls (pending, next attempt time passed — which includes calls whose
 * lease expired) to one new lease token, in one short transaction. On PostgreSQL the rows are
 * picked with `FOR UPDATE SKIP LOCKED`: two processes claiming at once get disjoint sets and
 * neither waits; the lease then keeps the call away from every other claimer until it ends.
 * SQLite has a single writer, so the statement alone is atomic.
 */
export async function claimDueCalls(
  outbox: Outbox,
  limit: number,
  leaseMs: number,
): Promise<{ leaseOwner: string; rows: WalletCallRow[] }> {
  const { db, dialect } = outbox.db;
  const leaseOwner = outbox.newLeaseToken();
  const nowMs = outbox.clock();
  const leaseUntil = nowMs + leaseMs;
  const skipLocked = dialectFeatures(dialect).skipLocked;
  // Most polls find nothing: a plain read says so without a write (on SQLite a write would wait
  // for the outbox's writer thread; on PostgreSQL it would take row locks for nothing).
  const anyDue = await db
    .selectFrom("wallet_calls")
    .select("call_id")
    .where("state", "=", "pending")
    .where("next_attempt_at_ms", "<=", nowMs)
    .where(notHeldBehindItsRound)
    .limit(1)
    .executeTakeFirst();
  if (anyDue === undefined) return { leaseOwner, rows: [] };
  const due = db
    .selectFrom("wallet_calls")
    .select("call_id")
    .where("state", "=", "pending")
    .where("next_attempt_at_ms", "<=", nowMs)
    .where(notHeldBehindItsRound)
    .orderBy("next_attempt_at_ms")
    .limit(limit)
    .$if(skipLocked, (query) => query.forUpdate().skipLocked());
  const rows = await db
    .updateTable("wallet_calls")
    .set({
      lease_owner: leaseOwner,
      lease_until_at_ms: leaseUntil,
      // Until the lease ends nobody else finds it due; when it ends, it is due again.
      next_attempt_at_ms: leaseUntil,
      updated_at_ms: nowMs,
    })
    .where("call_id", "in", due)
    .where("state", "=", "pending")
    .returningAll()
    .execute();
  return { leaseOwner, rows };
}

/**
 * A closing credit (`round_closed`) is sent only once every other credit of its round (wins,
 * rollbacks) is delivered or resolved, so that it is the round's last call (batch-decide.ts writes
 * it unleased when it has to wait).
 */
function notHeldBehindItsRound(eb: ExpressionBuilder<Database, "wallet_calls">) {
  return eb.not(
    eb.and([
      eb("wallet_calls.round_closed", "=", 1),
      eb.exists(
        eb
          .selectFrom("wallet_calls as earlier")
          .select("earlier.call_id")
          .whereRef("earlier.round_id", "=", "wallet_calls.round_id")
          .where("earlier.action", "=", "credit")
          .where("earlier.round_closed", "=", 0)
          .where("earlier.state", "in", ["pending", "manual"]),
      ),
    ]),
  );
}
