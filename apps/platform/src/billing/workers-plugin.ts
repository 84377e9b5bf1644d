import type { AppContext, TypedFastify } from "../http/types.ts";
import { startBillingWorkers, type BillingWorkers } from "./background.ts";

/** Overrides for tests (a short interval, no lag); `false` runs no background billing work. */
export type BillingWorkerSettings = false | { intervalMs?: number; lagMs?: number; lookbackMs?: number };

/** Starts billing's background work when the app is ready and stops it when the app closes. */
export function installBillingWorkers(
  app: TypedFastify,
  ctx: AppContext,
  settings: BillingWorkerSettings = {},
): void {
  if (settings === false) return;
  let workers: BillingWorkers | undefined;
  app.addHook("onReady", async () => {
    workers = startBillingWorkers(ctx.deps, { registry: ctx.metrics.registry, ...settings });
  });
  app.addHook("onClose", async () => workers?.stop());
}
