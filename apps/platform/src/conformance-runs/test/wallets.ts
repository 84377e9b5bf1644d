import { mkdtemp, rm } from "node:fs/promises";
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import {
  buildWalletApp,
  createActiveSalts,
  openStore,
  type ReferenceWalletStore,
} from "@croupier/reference-wallet";
// The kit's broken test wallets are not part of its public API; tests reach them by path.
import { serveMemoryWallet } from "../../../../../packages/conformance/src/testing/broken-wallets/serve.ts";
import type { Fault } from "../../../../../packages/conformance/src/testing/broken-wallets/faults.ts";

/** Two test players with balances that are not round, in EUR (the harness operator's first currency). */
export const TEST_PLAYERS = { "cf-player-1": 123_456, "cf-player-2": 98_765 } as const;
export const PLAYER_IDS = Object.keys(TEST_PLAYERS);

export interface TestWallet {
  readonly url: string;
  balanceOf(playerId: string): Promise<number | undefined>;
  close(): Promise<void>;
}

/** The real reference wallet (apps/reference-wallet) on a temporary SQLite store, on loopback. */
export async function startReferenceWallet(
  salt: string,
  options: { readonly classicProfile?: boolean } = {},
): Promise<TestWallet> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "platform-conformance-wallet-"));
  const store: ReferenceWalletStore = await openStore({
    kind: "sqlite",
    dataDir: dir,
    filename: path.join(dir, "wallet.sqlite"),
  });
  for (const [playerId, balanceMinor] of Object.entries(TEST_PLAYERS)) {
    const created = await store.createPlayer({ playerId, currency: "EUR", balanceMinor });
    if (!created.ok) throw new Error(`could not create ${playerId}`);
  }
  const app = buildWalletApp({
    store,
    salts: createActiveSalts([salt]),
    adminToken: "platform-test-admin-token-0123456789",
    classicProfile: options.classicProfile === true,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/wallet${options.classicProfile === true ? "/classic" : ""}`,
    balanceOf: async (playerId) => (await store.getPlayer(playerId))?.balanceMinor,
    async close() {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The kit's in-memory test wallet with one duty broken. */
export async function startBrokenWallet(salt: string, fault: Fault): Promise<TestWallet> {
  const running = await serveMemoryWallet({
    salt,
    players: Object.fromEntries(
      Object.entries(TEST_PLAYERS).map(([id, balance]) => [id, { currency: "EUR", balance }]),
    ),
    fault,
    requireBodySignature: false,
  });
  return {
    url: running.url,
    balanceOf: async (playerId) => running.wallet.balanceOf(playerId),
    close: () => running.close(),
  };
}

/**
 * A loopback proxy in front of a wallet that can hold calls: while `holdWhen` matches a call's
 * body, the call waits until `release()`. Lets a test keep a run `running` at a known check,
 * without timing.
 */
export interface HeldWallet extends TestWallet {
  holdWhen(predicate: ((body: Record<string, unknown>) => boolean) | undefined): void;
  /** Resolves when a call is being held. */
  held(): Promise<void>;
  release(): void;
}

export async function startHeldWallet(upstream: TestWallet): Promise<HeldWallet> {
  let predicate: ((body: Record<string, unknown>) => boolean) | undefined;
  let waiting: Array<() => void> = [];
  let heldListeners: Array<() => void> = [];
  const target = new URL(upstream.url);

  const forward = (raw: Buffer, req: IncomingMessage, res: ServerResponse) => {
    const out = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on("error", () => res.destroy());
    out.end(raw);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
      } catch {
        // not JSON: never held
      }
      if (predicate?.(body) === true) {
        waiting.push(() => forward(raw, req, res));
        for (const listener of heldListeners) listener();
        heldListeners = [];
        return;
      }
      forward(raw, req, res);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const held: HeldWallet = {
    url: `http://127.0.0.1:${port}/wallet`,
    balanceOf: (playerId) => upstream.balanceOf(playerId),
    holdWhen(next) {
      predicate = next;
    },
    held: () =>
      waiting.length > 0 ? Promise.resolve() : new Promise<void>((resolve) => heldListeners.push(resolve)),
    release() {
      predicate = undefined;
      const queued = waiting;
      waiting = [];
      for (const go of queued) go();
    },
    async close() {
      held.release();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await upstream.close();
    },
  };
  return held;
}
