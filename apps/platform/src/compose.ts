import type { PrivateNetworkPolicy } from "./callbacks/address-policy.ts";
import pino, { type Logger } from "pino";
import type { Registry } from "prom-client";
import { studioRoundSweep } from "./builtin-studio/abandoned-round-rule.ts";
import { createCallbackClient } from "./callbacks/callback-client.ts";
import { PASSWORD_COST, type ScryptCost } from "./auth/passwords.ts";
import type { PlatformDb } from "./db/connect.ts";
import { systemClock, type Clock, type IdGenerator, type ServiceDeps } from "./deps.ts";
import { timeOrderedIds } from "./ids/platform-ids.ts";
import { createWalletCallSender } from "./operators/test-call.ts";
import type { WalletCallSender } from "./operators/wallet-call-sender.ts";
import { createWalletEndpointLookup, type WalletEndpointCache } from "./operators/wallet-endpoint-lookup.ts";
import { creditBalanceMinor } from "./billing/credit-ledger.ts";
import { startRoundSweeper, type RoundSweeper } from "./round-engine/abandoned-rounds.ts";
import { createDispatcher } from "./round-engine/outbox/dispatcher.ts";
import { createOutbox } from "./round-engine/outbox/outbox.ts";
import type { RoundDeps } from "./round-engine/round-deps.ts";
import { createSecretBox } from "./secrets/secret-box.ts";
import { startSessionSweeper, type SessionSweeper } from "./sessions/expire-sessions.ts";
import { catalogueGameLookup } from "./sessions/game-lookup.ts";
import { DEFAULT_SESSION_SETTINGS } from "./sessions/settings.ts";
import { createStudioKeyCache } from "./studios/studio-key-cache.ts";
import { createMailService, type MailTransport } from "./accounts/mail-service.ts";
import { startMailDelivery, type MailDelivery } from "./accounts/mail-delivery.ts";

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
  /** SMTP for account mail (SMTP_URL, MAIL_FROM); unset: mail is logged and listed for admins. */
  readonly mailTransport?: MailTransport;
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
    ids: options.ids ?? timeOrderedIds,
    logger: options.logger ?? pino({ level: "silent" }),
    walletCall:
      options.walletCall ??
      createWalletCallSender({ clock, allowPrivateNetworks: options.allowPrivateNetworks }),
    walletEndpointChanged: (operatorId, environment) => walletEndpoints.invalidate(operatorId, environment),
    studioKeys: createStudioKeyCache(base),
    prepaidCredit: (operatorId, db) => creditBalanceMinor({ db: db ?? base.db }, operatorId),
    passwordCost: options.passwordCost ?? PASSWORD_COST,
    mail: createMailService(options.mailTransport),
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

/** What the engine is built from: a `Platform`, or (buildApp's default) the deps alone. */
export interface EngineSource {
  readonly deps: ServiceDeps;
  /** Which environments' wallet calls may go to private or loopback addresses (ALLOW_PRIVATE_CALLBACK_URLS). */
  readonly allowPrivateNetworks: PrivateNetworkPolicy;
  /** The operators' endpoints, cached and invalidated on change; default a lookup of the engine's own. */
  readonly walletEndpoints?: Pick<WalletEndpointCache, "lookup">;
}

/** The round engine a process runs: what the app's routes use, and its background work. */
export interface OwnedEngine {
  readonly engine: RoundDeps;
  /** Starts delivering queued credits and rollbacks and account mail, closing abandoned rounds and expiring idle sessions. */
  start(): void;
  /** Stops the background work and waits for calls in hand to be recorded. */
  stop(): Promise<void>;
}

/**
 * The process's round engine and its background work, built here and nowhere else: the outbox
 * with its dispatcher (queued credits and rollbacks, calls left by a crashed process), the
 * callback client, the abandoned-round sweeper and the session expiry. With a `Platform` it uses
 * the platform's endpoint cache, so a salt or URL change made through this process applies to
 * the next call. The outbox shares the app's database connection (on SQLite its group commits
 * and the services' writes go through the one writer) and never closes it. Pass `engine.engine`
 * to `buildApp`; call `start()` once the database is migrated and `stop()` after the app has
 * closed (no request can submit work then), before closing the database. `buildApp` without an
 * engine calls this itself and runs the engine with the app.
 *
 * @example
 * const engine = composeEngine(platform, { registry: metrics.registry, roundAbandonAfterMs: 600_000 });
 * const app = buildApp(platform.deps, { metrics, engine: engine.engine });
 * engine.start(); await app.listen({ port: 8080 });
 * // on SIGTERM: await app.close(); await engine.stop(); await db.close();
 */
export function composeEngine(platform: EngineSource, options: EngineOptions): OwnedEngine {
  const { deps } = platform;
  const outbox = createOutbox({
    db: { db: deps.db, dialect: deps.dialect, driver: deps.driver, close: async () => undefined },
    clock: deps.clock,
    logger: deps.logger,
    registry: options.registry,
  });
  const client = createCallbackClient({
    clock: deps.clock,
    logger: deps.logger,
    registry: options.registry,
    privateNetworks: platform.allowPrivateNetworks,
  });
  const lookup = (platform.walletEndpoints ?? createWalletEndpointLookup(deps)).lookup;
  const engine: RoundDeps = { outbox, client, lookup, ids: deps.ids };
  const dispatcher = createDispatcher(engine);
  // Built-in studio rounds pay what their game's rules say; other studios' rounds pay 0.
  const idleTimeoutMs = options.sessionIdleTimeoutMs ?? DEFAULT_SESSION_SETTINGS.idleTimeoutMs;
  // The sweep also returns stakes the engine never saw through the gateway, as a player's own
  // recovery does: it plays with the app's game-play deps.
  const roundSweep = studioRoundSweep(
    {
      ...deps,
      engine,
      games: catalogueGameLookup,
      settings: { ...DEFAULT_SESSION_SETTINGS, idleTimeoutMs },
    },
    { abandonAfterMs: options.roundAbandonAfterMs, intervalMs: options.roundSweepIntervalMs },
  );
  let rounds: RoundSweeper | undefined;
  let sessions: SessionSweeper | undefined;
  let mail: MailDelivery | undefined;
  return {
    engine,
    start() {
      dispatcher.start();
      rounds ??= startRoundSweeper(engine, roundSweep);
      sessions ??= startSessionSweeper(deps, { idleTimeoutMs });
      mail ??= startMailDelivery(deps);
    },
    async stop() {
      await dispatcher.stop();
      await rounds?.stop();
      await sessions?.stop();
      await mail?.stop();
      await outbox.close();
      await client.close();
    },
  };
}
