// Test support: the whole platform app on loopback (sessions, launch, gateway, studio admin), an
// operator with a sandbox credential whose wallet is the reference wallet (apps/reference-wallet,
// on the wallet SDK's SQLite store), a catalogue with one built-in and one third-party game, and
// a registered studio with a gateway key. One settable clock drives platform and wallet alike.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildWalletApp,
  createActiveSalts,
  openStore,
  type ReferenceWalletStore,
} from "@croupier/reference-wallet";
import type { FastifyInstance } from "fastify";
import { BUILT_IN_PROVIDER } from "../../catalogue/seed.ts";
import { builtInFigures } from "../../catalogue/feed/built-in-figures.ts";
import { importFeed } from "../../catalogue/import/import-feed.ts";
import { formatRtp } from "../../catalogue/vocabulary.ts";
import type { testDialects } from "../../db/test-databases.ts";
import { signGatewayRequest } from "../../provider-gateway/signature.ts";
import { startHarness, type Harness, type HttpAnswer } from "../../test/platform-harness.ts";

export const BUILT_IN_GAME = "lucky-sevens";
export const STUDIO_GAME = "acme-slots";
export const STUDIO_ID = "acme";
export const STUDIO_TEMPLATE =
  "https://games.acme.example/launch?token={token}&game={game_id}&lang={language}";

export interface WalletRequest {
  readonly action: string;
  readonly player_id: string;
  readonly amount?: number;
  /** The round the call is for (debits and credits). */
  readonly round_id?: string;
}

export interface GamePlayFixture {
  readonly h: Harness;
  readonly operatorId: string;
  /** Backoffice session of the operator's user. */
  readonly boToken: string;
  /** Sandbox API credential. */
  readonly apiToken: string;
  readonly studioKey: { readonly keyId: string; readonly secret: string };
  readonly store: ReferenceWalletStore;
  /** Every protocol call the wallet received, in order. */
  readonly walletCalls: WalletRequest[];
  /** The calls the wallet has finished answering. */
  readonly walletAnswered: WalletRequest[];
  /** Moves the shared clock (platform and wallet). */
  advance(ms: number): void;
  nowMs(): number;
  player(playerId: string, balanceMinor: number, options?: { blocked?: boolean }): Promise<void>;
  walletBalance(playerId: string): Promise<number | undefined>;
  launch(overrides?: Record<string, unknown>, token?: string): Promise<HttpAnswer>;
  /** Opens a launch URL like a browser that does not follow redirects. */
  open(launchUrl: string): Promise<{ status: number; location: string | null; text: string }>;
  /** Launches and opens; returns the session id and the studio session token from the redirect. */
  startSession(
    overrides?: Record<string, unknown>,
  ): Promise<{ sessionId: string; token: string; location: string }>;
  /** The next wallet call for this player waits this long before the wallet handles it. */
  slowOnce: Map<string, number>;
  /** A gateway request whose exact body text is signed and sent. */
  gatewayRaw(path: string, text: string): Promise<HttpAnswer>;
  /** A signed gateway request (POST JSON); `sign` can alter what is signed or sent. */
  gateway(
    path: string,
    body: unknown,
    sign?: {
      key?: { keyId: string; secret: string };
      timestampSeconds?: number;
      sentBody?: string;
      signedBody?: string;
    },
  ): Promise<HttpAnswer>;
  close(): Promise<void>;
}

export function baseLaunch(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    player_id: "p-1",
    currency: "EUR",
    game_id: STUDIO_GAME,
    language: "en",
    return_url: "https://casino.example/lobby",
    cashier_url: "https://casino.example/cashier",
    ...overrides,
  };
}

/** `rtp` and `volatility` of a feed row: a built-in title's are its engine's (the import refuses others). */
export function feedFigures(id: string): { rtp: string; volatility: string } {
  const figures = builtInFigures(id);
  return figures === undefined
    ? { rtp: "96.50", volatility: "medium" }
    : { rtp: formatRtp(figures.rtpBp), volatility: figures.volatility };
}

function feedGame(id: string, provider: string): Record<string, unknown> {
  return {
    id,
    name: `Game ${id}`,
    provider,
    type: "slot",
    ...feedFigures(id),
    betLimits: { EUR: { minMinor: 10, maxMinor: 100_000 } },
    releaseDate: "2024-01-01",
    demoAvailable: true,
  };
}

