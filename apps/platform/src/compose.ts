import pino, { type Logger } from "pino";
import type { PlatformDb } from "./db/connect.ts";
import { randomIds, systemClock, type Clock, type IdGenerator, type ServiceDeps } from "./deps.ts";
import { createWalletCallSender, type WalletCallSender } from "./operators/test-call.ts";
import { createWalletEndpointLookup, type WalletEndpointCache } from "./operators/wallet-endpoint-lookup.ts";
import { createSecretBox } from "./secrets/secret-box.ts";

export interface ComposeOptions {
  readonly db: PlatformDb;
  /** The 32-byte installation key (CROUPIER_SECRET_KEY). */
  readonly secretKey: Uint8Array;
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /** Let wallet calls reach private/loopback addresses (development, tests). */
  readonly allowPrivateNetworks: boolean;
  /** Replace the built-in sender (e.g. with the callback client's). */
  readonly walletCall?: WalletCallSender;
  readonly endpointCacheTtlMs?: number;
}

export interface Platform {
  readonly deps: ServiceDeps;
  /** The `WalletEndpointLookup` for the callback client, cached and invalidated on change. */
  readonly walletEndpoints: WalletEndpointCache;
}

/**
 * Wires the services' dependencies once: the place where the clock, ids, secret box, wallet
 * sender and endpoint cache are chosen. server.ts and tests both start here.
 */
export function composePlatform(options: ComposeOptions): Platform {
  const clock = options.clock ?? systemClock;
  const secretBox = createSecretBox(options.secretKey);
  const base = { db: options.db.db, secretBox, clock };
  const walletEndpoints = createWalletEndpointLookup(base, { ttlMs: options.endpointCacheTtlMs });
  const deps: ServiceDeps = {
    ...base,
    dialect: options.db.dialect,
    ids: options.ids ?? randomIds,
    logger: options.logger ?? pino({ level: "silent" }),
    walletCall:
      options.walletCall ??
      createWalletCallSender({ clock, allowPrivateNetworks: options.allowPrivateNetworks }),
    walletEndpointChanged: (operatorId, environment) => walletEndpoints.invalidate(operatorId, environment),
  };
  return { deps, walletEndpoints };
}
