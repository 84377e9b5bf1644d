import type { Registry } from "prom-client";
import { dailySelfCheckOncePerDay, registerSelfCheckGauge } from "./self-check-runs.ts";
import { deliverDueNotifications, notifyManualCalls } from "../notifications/deliver.ts";
import { counterOn } from "../callbacks/metric-helpers.ts";
import type { ServiceDeps } from "../deps.ts";
import {
  DEFAULT_LAG_MS,
  DEFAULT_LOOKBACK_MS,
  MAX_BATCH_ROUNDS,
  projectClosedRounds,
} from "./round-projector.ts";

/** How often the projector looks for newly closed rounds: fees and reports trail play by about this. */
export const DEFAULT_PROJECT_INTERVAL_MS = 1_000;

export interface BillingWorkerOptions {
  readonly registry: Registry;
  readonly intervalMs?: number;
  readonly lagMs?: number;
  readonly lookbackMs?: number;
}

export interface BillingWorkers {
  stop(): Promise<void>;
}

/**
 * The billing work beside the app: the round projector (fees and report aggregates), run every
 * `intervalMs`, batch after batch while batches come back full; then the daily self-check of
 * yesterday when no process has run it yet. Any number of processes may run
 * it: the projector's state row serialises them. A failed batch changed nothing; the next tick retries.
 */
export function startBillingWorkers(
  deps: Pick<ServiceDeps, "db" | "dialect" | "clock" | "ids" | "logger" | "secretBox">,
  options: BillingWorkerOptions,
): BillingWorkers {
  const projected = counterOn(
    options.registry,
    "croupier_billing_rounds_projected_total",
    "Closed rounds taken into fees and reports",
    [],
  );
  const failures = counterOn(
    options.registry,
    "croupier_billing_projector_failures_total",
    "Projector batches that failed (retried)",
    [],
  );
  const projectOptions = {
    lagMs: options.lagMs ?? DEFAULT_LAG_MS,
    lookbackMs: options.lookbackMs ?? DEFAULT_LOOKBACK_MS,
  };
  registerSelfCheckGauge(deps, options.registry);
  const runDailySelfCheckIfDue = dailySelfCheckOncePerDay(deps);
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      for (;;) {
        if (stopped) return;
        const batch = await projectClosedRounds(deps, projectOptions);
        projected.inc(batch.rounds);
        if (batch.rounds < MAX_BATCH_ROUNDS) break;
      }
      if (stopped) return;
      await runDailySelfCheckIfDue();
      // Notifications to operators: calls now waiting for a person, then the webhook outbox.
      await notifyManualCalls(deps);
      await deliverDueNotifications(deps);
    } catch (error) {
      failures.inc();
      deps.logger.error({ err: error }, "billing projector batch failed; retried on the next tick");
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, options.intervalMs ?? DEFAULT_PROJECT_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
