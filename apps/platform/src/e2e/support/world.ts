// Test support: the whole platform in this process as server.ts wires it (composeEngine +
// buildApp, listening on loopback), the reference wallet behind a fault proxy, an operator with a
// sandbox credential, the catalogue and a game studio — and a clock shared by platform and
// wallet that tests move forward to make retries due, plus a skew for the wallet's clock alone.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import { createAdmin } from "../../admin/admins.ts";
import { buildApp } from "../../app.ts";
import { composeEngine, composePlatform, type OwnedEngine, type Platform } from "../../compose.ts";
import { openTestDb, type TestDb, type testDialects } from "../../db/test-databases.ts";
import { createMetrics, type AppMetrics } from "../../http/metrics.ts";
import type { WalletCallRow } from "../../round-engine/outbox/tables.ts";
import { signGatewayRequest } from "../../provider-gateway/signature.ts";
import { httpClient, type Http, type HttpAnswer } from "./http.ts";
import { provisionGames, provisionOperator, STUDIO_GAME, type ProvisionedOperator } from "./provision.ts";
import { startWallet, type RunningWallet } from "./wallet.ts";
import { startWalletProxy, type WalletProxy } from "./wallet-proxy.ts";

export const ADMIN_EMAIL = "root@croupier.test";
export const ADMIN_PASSWORD = "correct horse battery staple";

export interface WorldOptions {
  /** The operator's callback timeout. Default 1000 ms. */
  readonly timeoutMs?: number;
  readonly roundAbandonAfterMs?: number;
  readonly roundSweepIntervalMs?: number;
  /** Collects the platform's log lines (JSON) here; default no logs. */
  readonly logLines?: string[];
}

export interface PlayingSession {
  readonly playerId: string;
  readonly sessionId: string;
  /** The studio session token from the launch redirect. */
  readonly token: string;
}

export interface World {
  readonly kind: (typeof testDialects)[number];
  readonly db: TestDb;
  readonly platform: Platform;
  readonly metrics: AppMetrics;
  readonly engine: OwnedEngine;
  readonly app: FastifyInstance;
  readonly baseUrl: string;
  readonly http: Http;
  readonly adminToken: string;
  readonly operator: ProvisionedOperator;
  readonly studioKey: { readonly keyId: string; readonly secret: string };
  readonly wallet: RunningWallet;
  readonly proxy: WalletProxy;
  /** Platform time (real time plus what tests advanced). */
  now(): number;
  /** Moves platform and wallet clocks forward together. */
  advance(ms: number): void;
  /** The wallet's clock runs this far ahead of the platform's (negative: behind). */
  walletSkewMs: number;
  /** A wallet player and an opened real-money session of the studio game. */
  playing(balanceMinor: number, playerId?: string, apiToken?: string): Promise<PlayingSession>;
  gateway(path: string, body: unknown): Promise<HttpAnswer>;
  call(callId: string): Promise<WalletCallRow | undefined>;
  callsOf(filter: { roundId?: string; playerId?: string }): Promise<WalletCallRow[]>;
  /**
   * Waits until no wallet call is pending, moving the clock to each due retry once its previous
   * attempt is recorded (so backoff costs no real time). Returns the calls of the operator.
   */
  settle(deadlineMs?: number): Promise<WalletCallRow[]>;
  close(): Promise<void>;
}

let sequence = 0;

