import type { ServiceDeps } from "../deps.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { executeRun, type KitRunner } from "./execute-run.ts";
import { HEARTBEAT_INTERVAL_MS, MAX_RUNS_IN_FLIGHT, STALE_AFTER_MS, STOP_GRACE_MS } from "./limits.ts";
import { interruptRuns, writeHeartbeats } from "./run-store.ts";
import type { RunTarget } from "./start-run.ts";

/**
 * The runs this process executes, in the background of the requests that started them. Runs
 * live in the process: on start-up the runs left `running` by a dead process (their heartbeat
 * stopped) are marked `interrupted`; while running, a timer writes the heartbeat of ours and
 * sweeps stale ones; on shutdown ours are stopped after their current check (balances settled)
 * and whatever is still going after a grace period is marked `interrupted`.
 */
export interface ConformanceRunner {
  /** Whether another run may start in this process now (MAX_RUNS_IN_FLIGHT). */
  hasCapacity(): boolean;
  /** Starts executing a run created by `startRun`; returns at once. */
  launch(target: RunTarget): void;
  /** Resolves when every run executing now has stored its result (tests). */
  idle(): Promise<void>;
  /** Marks the runs whose process died interrupted and starts the heartbeat. Idempotent. */
  start(): Promise<void>;
  /** Stops the heartbeat and the runs. Idempotent. */
  stop(): Promise<void>;
}

export interface RunnerOptions {
  readonly kit?: KitRunner;
  readonly heartbeatIntervalMs?: number;
  readonly staleAfterMs?: number;
  readonly stopGraceMs?: number;
}

export function createConformanceRunner(
  deps: Pick<ServiceDeps, "db" | "clock" | "logger">,
  options: RunnerOptions = {},
): ConformanceRunner {
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const inFlight = new Map<string, { controller: AbortController; done: Promise<void> }>();
  let timer: NodeJS.Timeout | undefined;
  let started: Promise<void> | undefined;
  let stopped = false;

  async function sweepStale(): Promise<void> {
    const now = deps.clock();
    const count = await interruptRuns(deps.db, now, { staleBeforeMs: now - staleAfterMs });
    if (count > 0) deps.logger.warn({ count }, "marked conformance runs of a stopped process interrupted");
  }

  async function tick(): Promise<void> {
    try {
      await writeHeartbeats(deps.db, [...inFlight.keys()], deps.clock());
      await sweepStale();
    } catch (error) {
      deps.logger.warn({ err: error }, "conformance run heartbeat failed");
    }
  }

  return {
    hasCapacity: () => !stopped && inFlight.size < MAX_RUNS_IN_FLIGHT,
    launch(target) {
      const controller = new AbortController();
      const done = executeRun(deps, target, controller.signal, options.kit).finally(() =>
        inFlight.delete(target.runId),
      );
      inFlight.set(target.runId, { controller, done });
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight.values()].map((run) => run.done));
    },
    start() {
      started ??= (async () => {
        await sweepStale();
        timer = setInterval(() => void tick(), options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS);
        timer.unref();
      })();
      return started;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      const runs = [...inFlight.entries()];
      for (const [, run] of runs) run.controller.abort();
      let graceTimer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        graceTimer = setTimeout(resolve, options.stopGraceMs ?? STOP_GRACE_MS);
      });
      await Promise.race([Promise.all(runs.map(([, run]) => run.done)), grace]);
      clearTimeout(graceTimer);
      const left = [...inFlight.keys()];
      if (left.length > 0) {
        await interruptRuns(deps.db, deps.clock(), { runIds: left }).catch((error: unknown) =>
          deps.logger.warn({ err: error }, "could not mark conformance runs interrupted"),
        );
      }
    },
  };
}

const runners = new WeakMap<AppContext, ConformanceRunner>();

/**
 * The app's runner: one per built app, shared by the backoffice and `/v1` routes. The first
 * route file to ask ties it to the app's lifecycle (start when ready, stop when closing).
 */
export function runnerFor(app: TypedFastify, ctx: AppContext): ConformanceRunner {
  let runner = runners.get(ctx);
  if (runner === undefined) {
    const created = createConformanceRunner(ctx.deps);
    runner = created;
    runners.set(ctx, created);
    app.addHook("onReady", () => created.start());
    app.addHook("onClose", () => created.stop());
  }
  return runner;
}
