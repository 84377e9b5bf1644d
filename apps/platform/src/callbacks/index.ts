/** The signed callback client: one attempt of a wallet call, with pools, limits and circuit breakers. */
export { createCallbackClient, type CallbackClient, type CallbackClientOptions } from "./callback-client.ts";
export {
  sendWalletCall,
  type CallOutcome,
  type NotSent,
  type SendOptions,
  type WalletCallResult,
} from "./send-wallet-call.ts";
export { cachedEndpointLookup, DEFAULT_ENDPOINT_CACHE_TTL_MS } from "./cached-lookup.ts";
export { endpointSettings, type EffectiveSettings } from "./endpoint-settings.ts";
export * from "./client-defaults.ts";
export type { Environment, WalletEndpoint, WalletEndpointLookup } from "./wallet-endpoint.ts";
