import { MAX_TIMEOUT_MS } from "../../callbacks/client-defaults.ts";
import { endpointSettings } from "../../callbacks/endpoint-settings.ts";
import { attemptLeasedCall, recordLostLease, type AttemptDeps } from "./attempt.ts";
import { claimDueCalls } from "./claim.ts";
import { LEASE_MARGIN_MS } from "./retry-policy.ts";
import type { WalletCallRow } from "./tables.ts";

/** How often an idle dispatcher looks for due calls; work queued in this process wakes it at once. */
export const DEFAULT_POLL_INTERVAL_MS = 250;
/** Calls leased per claim: one short transaction hands out this many. */
export const DEFAULT_CLAIM_BATCH = 64;
/** Calls one dispatcher works on at once, over all operators (each operator also has its own cap). */
export const DEFAULT_MAX_IN_FLIGHT = 256;
/**
 * A claim's lease when the operator's timeout is not known yet: the longest timeout we honour,
 * twice (waiting for a slot, then the exchange), plus the margin for recording.
 */
export const CLAIM_LEASE_MS = 2 * MAX_TIMEOUT_MS + LEASE_MARGIN_MS;

export interface DispatcherOptions {
  readonly pollIntervalMs?: number;
  readonly claimBatch?: number;
  readonly maxInFlight?: number;
}

export interface Dispatcher {
  /**
   * One pass, for tests and manual runs: claim what is due now, attempt it all, and wait until
   * every outcome is recorded. Returns how many calls it handled.
   */
  runOnce(): Promise<number>;
  /** Stops claiming and waits for the calls in hand to be recorded. */
  stop(): Promise<void>;
}

/**
 * Delivers due calls: credits and rollbacks waiting for their next retry, and calls whose
 * lease expired because the process sending them stopped (after a crash or kill -9). Any number
 * of processes may run one against the same PostgreSQL; claims and leases keep every call with
 * one sender at a time.
 */
export function startDispatcher(deps: AttemptDeps, options: DispatcherOptions = {}): Dispatcher {
  const dispatcher = createDispatcher(deps, options);
  dispatcher.start();
  return dispatcher;
}

/** A dispatcher that does nothing until `runOnce` (tests) or `start` is called. */
export function createDispatcher(
  deps: AttemptDeps,
  options: DispatcherOptions = {},
): Dispatcher & { start(): void } {
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const claimBatch = options.claimBatch ?? DEFAULT_CLAIM_BATCH;
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  const { outbox } = deps;
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let woken = false;

  outbox.onWake = () => {
    woken = true;
    wakeUp?.();
  };

  async function handle(row: WalletCallRow, leaseOwner: string): Promise<void> {
    try {
      const endpoint = await deps.lookup(row.operator_id, row.environment);
      if (row.action !== "credit") {
        await recordLostLease(outbox, row, leaseOwner, endpoint?.profile);
        return;
      }
      // Never send on a lease that could end mid-attempt: someone else may take the call then.
      const timeoutMs = endpoint === undefined ? 0 : endpointSettings(endpoint).timeoutMs;
      if (
        row.lease_until_at_ms !== null &&
        outbox.clock() + 2 * timeoutMs + LEASE_MARGIN_MS / 2 > row.lease_until_at_ms
      ) {
        return;
      }
      const report = await attemptLeasedCall(deps, row, leaseOwner, endpoint);
      await report.recorded;
    } catch (error) {
      // The lease runs out and the call is due again: nothing is lost.
      outbox.logger
        .child({ call_id: row.call_id, round_id: row.round_id, operator_id: row.operator_id })
        .error({ err: error }, "dispatching a wallet call failed; it will be retried when its lease ends");
    }
  }

  function track(work: Promise<void>): Promise<void> {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
    return work;
  }

  async function claim(limit: number): Promise<Promise<void>[]> {
    if (limit <= 0) return [];
    const { leaseOwner, rows } = await claimDueCalls(outbox, limit, CLAIM_LEASE_MS);
    return rows.map((row) => track(handle(row, leaseOwner)));
  }

  async function run(): Promise<void> {
    while (!stopped) {
      woken = false;
      let claimed = 0;
      try {
        claimed = (await claim(Math.min(claimBatch, maxInFlight - inFlight.size))).length;
      } catch (error) {
        outbox.logger.error({ err: error }, "claiming due wallet calls failed");
      }
      if (stopped) break;
      // A full claim means more may be due: go again at once (after yielding), else rest.
      if (claimed === claimBatch && inFlight.size < maxInFlight) {
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (woken) continue;
      if (inFlight.size >= maxInFlight) {
        await Promise.race(inFlight);
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollIntervalMs);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = undefined;
    }
  }

  return {
    start() {
      loop ??= run();
    },
    async runOnce() {
      const work = await claim(Math.min(claimBatch, maxInFlight));
      await Promise.all(work);
      return work.length;
    },
    async stop() {
      stopped = true;
      wakeUp?.();
      await loop;
      await Promise.all([...inFlight]);
      if (outbox.onWake !== undefined) outbox.onWake = undefined;
    },
  };
}
