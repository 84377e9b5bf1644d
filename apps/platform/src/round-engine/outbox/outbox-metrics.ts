import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { gaugeOn, histogramOn } from "../../callbacks/metric-helpers.ts";
import type { Clock } from "../../deps.ts";
import type { Database } from "../../db/database.ts";
import type { BatcherMetrics } from "../write-model/write-batcher.ts";

/**
 * Outbox gauges, computed when scraped (one indexed query each), so that every process reports
 * the shared database's truth: pending calls, calls waiting for a person, and the age of the
 * oldest pending call (the alarm that says "credits are not getting through").
 */
export function registerOutboxGauges(
  registry: Registry,
  db: Kysely<Database>,
  clock: Clock,
  logger: Logger,
): void {
  // Each gauge queries for itself when collected: prom-client collects a registry's metrics
  // concurrently, so a value one gauge's collect set on another was read before it was set (the
  // previous scrape's value).
  gaugeOn(
    registry,
    "croupier_outbox_pending_calls",
    "Wallet calls not yet final (in flight or waiting to be retried)",
    [],
    async function () {
      await keepOnError(logger, async () => {
        const row = await db
          .selectFrom("wallet_calls")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("state", "=", "pending")
          .executeTakeFirstOrThrow();
        this.set(Number(row.n));
      });
    },
  );
  gaugeOn(
    registry,
    "croupier_outbox_oldest_pending_age_seconds",
    "Age of the oldest wallet call not yet final; grows while an operator is unreachable",
    [],
    async function () {
      await keepOnError(logger, async () => {
        const row = await db
          .selectFrom("wallet_calls")
          .select((eb) => eb.fn.min("created_at_ms").as("oldest"))
          .where("state", "=", "pending")
          .executeTakeFirstOrThrow();
        this.set(row.oldest === null ? 0 : Math.max(0, (clock() - Number(row.oldest)) / 1000));
      });
    },
  );
  gaugeOn(
    registry,
    "croupier_outbox_manual_calls",
    "Credits and rollbacks waiting for manual resolution",
    [],
    async function () {
      await keepOnError(logger, async () => {
        const row = await db
          .selectFrom("wallet_calls")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("state", "=", "manual")
          .executeTakeFirstOrThrow();
        this.set(Number(row.n));
      });
    },
  );
}

export function createBatcherMetrics(registry: Registry): BatcherMetrics {
  return {
    batchSize: histogramOn(
      registry,
      "croupier_outbox_batch_ops",
      "Writes committed together in one transaction",
      [],
      [1, 2, 4, 8, 16, 32, 64, 128, 256],
    ),
    commitSeconds: histogramOn(
      registry,
      "croupier_outbox_batch_seconds",
      "Time to apply and commit one outbox write batch",
      [],
      [0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
    ),
  };
}

/** A failing scrape query keeps the last value (and logs) instead of failing the whole scrape. */
async function keepOnError(logger: Logger, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.warn({ err: error }, "outbox gauge query failed");
  }
}
