import pino, { type Logger } from "pino";
import { Registry } from "prom-client";
import type { Clock } from "../deps.ts";
import { createCallbackMetrics, type CallbackMetrics } from "./callback-metrics.ts";
import { CircuitBreaker } from "./circuit-breaker.ts";
import { ConcurrencyLimit } from "./concurrency-limit.ts";
import { MAX_QUEUED_CALLS_PER_OPERATOR } from "./client-defaults.ts";
import type { PrivateNetworkPolicy } from "./address-policy.ts";
import { HttpTransport } from "./http-transport.ts";
import type { Environment, WalletEndpoint } from "./wallet-endpoint.ts";
import { endpointSettings } from "./endpoint-settings.ts";

/** Per operator and environment: its concurrency slots, its circuit and its logger. */
export interface OperatorChannel {
  readonly limit: ConcurrencyLimit;
  readonly breaker: CircuitBreaker;
  readonly logger: Logger;
}

export interface CallbackClientOptions {
  /** Epoch ms; signs each attempt (`timestamp`) and drives the circuit breaker. Default Date.now. */
  readonly clock?: Clock;
  /** Where the metrics go. Default a private registry (never the global one). */
  readonly registry?: Registry;
  readonly logger?: Logger;
  /** Calls that may wait for a slot, per operator. Default MAX_QUEUED_CALLS_PER_OPERATOR. */
  readonly maxQueuedPerOperator?: number;
  /**
   * Which environments' calls may connect to private or loopback addresses (see
   * `PrivateNetworkPolicy`); no default, so every caller says it.
   */
  readonly privateNetworks: PrivateNetworkPolicy;
}

/**
 * The long-lived state behind wallet calls: keep-alive pools per origin, and per operator a
 * semaphore and a circuit breaker. One per process; `close()` at shutdown. Calls go through
 * `sendWalletCall(endpoint, unsigned, { client })`.
 */
export interface CallbackClient {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: CallbackMetrics;
  readonly transport: HttpTransport;
  readonly maxQueuedPerOperator: number;
  channel(endpoint: Pick<WalletEndpoint, "operatorId" | "environment">): OperatorChannel;
  /**
   * When the operator's circuit lets calls through again; undefined when it is closed (or
   * half-open with no trial in flight). The round engine refuses a bet up front while it is set.
   */
  circuitRetryAtMs(endpoint: WalletEndpoint): number | undefined;
  close(): Promise<void>;
}

export function createCallbackClient(options: CallbackClientOptions): CallbackClient {
  const clock = options.clock ?? Date.now;
  const logger = options.logger ?? pino({ level: "silent" });
  const metrics = createCallbackMetrics(options.registry ?? new Registry());
  const transport = new HttpTransport({ privateNetworks: options.privateNetworks });
  // One entry per operator environment: bounded by the operators table, not by traffic.
  const channels = new Map<string, OperatorChannel>();

  function channel(endpoint: { operatorId: string; environment: Environment }): OperatorChannel {
    const key = `${endpoint.operatorId}\u0000${endpoint.environment}`;
    let found = channels.get(key);
    if (found === undefined) {
      found = {
        limit: new ConcurrencyLimit(),
        breaker: new CircuitBreaker(),
        logger: logger.child({ operator_id: endpoint.operatorId, environment: endpoint.environment }),
      };
      channels.set(key, found);
    }
    return found;
  }

  return {
    clock,
    logger,
    metrics,
    transport,
    maxQueuedPerOperator: options.maxQueuedPerOperator ?? MAX_QUEUED_CALLS_PER_OPERATOR,
    channel,
    circuitRetryAtMs(endpoint) {
      return channel(endpoint).breaker.retryAtMs(clock(), endpointSettings(endpoint).breaker);
    },
    close: () => transport.close(),
  };
}
