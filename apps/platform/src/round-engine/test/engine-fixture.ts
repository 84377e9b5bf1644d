// Test support: a round engine on a real database (SQLite or PostgreSQL) against a real HTTP
// test wallet, with one injected clock shared by the platform and the wallet.
import pino from "pino";
import { Registry } from "prom-client";
import { createCallbackClient, type CallbackClient } from "../../callbacks/callback-client.ts";
import { staticLookup, testEndpoint, TEST_SALT } from "../../callbacks/test/test-endpoint.ts";
import { startTestWallet, type Fault, type TestWallet } from "../../callbacks/test/test-wallet.ts";
import type { WalletEndpoint } from "../../callbacks/wallet-endpoint.ts";
import { openTestDb, type TestDb, type testDialects } from "../../db/test-databases.ts";
import { createDispatcher, type Dispatcher } from "../outbox/dispatcher.ts";
import { createOutbox, type Outbox } from "../outbox/outbox.ts";
import type { WalletCallRow } from "../outbox/tables.ts";
import type { GameSession, RoundDeps } from "../round-deps.ts";

export interface EngineFixture {
  readonly db: TestDb;
  readonly wallet: TestWallet;
  readonly outbox: Outbox;
  readonly client: CallbackClient;
  readonly registry: Registry;
  readonly deps: RoundDeps;
  readonly dispatcher: Dispatcher;
  readonly lookup: ReturnType<typeof staticLookup>;
  endpoint: WalletEndpoint;
  /** Faults for the next requests, in order; then normal answers. */
  faults: Fault[];
  now: number;
  advance(ms: number): void;
  session(playerId?: string): GameSession;
  /** Runs `work` with the endpoint changed (e.g. a short timeout for a hanging wallet), then restores it. */
  withEndpoint<T>(overrides: Partial<WalletEndpoint>, work: () => Promise<T>): Promise<T>;
  calls(): Promise<WalletCallRow[]>;
  call(callId: string): Promise<WalletCallRow>;
  attempts(callId: string): Promise<{ attempt_no: number; outcome: string; http_status: number | null }[]>;
  close(): Promise<void>;
}

let counter = 0;

export async function startEngine(
  kind: (typeof testDialects)[number],
  options: { endpoint?: Partial<WalletEndpoint>; retryHorizonMs?: number; random?: () => number } = {},
): Promise<EngineFixture> {
  const db = await openTestDb(kind);
  const fixture = {} as { -readonly [K in keyof EngineFixture]: EngineFixture[K] };
  fixture.now = Date.now();
  fixture.faults = [];
  const clock = () => fixture.now;
  const wallet = await startTestWallet({
    salts: [TEST_SALT],
    clock,
    fault: () => fixture.faults.shift() ?? "none",
  });
  const registry = new Registry();
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const client = createCallbackClient({ privateNetworks: "tests-any-environment", clock, registry, logger });
  const outbox = createOutbox({
    db,
    clock,
    logger,
    registry,
    random: options.random ?? (() => 0.5),
    ...(options.retryHorizonMs === undefined ? {} : { retryHorizonMs: options.retryHorizonMs }),
  });
  // Generous by default: a loaded CI machine must not turn a slow answer into a fault.
  const endpoint = testEndpoint(wallet.url, { timeoutMs: 2_000, ...options.endpoint });
  const lookup = staticLookup(endpoint);
  const ids = (prefix: string) => `${prefix}_${(counter += 1)}_${Math.random().toString(36).slice(2, 8)}`;
  const deps: RoundDeps = { outbox, client, lookup, ids };
  Object.assign(fixture, {
    db,
    wallet,
    outbox,
    client,
    registry,
    deps,
    lookup,
    endpoint,
    dispatcher: createDispatcher(deps),
    async withEndpoint<T>(overrides: Partial<WalletEndpoint>, work: () => Promise<T>): Promise<T> {
      lookup.set({ ...endpoint, ...overrides });
      try {
        return await work();
      } finally {
        lookup.set(endpoint);
      }
    },
    advance(ms: number) {
      fixture.now += ms;
    },
    session(playerId = "p1"): GameSession {
      return {
        operatorId: endpoint.operatorId,
        environment: endpoint.environment,
        sessionId: "sess_1",
        playerId,
        currency: "EUR",
        gameId: "roulette",
      };
    },
    calls: () =>
      db.db.selectFrom("wallet_calls").selectAll().orderBy("created_at_ms").orderBy("call_id").execute(),
    call: (callId: string) =>
      db.db.selectFrom("wallet_calls").selectAll().where("call_id", "=", callId).executeTakeFirstOrThrow(),
    attempts: (callId: string) =>
      db.db
        .selectFrom("wallet_call_attempts")
        .select(["attempt_no", "outcome", "http_status"])
        .where("call_id", "=", callId)
        .orderBy("attempt_no")
        .execute(),
    async close() {
      await fixture.dispatcher.stop();
      await outbox.close();
      await client.close();
      await wallet.close();
      await db.dispose();
    },
  });
  return fixture as EngineFixture;
}

/** Runs the dispatcher until nothing is due now (bounded, so a bug cannot loop forever). */
export async function drain(fixture: EngineFixture, maxPasses = 20): Promise<void> {
  await fixture.outbox.batcher.flush();
  for (let pass = 0; pass < maxPasses; pass += 1) {
    if ((await fixture.dispatcher.runOnce()) === 0) return;
  }
}
