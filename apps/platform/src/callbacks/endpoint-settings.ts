import {
  bounded,
  DEFAULT_BREAKER_COOLDOWN_MS,
  DEFAULT_BREAKER_FAILURE_THRESHOLD,
  DEFAULT_MAX_CONCURRENCY,
  DEFAULT_TIMEOUT_MS,
  MAX_CONCURRENCY_CAP,
  MAX_TIMEOUT_MS,
  MIN_TIMEOUT_MS,
} from "./client-defaults.ts";
import type { BreakerSettings } from "./circuit-breaker.ts";
import type { WalletEndpoint } from "./wallet-endpoint.ts";

export interface EffectiveSettings {
  readonly timeoutMs: number;
  readonly maxConcurrency: number;
  readonly breaker: BreakerSettings;
}

/** Longest cooldown honoured: an hour without a single trial call hides a recovery for too long. */
const MAX_BREAKER_COOLDOWN_MS = 3_600_000;
/** Highest threshold honoured: past a thousand straight failures a circuit that never opens is useless. */
const MAX_BREAKER_FAILURE_THRESHOLD = 1_000;

/** An endpoint's settings with defaults filled in and each value kept inside its sane range. */
export function endpointSettings(endpoint: WalletEndpoint): EffectiveSettings {
  return {
    timeoutMs: bounded(endpoint.timeoutMs, DEFAULT_TIMEOUT_MS, MIN_TIMEOUT_MS, MAX_TIMEOUT_MS),
    maxConcurrency: bounded(endpoint.maxConcurrency, DEFAULT_MAX_CONCURRENCY, 1, MAX_CONCURRENCY_CAP),
    breaker: {
      failureThreshold: bounded(
        endpoint.breaker?.failureThreshold,
        DEFAULT_BREAKER_FAILURE_THRESHOLD,
        1,
        MAX_BREAKER_FAILURE_THRESHOLD,
      ),
      cooldownMs: bounded(
        endpoint.breaker?.cooldownMs,
        DEFAULT_BREAKER_COOLDOWN_MS,
        0,
        MAX_BREAKER_COOLDOWN_MS,
      ),
    },
  };
}
