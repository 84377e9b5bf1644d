import type { PrivateNetworkPolicy } from "../callbacks/address-policy.ts";
import type { Registry } from "prom-client";
import { createCallbackClient } from "../callbacks/callback-client.ts";
import type { WalletEndpointLookup } from "../callbacks/wallet-endpoint.ts";
import type { ServiceDeps } from "../deps.ts";
import { createWalletEndpointLookup } from "../operators/wallet-endpoint-lookup.ts";
import { createDispatcher } from "../round-engine/outbox/dispatcher.ts";
import { createOutbox } from "../round-engine/outbox/outbox.ts";
import { startRoundSweeper, type RoundSweeper, type SweepOptions } from "../round-engine/abandoned-rounds.ts";
import type { RoundDeps } from "../round-engine/round-deps.ts";
import { startSessionSweeper, type SessionSweeper } from "./expire-sessions.ts";

/** A round engine this process runs itself: its outbox, callback client, dispatcher and sweepers. */
export interface OwnedEngine {
  readonly engine: RoundDeps;
  /** Starts delivering queued credits and rollbacks, closing abandoned rounds and expiring idle sessions. */
  start(): void;
  /** Stops the background work and waits for calls in hand to be recorded. */
  stop(): Promise<void>;
}

/**
 * Builds the round engine from the services' deps, for when none is given (server.ts today):
 * one outbox and one callback client per process, the operators' endpoint lookup, a dispatcher.
 * The outbox shares the app's database connection, so on SQLite its group commits and the
 * services' writes go through the one writer.
 */
export function createOwnedEngine(
  deps: ServiceDeps,
  options: {
    readonly registry: Registry;
    readonly idleTimeoutMs: number;
    /** The operators' endpoints; default a lookup of its own (compose.ts passes the shared, invalidated one). */
    readonly lookup?: WalletEndpointLookup;
    /** When a round counts as abandoned and how often to look (ROUND_ABANDON_AFTER_MS). */
    readonly roundSweep?: SweepOptions & { readonly intervalMs?: number };
    /** Which environments' wallet calls may go to private or loopback addresses (ALLOW_PRIVATE_CALLBACK_URLS). */
    readonly allowPrivateNetworks: PrivateNetworkPolicy;
  },
): OwnedEngine {
  const outbox = createOutbox({
    // The database belongs to the app: the outbox never closes it.
    db: { db: deps.db, dialect: deps.dialect, driver: deps.driver, close: async () => undefined },
    clock: deps.clock,
    logger: deps.logger,
    registry: options.registry,
  });
  const client = createCallbackClient({
    clock: deps.clock,
    logger: deps.logger,
    registry: options.registry,
    privateNetworks: options.allowPrivateNetworks,
  });
  const lookup = options.lookup ?? createWalletEndpointLookup(deps).lookup;
  const engine: RoundDeps = { outbox, client, lookup, ids: deps.ids };
  const dispatcher = createDispatcher(engine);
  let rounds: RoundSweeper | undefined;
  let sessions: SessionSweeper | undefined;
  return {
    engine,
    start() {
      dispatcher.start();
      rounds ??= startRoundSweeper(engine, options.roundSweep);
      sessions ??= startSessionSweeper(deps, { idleTimeoutMs: options.idleTimeoutMs });
    },
    async stop() {
      await dispatcher.stop();
      await rounds?.stop();
      await sessions?.stop();
      await outbox.close();
      await client.close();
    },
  };
}
