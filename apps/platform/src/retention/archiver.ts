import type { Registry } from "prom-client";
import { counterOn } from "../callbacks/metric-helpers.ts";
import type { ServiceDeps } from "../deps.ts";
import { archiveBalanceCalls, archiveSettledRounds, MAX_BATCH_ROUNDS } from "./archive-rounds.ts";

const DAY_MS = 86_400_000;
/** How often the archiver looks for rounds past the retention age: they age by the day. */
export const DEFAULT_ARCHIVE_INTERVAL_MS = 60_000;
/**
 * Batches per tick at most: a backlog (the first start on a big database) drains over many ticks,
 * a few hundred rounds at a time, so the round engine's own writes are never queued behind a long
 * archiving transaction (on SQLite they share one connection).
 */
export const MAX_BATCHES_PER_TICK = 20;

export interface Archiver {
  stop(): Promise<void>;
}

/**
 * Runs retention in the background (ARCHIVE_AFTER_DAYS): every `intervalMs`, batches of
 * `archiveSettledRounds`, then of `archiveBalanceCalls`, while they come back full. Any number of processes may run it (each batch
 * is one transaction and moves each row once); a failed batch changed nothing and is retried on
 * the next tick.
 */
export function startArchiver(
  deps: Pick<ServiceDeps, "db" | "dialect" | "clock" | "logger">,
  options: { readonly archiveAfterDays: number; readonly registry: Registry; readonly intervalMs?: number },
): Archiver {
  const archived = counterOn(
    options.registry,
    "croupier_archived_rounds_total",
    "Settled rounds moved to the archive tables (retention)",
    [],
  );
  const failures = counterOn(
    options.registry,
    "croupier_archive_failures_total",
    "Archive batches that failed (retried)",
    [],
  );
  const archiveAfterMs = options.archiveAfterDays * DAY_MS;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      for (let batch = 0; batch < MAX_BATCHES_PER_TICK && !stopped; batch++) {
        const report = await archiveSettledRounds(deps, { archiveAfterMs });
        archived.inc(report.rounds);
        if (report.rounds < MAX_BATCH_ROUNDS) break;
      }
      for (let batch = 0; batch < MAX_BATCHES_PER_TICK && !stopped; batch++) {
        if ((await archiveBalanceCalls(deps, { archiveAfterMs })) < MAX_BATCH_ROUNDS) break;
      }
    } catch (error) {
      failures.inc();
      deps.logger.error({ err: error }, "archive batch failed; retried on the next tick");
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, options.intervalMs ?? DEFAULT_ARCHIVE_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
