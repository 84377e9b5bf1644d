import type { PrivateNetworkPolicy } from "./callbacks/address-policy.ts";
import pino, { type Logger } from "pino";
import type { Registry } from "prom-client";
import { PASSWORD_COST, type ScryptCost } from "./auth/passwords.ts";
import type { PlatformDb } from "./db/connect.ts";
import { createStudioKeyCache } from "./studios/studio-key-cache.ts";
import { randomIds, systemClock, type Clock, type IdGenerator, type ServiceDeps } from "./deps.ts";
import { createWalletCallSender } from "./operators/test-call.ts";
import type { WalletCallSender } from "./operators/wallet-call-sender.ts";
import { createWalletEndpointLookup, type WalletEndpointCache } from "./operators/wallet-endpoint-lookup.ts";
import { creditBalanceMinor } from "./billing/credit-ledger.ts";
import { createSecretBox } from "./secrets/secret-box.ts";
import { createOwnedEngine, type OwnedEngine } from "./sessions/owned-engine.ts";
import { DEFAULT_SESSION_SETTINGS } from "./sessions/settings.ts";
import { studioRoundSweep } from "./builtin-studio/abandoned-round-rule.ts";

export interface ComposeOptions {
  readonly db: PlatformDb;
  /** The 32-byte installation key (CROUPIER_SECRET_KEY). */
  readonly secretKey: Uint8Array;
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /** Which environments' wallet calls may reach private/loopback addresses (see PrivateNetworkPolicy). */
  readonly allowPrivateNetworks: PrivateNetworkPolicy;
  /** Replace the built-in sender (e.g. with the callback client's). */
  readonly walletCall?: WalletCallSender;
  readonly endpointCacheTtlMs?: number;
  /** scrypt parameters for password hashes; default PASSWORD_COST. Only tests lower it (speed). */
  readonly passwordCost?: ScryptCost;
}

export interface Platform {
  readonly deps: ServiceDeps;
  /** Which environments' wallet calls may go to private or loopback addresses (the engine's client too). */
  readonly allowPrivateNetworks: PrivateNetworkPolicy;
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
    driver: options.db.driver,
    ids: options.ids ?? randomIds,
    logger: options.logger ?? pino({ level: "silent" }),
    walletCall:
      options.walletCall ??
      createWalletCallSender({ clock, allowPrivateNetworks: options.allowPrivateNetworks }),
    walletEndpointChanged: (operatorId, environment) => walletEndpoints.invalidate(operatorId, environment),
    studioKeys: createStudioKeyCache(base),
    prepaidCredit: (operatorId, db) => creditBalanceMinor({ db: db ?? base.db }, operatorId),
    passwordCost: options.passwordCost ?? PASSWORD_COST,
  };
  return { deps, allowPrivateNetworks: options.allowPrivateNetworks, walletEndpoints };
}

export interface EngineOptions {
  /** Where the engine's metrics go: the app's registry, so /metrics shows them. */
  readonly registry: Registry;
  /** A round with no new call for this long is closed by the sweeper (ROUND_ABANDON_AFTER_MS). */
  readonly roundAbandonAfterMs?: number;
  /** How often the sweeper looks for abandoned rounds. */
  readonly roundSweepIntervalMs?: number;
  /** A game session idle this long expires. */
  readonly sessionIdleTimeoutMs?: number;
}

/**
 * The process's round engine and its background work: the outbox with its dispatcher (queued
 * credits and rollbacks, calls left by a crashed process), the abandoned-round sweeper and the
 * session expiry. It uses the platform's endpoint cache, so a salt or URL change made through
 * this process applies to the next call. Pass `engine.engine` to `buildApp`; call `start()` once
 * the database is migrated and `stop()` after the app has closed (no request can submit work
 * then), before closing the database.
 *
 * @example
 * const engine = composeEngine(platform, { registry: metrics.registry, roundAbandonAfterMs: 600_000 });
 * const app = buildApp(platform.deps, { metrics, engine: engine.engine });
 * engine.start(); await app.listen({ port: 8080 });
 * // on SIGTERM: await app.close(); await engine.stop(); await db.close();
 */
export function composeEngine(platform: Platform, options: EngineOptions): OwnedEngine {
  return createOwnedEngine(platform.deps, {
    registry: options.registry,
    idleTimeoutMs: options.sessionIdleTimeoutMs ?? DEFAULT_SESSION_SETTINGS.idleTimeoutMs,
    lookup: platform.walletEndpoints.lookup,
    allowPrivateNetworks: platform.allowPrivateNetworks,
    // Built-in studio rounds pay what their game's rules say; other studios' rounds pay 0.
    roundSweep: studioRoundSweep(platform.deps, {
      abandonAfterMs: options.roundAbandonAfterMs,
      intervalMs: options.roundSweepIntervalMs,
    }),
  });
}
