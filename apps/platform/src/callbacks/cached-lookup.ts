import type { Clock } from "../deps.ts";
import type { Environment, WalletEndpoint, WalletEndpointLookup } from "./wallet-endpoint.ts";

/**
 * How long a looked-up endpoint is reused. Every bet needs its operator's endpoint; reading it
 * from the database each time would add a round trip to the hot path. Five seconds is how long a
 * changed callback URL, timeout or signing salt may take to apply.
 */
export const DEFAULT_ENDPOINT_CACHE_TTL_MS = 5_000;
/** Entries kept at most (two environments per operator). */
const MAX_CACHED_ENDPOINTS = 10_000;

/**
 * Wraps a lookup with a short-lived cache (also of "no endpoint"), sharing one in-flight lookup
 * between concurrent callers. `invalidate` drops an operator's entries at once (call it after
 * changing its wallet settings in this process).
 *
 * @example
 * const lookup = cachedEndpointLookup(operatorsLookup, { clock: Date.now });
 */
export function cachedEndpointLookup(
  lookup: WalletEndpointLookup,
  options: { readonly clock?: Clock; readonly ttlMs?: number } = {},
): WalletEndpointLookup & { invalidate(operatorId: string): void } {
  const clock = options.clock ?? Date.now;
  const ttlMs = options.ttlMs ?? DEFAULT_ENDPOINT_CACHE_TTL_MS;
  const entries = new Map<
    string,
    { readonly value: Promise<WalletEndpoint | undefined>; readonly atMs: number }
  >();
  const cached = async (operatorId: string, environment: Environment) => {
    const key = `${operatorId}\u0000${environment}`;
    const hit = entries.get(key);
    if (hit !== undefined && clock() - hit.atMs < ttlMs) return hit.value;
    const value = lookup(operatorId, environment);
    entries.set(key, { value, atMs: clock() });
    if (entries.size > MAX_CACHED_ENDPOINTS) entries.delete(entries.keys().next().value!);
    // A failed lookup is not cached.
    value.catch(() => entries.delete(key));
    return value;
  };
  return Object.assign(cached, {
    invalidate(operatorId: string) {
      for (const key of entries.keys()) if (key.startsWith(`${operatorId}\u0000`)) entries.delete(key);
    },
  });
}
