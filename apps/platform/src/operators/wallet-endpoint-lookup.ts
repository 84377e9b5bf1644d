import type { Environment, WalletEndpoint, WalletEndpointLookup } from "../callbacks/wallet-endpoint.ts";
import type { ServiceDeps } from "../deps.ts";
import { openSalt } from "./salt-keys.ts";

/** How long a looked-up endpoint is reused. Short: other instances see a change within this time. */
export const ENDPOINT_CACHE_TTL_MS = 5_000;
/** Most cached endpoints (a limit on memory); the oldest entries go first. */
const MAX_CACHED = 10_000;

export interface WalletEndpointCache {
  readonly lookup: WalletEndpointLookup;
  /** Drops cached entries of an operator (one environment, or both). Called by every change. */
  invalidate(operatorId: string, environment?: Environment): void;
}

/**
 * The operators domain's implementation of `WalletEndpointLookup` for the callback client:
 * callback URL and settings, and the active salt decrypted. Undefined when the operator has no
 * callback URL in that environment (or does not exist). Suspended operators keep their
 * endpoint: their open rounds must still settle.
 *
 * Entries are cached for ENDPOINT_CACHE_TTL_MS and dropped at once on a change in this process.
 * Salt rotation tolerates the TTL elsewhere because the operator's wallet accepts both salts
 * until told to drop the old one.
 */
export function createWalletEndpointLookup(
  deps: Pick<ServiceDeps, "db" | "secretBox" | "clock">,
  options: { ttlMs?: number } = {},
): WalletEndpointCache {
  const ttlMs = options.ttlMs ?? ENDPOINT_CACHE_TTL_MS;
  const cache = new Map<string, { expiresAtMs: number; value: Promise<WalletEndpoint | undefined> }>();
  const keyOf = (operatorId: string, environment: Environment) => `${environment}:${operatorId}`;

  async function load(operatorId: string, environment: Environment): Promise<WalletEndpoint | undefined> {
    const row = await deps.db
      .selectFrom("operator_wallet_settings")
      .innerJoin("operator_salt_keys", (join) =>
        join
          .onRef("operator_salt_keys.operator_id", "=", "operator_wallet_settings.operator_id")
          .onRef("operator_salt_keys.environment", "=", "operator_wallet_settings.environment")
          .on("operator_salt_keys.state", "=", "active"),
      )
      .selectAll("operator_wallet_settings")
      .select([
        "operator_salt_keys.id as salt_id",
        "operator_salt_keys.sealed_salt",
        "operator_salt_keys.state",
        "operator_salt_keys.created_at_ms as salt_created_at_ms",
        "operator_salt_keys.activated_at_ms",
        "operator_salt_keys.retired_at_ms",
      ])
      .where("operator_wallet_settings.operator_id", "=", operatorId)
      .where("operator_wallet_settings.environment", "=", environment)
      .executeTakeFirst();
    if (row === undefined || row.callback_url === null) return undefined;
    const signingSalt = openSalt(deps.secretBox, {
      id: row.salt_id,
      operator_id: row.operator_id,
      environment: row.environment,
      state: row.state,
      sealed_salt: row.sealed_salt,
      created_at_ms: row.salt_created_at_ms,
      activated_at_ms: row.activated_at_ms,
      retired_at_ms: row.retired_at_ms,
    });
    return {
      operatorId,
      environment,
      callbackUrl: row.callback_url,
      signingSalt,
      profile: row.profile,
      timeoutMs: row.callback_timeout_ms,
      maxConcurrency: row.max_concurrency,
      breaker: { failureThreshold: row.breaker_failure_threshold, cooldownMs: row.breaker_cooldown_ms },
    };
  }

  return {
    lookup(operatorId, environment) {
      const key = keyOf(operatorId, environment);
      const now = deps.clock();
      const hit = cache.get(key);
      if (hit !== undefined && hit.expiresAtMs > now) return hit.value;
      cache.delete(key);
      if (cache.size >= MAX_CACHED) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      const value = load(operatorId, environment);
      cache.set(key, { expiresAtMs: now + ttlMs, value });
      // A failed load is not cached: the next call tries again.
      value.catch(() => {
        if (cache.get(key)?.value === value) cache.delete(key);
      });
      return value;
    },
    invalidate(operatorId, environment) {
      for (const env of environment === undefined ? (["sandbox", "live"] as const) : [environment]) {
        cache.delete(keyOf(operatorId, env));
      }
    },
  };
}