export async function startGamePlay(kind: (typeof testDialects)[number]): Promise<GamePlayFixture> {
  let offsetMs = 0;
  let last = 0;
  const clock = () => {
    last = Math.max(Date.now() + offsetMs, last + 1);
    return last;
  };
  const h = await startHarness(kind, { clock });
  const { operatorId, token: boToken } = await h.approvedOperator();

  // The wallet: the reference wallet on a SQLite store, accepting this operator's sandbox salt.
  const salts = await h.request("GET", "/backoffice/environments/sandbox/salt-keys", { token: boToken });
  if (salts.status !== 200) throw new Error(`salt keys: ${salts.text}`);
  const dir = await mkdtemp(join(tmpdir(), "game-play-wallet-"));
  const store = await openStore({ kind: "sqlite", dataDir: dir, filename: join(dir, "wallet.sqlite") });
  const wallet: FastifyInstance = buildWalletApp({
    store,
    salts: createActiveSalts([salts.json.keys[0].salt as string]),
    adminToken: "game-play-admin-token-0123456789",
    requireBodySignature: true,
    clock,
  });
  const walletCalls: WalletRequest[] = [];
  const walletAnswered: WalletRequest[] = [];
  const slowOnce = new Map<string, number>();
  const received = new WeakMap<object, WalletRequest>();
  // onSend: the handler is done (its answer is decided) even when the caller already hung up.
  wallet.addHook("onSend", async (request, _reply, payload) => {
    const call = received.get(request);
    if (call !== undefined) walletAnswered.push(call);
    return payload;
  });
  wallet.addHook("preHandler", async (request) => {
    if (!request.url.startsWith("/wallet")) return;
    // The SDK's plugin keeps the raw body (it verifies a signature over it).
    const raw = request.body;
    let body: Record<string, unknown> | undefined;
    try {
      body = (typeof raw === "string" || Buffer.isBuffer(raw) ? JSON.parse(raw.toString()) : raw) as Record<
        string,
        unknown
      >;
    } catch {
      body = undefined;
    }
    if (body !== undefined) {
      const delayMs = slowOnce.get(String(body.player_id));
      if (delayMs !== undefined) {
        slowOnce.delete(String(body.player_id));
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
      const call = {
        action: String(body.action),
        player_id: String(body.player_id),
        ...(typeof body.amount === "number" ? { amount: body.amount } : {}),
        ...(typeof body.round_id === "string" ? { round_id: body.round_id } : {}),
      };
      walletCalls.push(call);
      received.set(request, call);
    }
  });
  await wallet.listen({ port: 0, host: "127.0.0.1" });
  const address = wallet.server.address();
  const walletUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}/wallet`;
  const settings = await h.request("PATCH", "/backoffice/environments/sandbox/wallet-settings", {
    token: boToken,
    body: { callbackUrl: walletUrl },
  });
  if (settings.status !== 200) throw new Error(`wallet settings: ${settings.text}`);
  const credential = await h.request("POST", "/backoffice/credentials", {
    token: boToken,
    body: { environment: "sandbox", label: "tests" },
  });
  if (credential.status !== 201) throw new Error(`credential: ${credential.text}`);

  const imported = await importFeed(h.platform.deps, {
    format: "json",
    body: {
      providers: [BUILT_IN_PROVIDER, { id: STUDIO_ID, name: "Acme Gaming" }],
      games: [feedGame(BUILT_IN_GAME, BUILT_IN_PROVIDER.id), feedGame(STUDIO_GAME, STUDIO_ID)],
    },
    dryRun: false,
    actor: { kind: "system", id: "test" },
  });
  if (!imported.ok) throw new Error(imported.message);

  const studio = await h.request("POST", "/admin/studios", {
    token: h.adminToken,
    body: { id: STUDIO_ID, name: "Acme Gaming", launchUrlTemplate: STUDIO_TEMPLATE },
  });
  if (studio.status !== 201) throw new Error(`studio: ${studio.text}`);
  const key = await h.request("POST", `/admin/studios/${STUDIO_ID}/credentials`, {
    token: h.adminToken,
    body: { label: "tests" },
  });
  if (key.status !== 201) throw new Error(`studio key: ${key.text}`);
  const studioKey = { keyId: key.json.key.id as string, secret: key.json.secret as string };
  const apiToken = credential.json.token as string;

  const fixture: GamePlayFixture = {
    h,
    operatorId,
    boToken,
    apiToken,
    studioKey,
    store,
    walletCalls,
    walletAnswered,
    slowOnce,
    advance: (ms) => void (offsetMs += ms),
    nowMs: clock,
    async player(playerId, balanceMinor, options = {}) {
      const created = await store.createPlayer({
        playerId,
        currency: "EUR",
        balanceMinor,
        blocked: options.blocked ?? false,
      });
      if (!created.ok) throw new Error(`player ${playerId}: ${JSON.stringify(created)}`);
    },
    walletBalance: async (playerId) => (await store.getPlayer(playerId))?.balanceMinor,
    launch: (overrides = {}, token = apiToken) =>
      h.request("POST", "/v1/sessions", { token, body: baseLaunch(overrides) }),
    async open(launchUrl) {
      const response = await fetch(launchUrl, { redirect: "manual" });
      return {
        status: response.status,
        location: response.headers.get("location"),
        text: await response.text(),
      };
    },
    async startSession(overrides = {}) {
      const launched = await fixture.launch(overrides);
      if (launched.status !== 201) throw new Error(`launch: ${launched.text}`);
      const opened = await fixture.open(launched.json.launch_url as string);
      if (opened.status !== 302 || opened.location === null)
        throw new Error(`open: ${opened.status} ${opened.text}`);
      const url = new URL(opened.location);
      const token = url.searchParams.get("token") ?? decodeURIComponent(url.pathname.split("/").at(-1) ?? "");
      return { sessionId: launched.json.session_id as string, token, location: opened.location };
    },
    async gatewayRaw(path, text) {
      return fixture.gateway(path, undefined, { signedBody: text });
    },
    async gateway(path, body, sign = {}) {
      const text = sign.signedBody ?? JSON.stringify(body);
      const fullPath = `/gateway/v1${path}`;
      const headers = signGatewayRequest(sign.key ?? studioKey, {
        method: "POST",
        path: fullPath,
        body: text,
        timestampSeconds: sign.timestampSeconds ?? Math.floor(clock() / 1000),
      });
      return h.request("POST", fullPath, {
        rawBody: sign.sentBody ?? text,
        headers: { ...headers, "content-type": "application/json" },
      });
    },
    async close() {
      await h.close();
      await wallet.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return fixture;
}
