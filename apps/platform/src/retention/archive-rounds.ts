import { sql, type Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { ServiceDeps } from "../deps.ts";
import { FINAL_STATES } from "../round-engine/outbox/tables.ts";

/**
 * Retention: moves settled rounds older than the retention age, with everything recorded for them
 * in the round engine's hot tables, into the cold `*_archive` tables (migration 0950), so the
 * tables every bet writes stay the size of the retention window, not of the platform's history.
 *
 * A round moves only when nothing can still change it or depend on it being hot:
 * 1. it is closed or void, and closed before `nowMs - archiveAfterMs`;
 * 2. the billing projector has taken it in (`billing_rounds`): fees and report aggregates are
 *    never derived from an archived round for the first time;
 * 3. every wallet call of it is final (`FINAL_STATES`): nothing pending, leased or waiting for a
 *    person (`manual`), so neither the dispatcher nor manual resolution looks for it again.
 *
 * One batch is ONE transaction: copy the rounds, their calls, the calls' attempts and the round's
 * gateway transactions into the archive, then delete them from the hot tables. A crash (kill -9)
 * anywhere leaves the batch wholly done or wholly undone, so no row is ever lost or in both places.
 * Running it again moves nothing twice (the rows are gone from the hot tables). Processes archiving
 * at once take different rounds (PostgreSQL: the candidates are locked, SKIP LOCKED); were two ever
 * to pick the same round, the second copy would meet the first in the archive's unique keys and
 * its whole batch would roll back (retried next tick).
 */
export const MAX_BATCH_ROUNDS = 500;

export interface ArchiveReport {
  readonly rounds: number;
  readonly calls: number;
  readonly attempts: number;
  readonly gatewayTransactions: number;
}

export async function archiveSettledRounds(
  deps: Pick<ServiceDeps, "db" | "dialect" | "clock">,
  options: { readonly archiveAfterMs: number; readonly batchRounds?: number },
): Promise<ArchiveReport> {
  const limit = Math.min(options.batchRounds ?? MAX_BATCH_ROUNDS, MAX_BATCH_ROUNDS);
  return deps.db.transaction().execute(async (trx) => {
    const cutoffMs = deps.clock() - options.archiveAfterMs;
    const candidates = await trx
      .selectFrom("rounds as r")
      .innerJoin("billing_rounds as b", "b.round_id", "r.round_id")
      .select(["r.round_id", "r.session_id"])
      .where("r.status", "in", ["closed", "void"])
      .where("r.closed_at_ms", "is not", null)
      .where("r.closed_at_ms", "<", cutoffMs)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("wallet_calls as c")
              .select("c.call_id")
              .whereRef("c.round_id", "=", "r.round_id")
              .where("c.state", "not in", [...FINAL_STATES]),
          ),
        ),
      )
      // A studio that reused a round id after its round was archived got a new round of that id
      // (`platformRoundId`): it stays hot, rather than meet its namesake in the archive.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("rounds_archive as a").select("a.round_id").whereRef("a.round_id", "=", "r.round_id"),
          ),
        ),
      )
      .orderBy("r.closed_at_ms")
      .orderBy("r.round_id")
      .limit(limit)
      // Several processes archiving at once take different rounds (SQLite has one writer anyway).
      .$if(deps.dialect === "postgres", (qb) => qb.forUpdate("r").skipLocked())
      .execute();
    if (candidates.length === 0) return { rounds: 0, calls: 0, attempts: 0, gatewayTransactions: 0 };
    const rounds = sql.join(candidates.map((c) => c.round_id));
    const sessions = sql.join([...new Set(candidates.map((c) => c.session_id))]);
    const callsOfRounds = sql`SELECT call_id FROM wallet_calls WHERE round_id IN (${rounds})`;
    // Gateway transactions through their session (indexed with round_ref): no index on round_id
    // is kept on the hot table for the archiver's sake.
    const gatewayWhere = sql`session_id IN (${sessions}) AND round_id IN (${rounds})`;
    // Children first, so that the archive never holds an attempt without its call in one batch.
    const attempts = await move(trx, "wallet_call_attempts", sql`call_id IN (${callsOfRounds})`);
    const calls = await move(trx, "wallet_calls", sql`round_id IN (${rounds})`);
    const gatewayTransactions = await move(trx, "gateway_transactions", gatewayWhere);
    await move(trx, "rounds", sql`round_id IN (${rounds})`);
    return { rounds: candidates.length, calls, attempts, gatewayTransactions };
  });
}

/**
 * Balance calls belong to no round: final ones created before the retention age move the same way
 * (with their attempts, one transaction per batch). Returns how many calls moved.
 */
export async function archiveBalanceCalls(
  deps: Pick<ServiceDeps, "db" | "dialect" | "clock">,
  options: { readonly archiveAfterMs: number; readonly batchCalls?: number },
): Promise<number> {
  const limit = Math.min(options.batchCalls ?? MAX_BATCH_ROUNDS, MAX_BATCH_ROUNDS);
  return deps.db.transaction().execute(async (trx) => {
    const calls = await trx
      .selectFrom("wallet_calls")
      .select("call_id")
      .where("action", "=", "balance")
      .where("created_at_ms", "<", deps.clock() - options.archiveAfterMs)
      .where("state", "in", [...FINAL_STATES])
      .orderBy("created_at_ms")
      .limit(limit)
      .$if(deps.dialect === "postgres", (qb) => qb.forUpdate().skipLocked())
      .execute();
    if (calls.length === 0) return 0;
    const ids = sql.join(calls.map((c) => c.call_id));
    await move(trx, "wallet_call_attempts", sql`call_id IN (${ids})`);
    return move(trx, "wallet_calls", sql`call_id IN (${ids})`);
  });
}

type HotTable = "rounds" | "wallet_calls" | "wallet_call_attempts" | "gateway_transactions";

/**
 * Copies the rows `where` selects into `<table>_archive` (same columns in the same order: the
 * archive was created from the hot table) and deletes them from `table`. Returns how many moved.
 */
async function move(trx: Kysely<Database>, table: HotTable, where: ReturnType<typeof sql>): Promise<number> {
  await sql`INSERT INTO ${sql.table(`${table}_archive`)} SELECT * FROM ${sql.table(table)} WHERE ${where}`.execute(
    trx,
  );
  const deleted = await sql`DELETE FROM ${sql.table(table)} WHERE ${where}`.execute(trx);
  return Number(deleted.numAffectedRows ?? 0n);
}
