import { hostname } from "node:os";
import pino, { type Logger } from "pino";
import { Registry } from "prom-client";
import type { Clock } from "../../deps.ts";
import { randomToken } from "../../ids/platform-ids.ts";
import type { PlatformDb } from "../../db/connect.ts";
import { createBringForward, type BringForward } from "./bring-forward.ts";
import { createBatcherMetrics, registerOutboxGauges } from "./outbox-metrics.ts";
import { DEFAULT_RETRY_HORIZON_MS, LEASE_MARGIN_MS } from "./retry-policy.ts";
import { WriteBatcher } from "../write-model/write-batcher.ts";

export interface OutboxOptions {
  readonly db: PlatformDb;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Metrics go here; default a private registry (never the global one). */
  readonly registry?: Registry;
  /** How long credits and rollbacks are retried before `manual`. Default 72 h. */
  readonly retryHorizonMs?: number;
  /** Jitter source in [0, 1); injected so tests get a fixed backoff schedule. */
  readonly random?: () => number;
  /** This process's name in leases; default host, pid and a random part. */
  readonly ownerId?: string;
}

/**
 * The outbox of one process: its write batcher (group commit), its identity for leases, and
 * the retry policy. Create one per process, share it between the round engine, the dispatcher
 * and manual resolution; `close()` at shutdown, after the dispatcher has stopped.
 */
export interface Outbox {
  readonly db: PlatformDb;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly batcher: WriteBatcher;
  readonly ownerId: string;
  readonly retryHorizonMs: number;
  readonly random: () => number;
  /** Brings an operator's waiting credits forward when it answers again after failures. */
  readonly bringForward: BringForward;
  /** A lease token unique to one claim: the only key that may record that claim's outcome. */
  newLeaseToken(): string;
  /** Until when a call whose attempt starts now is leased. */
  leaseUntil(nowMs: number, timeoutMs: number): number;
  /** Asks the dispatcher of this process (if any) to look for due calls now. */
  wake(): void;
  /** Set by the dispatcher. */
  onWake: (() => void) | undefined;
  close(): Promise<void>;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const clock = options.clock ?? Date.now;
  const logger = options.logger ?? pino({ level: "silent" });
  const registry = options.registry ?? new Registry();
  const ownerId = options.ownerId ?? `${hostname()}:${process.pid}:${randomToken(6)}`;
  const batcher = new WriteBatcher(options.db, logger, createBatcherMetrics(registry));
  registerOutboxGauges(registry, options.db.db, clock, logger);
  let sequence = 0;
  const outbox: Outbox = {
    db: options.db,
    clock,
    logger,
    registry,
    batcher,
    ownerId,
    retryHorizonMs: options.retryHorizonMs ?? DEFAULT_RETRY_HORIZON_MS,
    random: options.random ?? Math.random,
    bringForward: createBringForward(options.db, clock, logger),
    newLeaseToken() {
      sequence += 1;
      return `${ownerId}#${sequence}`;
    },
    // The attempt may wait up to timeoutMs for a slot and take up to timeoutMs on the wire.
    leaseUntil: (nowMs, timeoutMs) => nowMs + 2 * timeoutMs + LEASE_MARGIN_MS,
    wake() {
      outbox.onWake?.();
    },
    onWake: undefined,
    close: () => batcher.close(),
  };
  return outbox;
}
