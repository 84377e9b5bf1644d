// Test support: wallet endpoints and lookups for tests.
import type { WalletEndpoint, WalletEndpointLookup } from "../wallet-endpoint.ts";

export const TEST_SALT = "test-salt-0123456789";

export function testEndpoint(callbackUrl: string, overrides: Partial<WalletEndpoint> = {}): WalletEndpoint {
  return {
    operatorId: "op_test",
    environment: "sandbox",
    callbackUrl,
    signingSalt: TEST_SALT,
    profile: "native",
    timeoutMs: 2_000,
    maxConcurrency: 16,
    breaker: { failureThreshold: 1_000, cooldownMs: 1_000 },
    ...overrides,
  };
}

/** A lookup that answers the given endpoints by operator id; replace entries to change config live. */
export function staticLookup(...endpoints: WalletEndpoint[]): WalletEndpointLookup & {
  set(endpoint: WalletEndpoint): void;
} {
  const byKey = new Map(
    endpoints.map((endpoint) => [`${endpoint.operatorId}/${endpoint.environment}`, endpoint]),
  );
  const lookup = async (operatorId: string, environment: string) => byKey.get(`${operatorId}/${environment}`);
  return Object.assign(lookup, {
    set(endpoint: WalletEndpoint) {
      byKey.set(`${endpoint.operatorId}/${endpoint.environment}`, endpoint);
    },
  });
}
