import type { ServiceDeps } from "../deps.ts";

/**
 * A reconciliation that has shown no progress for this long is taken for dead: progress is written
 * at least every staged batch or page of comparisons (under a second), and an upload that stalls
 * this long has been dropped by any proxy or socket timeout on the way.
 */
export const RECONCILIATION_STALLED_AFTER_MS = 10 * 60_000;
/** How often the sweeper looks. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Marks failed the reconciliations still reading or matching whose process stopped showing
 * progress (it died: a crash, a kill -9, a redeploy mid-upload), and drops their staged lines; the
 * differences found so far stay with the failed reconciliation, as when matching fails. Safe on
 * any number of processes: each row is moved out of reading/matching once.
 */
export async function failStalledReconciliations(
  deps: Pick<ServiceDeps, "db" | "clock" | "logger">,
  stalledAfterMs = RECONCILIATION_STALLED_AFTER_MS,
): Promise<string[]> {
  const now = deps.clock();
  const stalled = await deps.db
    .updateTable("reconciliations")
    .set({ status: "failed", finished_at_ms: now })
    .where("status", "in", ["reading", "matching"])
    .where((eb) => eb(eb.fn.coalesce("progress_at_ms", "created_at_ms"), "<", now - stalledAfterMs))
    .returning(["id", "operator_id"])
    .execute();
  for (const row of stalled) {
    await deps.db.deleteFrom("reconciliation_lines").where("reconciliation_id", "=", row.id).execute();
    deps.logger.warn(
      { reconciliationId: row.id, operatorId: row.operator_id },
      "reconciliation showed no progress: marked failed (its process stopped)",
    );
  }
  return stalled.map((row) => row.id);
}

export interface ReconciliationSweeper {
  stop(): Promise<void>;
}

/** Runs `failStalledReconciliations` every minute in the background; a failed sweep is retried on the next. */
export function startReconciliationSweeper(
  deps: Pick<ServiceDeps, "db" | "clock" | "logger">,
  intervalMs = SWEEP_EVERY_MS,
): ReconciliationSweeper {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() =>
      failStalledReconciliations(deps).catch((error: unknown) =>
        deps.logger.error({ err: error }, "stalled-reconciliation sweep failed; retried on the next"),
      ),
    );
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
