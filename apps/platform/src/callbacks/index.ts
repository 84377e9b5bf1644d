/** The signed callback client: one attempt of a wallet call, with pools, limits and circuit breakers. */
export { createCallbackClient, type CallbackClient, type CallbackClientOptions } from "./callback-client.ts";
export { sendWalletCall, type SendOptions, type WalletCallResult } from "./send-wallet-call.ts";
export type { CallOutcome, NotSent, UnknownOutcome } from "./call-outcome.ts";
export { cachedEndpointLookup, DEFAULT_ENDPOINT_CACHE_TTL_MS } from "./cached-lookup.ts";
export { endpointSettings, type EffectiveSettings } from "./endpoint-settings.ts";
export * from "./client-defaults.ts";
export type { Environment, WalletEndpoint, WalletEndpointLookup } from "./wallet-endpoint.ts";