export async function startWorld(
  kind: (typeof testDialects)[number],
  options: WorldOptions = {},
): Promise<World> {
  let offsetMs = 0;
  let last = 0;
  // Strictly increasing, so orderings by time are deterministic.
  const now = () => {
    last = Math.max(Date.now() + offsetMs, last + 1);
    return last;
  };
  const db = await openTestDb(kind);
  const platform = composePlatform({
    db,
    secretKey: randomBytes(32),
    allowPrivateNetworks: "tests-any-environment",
    clock: now,
    logger:
      options.logLines === undefined
        ? pino({ level: "silent" })
        : pino(
            { level: "info" },
            new Writable({
              write(chunk: Buffer, _encoding, done) {
                options.logLines!.push(
                  ...chunk
                    .toString("utf8")
                    .split("\n")
                    .filter((l) => l !== ""),
                );
                done();
              },
            }),
          ),
  });
  await createAdmin(platform.deps, {
    email: ADMIN_EMAIL,
    password: ADMIN_PASSWORD,
    actor: { kind: "system", id: "e2e" },
  });
  const metrics = createMetrics();
  const engine = composeEngine(platform, {
    registry: metrics.registry,
    ...(options.roundAbandonAfterMs === undefined
      ? {}
      : { roundAbandonAfterMs: options.roundAbandonAfterMs }),
    ...(options.roundSweepIntervalMs === undefined
      ? {}
      : { roundSweepIntervalMs: options.roundSweepIntervalMs }),
  });
  const app = buildApp(platform.deps, {
    allowPrivateCallbackUrls: "tests-any-environment",
    metrics,
    engine: engine.engine,
    limits: { registrationsPerHour: 10_000 },
  });
  await app.ready();
  engine.start();
  await app.listen({ port: 0, host: "127.0.0.1" });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const http = httpClient(() => baseUrl);
  const world = {} as { walletSkewMs: number };
  world.walletSkewMs = 0;
  let wallet: RunningWallet | undefined;
  let proxy: WalletProxy | undefined;
  const stop = async () => {
    await app.close();
    await engine.stop();
    await proxy?.close();
    await wallet?.close();
    await db.dispose();
  };
  let adminToken: string;
  let operator: ProvisionedOperator;
  let studioKey: { keyId: string; secret: string };
  try {
    const login = await http("POST", "/admin/login", {
      body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    });
    if (login.status !== 200) throw new Error(`admin login: ${login.text}`);
    adminToken = login.json.token as string;
    // The wallet starts with a placeholder salt; the operator's is set once it exists.
    wallet = await startWallet({
      salts: ["placeholder-salt-0123456789"],
      clock: () => now() + world.walletSkewMs,
    });
    proxy = await startWalletProxy(wallet.url);
    operator = await provisionOperator(http, adminToken, {
      callbackUrl: `${proxy.url}/wallet`,
      timeoutMs: options.timeoutMs ?? 1_000,
    });
    wallet.salts.replace([operator.salt]);
    studioKey = await provisionGames(http, platform.deps, adminToken);
  } catch (error) {
    // A half-built world must not keep the test process alive.
    await stop();
    throw error;
  }

  const calls = (filter: { roundId?: string; playerId?: string }) => {
    let query = db.db.selectFrom("wallet_calls").selectAll().orderBy("created_at_ms").orderBy("call_id");
    if (filter.roundId !== undefined) query = query.where("round_id", "=", filter.roundId);
    if (filter.playerId !== undefined) query = query.where("player_id", "=", filter.playerId);
    return query.execute();
  };

  return Object.assign(world, {
    kind,
    db,
    platform,
    metrics,
    engine,
    app,
    baseUrl,
    http,
    adminToken,
    operator,
    studioKey,
    wallet,
    proxy,
    now,
    advance(ms: number) {
      offsetMs += ms;
    },
    async playing(balanceMinor: number, playerId?: string, apiToken = operator.apiToken) {
      sequence += 1;
      const id = playerId ?? `e2e-p${sequence}-${Math.random().toString(36).slice(2, 7)}`;
      if (playerId === undefined) await wallet!.player(id, balanceMinor);
      const launched = await http("POST", "/v1/sessions", {
        token: apiToken,
        body: {
          player_id: id,
          currency: "EUR",
          game_id: STUDIO_GAME,
          language: "en",
          return_url: "https://casino.example/lobby",
          cashier_url: "https://casino.example/cashier",
        },
      });
      if (launched.status !== 201) throw new Error(`launch: ${launched.text}`);
      const opened = await fetch(launched.json.launch_url as string, { redirect: "manual" });
      const location = opened.headers.get("location");
      if (opened.status !== 302 || location === null)
        throw new Error(`open: ${opened.status} ${await opened.text()}`);
      const token = new URL(location).searchParams.get("token");
      if (token === null) throw new Error(`no token in ${location}`);
      return { playerId: id, sessionId: launched.json.session_id as string, token };
    },
    async gateway(path: string, body: unknown) {
      const text = JSON.stringify(body);
      const fullPath = `/gateway/v1${path}`;
      const headers = signGatewayRequest(studioKey, {
        method: "POST",
        path: fullPath,
        body: text,
        timestampSeconds: Math.floor(now() / 1000),
      });
      return http("POST", fullPath, {
        rawBody: text,
        headers: { ...headers, "content-type": "application/json" },
      });
    },
    call: (callId: string) =>
      db.db.selectFrom("wallet_calls").selectAll().where("call_id", "=", callId).executeTakeFirst(),
    callsOf: calls,
    async settle(deadlineMs = 30_000) {
      const until = Date.now() + deadlineMs;
      for (;;) {
        const pending = await db.db
          .selectFrom("wallet_calls")
          .selectAll()
          .where("state", "=", "pending")
          .execute();
        if (pending.length === 0) return calls({});
        if (Date.now() > until)
          throw new Error(
            `calls still pending: ${pending.map((c) => `${c.call_id}(${c.attempts})`).join(", ")}`,
          );
        const t = now();
        // Only move time when no attempt is in flight: a lease must never expire under an attempt.
        const inFlight = pending.some((c) => c.lease_until_at_ms !== null && c.lease_until_at_ms > t);
        const nextDue = Math.min(...pending.map((c) => c.next_attempt_at_ms));
        if (!inFlight && nextDue > t) offsetMs += nextDue - t + 1;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: stop,
  }) as World;
}

/** Bets, wins and round ends through the gateway with fresh ids. */
export function roundIds(): { round: string; bet: string; win: string } {
  sequence += 1;
  const tag = `${sequence}-${Math.random().toString(36).slice(2, 8)}`;
  return { round: `r-${tag}`, bet: `b-${tag}`, win: `w-${tag}` };
}
