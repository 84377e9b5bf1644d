// Test support: the reference wallet (apps/reference-wallet) on loopback, with its own clock.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildWalletApp,
  createActiveSalts,
  openStore,
  type ActiveSalts,
  type ReferenceWalletStore,
} from "@croupier/reference-wallet";
import type { FastifyInstance } from "fastify";

export const WALLET_ADMIN_TOKEN = "e2e-wallet-admin-token-0123456789";

export interface RunningWallet {
  readonly app: FastifyInstance;
  readonly store: ReferenceWalletStore;
  readonly salts: ActiveSalts;
  /** Base URL; the protocol endpoint is `${url}/wallet`. */
  readonly url: string;
  player(playerId: string, balanceMinor: number): Promise<void>;
  balance(playerId: string): Promise<number>;
  /** Every ledger row of a player that a wallet call made (call_id set), oldest first. */
  ledger(playerId: string): Promise<Array<{ kind: string; amountMinor: number; callId?: string }>>;
  close(): Promise<void>;
}

/** A reference wallet on a fresh SQLite store, accepting `salts`, on the given clock. */
export async function startWallet(options: {
  readonly salts: readonly string[];
  readonly clock: () => number;
}): Promise<RunningWallet> {
  const dir = await mkdtemp(join(tmpdir(), "e2e-wallet-"));
  const store = await openStore({ kind: "sqlite", dataDir: dir, filename: join(dir, "wallet.sqlite") });
  const salts = createActiveSalts(options.salts);
  const app = buildWalletApp({
    store,
    salts,
    adminToken: WALLET_ADMIN_TOKEN,
    requireBodySignature: true,
    clock: options.clock,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  return {
    app,
    store,
    salts,
    url,
    async player(playerId, balanceMinor) {
      const created = await store.createPlayer({ playerId, currency: "EUR", balanceMinor });
      if (!created.ok) throw new Error(`wallet player ${playerId}: ${JSON.stringify(created)}`);
    },
    async balance(playerId) {
      const player = await store.getPlayer(playerId);
      if (player === undefined) throw new Error(`no wallet player ${playerId}`);
      return player.balanceMinor;
    },
    async ledger(playerId) {
      const rows: Array<{ kind: string; amountMinor: number; callId?: string }> = [];
      let before: string | undefined;
      for (;;) {
        const page = await store.listTransactions(playerId, { limit: 500, ...(before ? { before } : {}) });
        rows.push(...page.items.filter((item) => item.callId !== undefined));
        if (page.nextCursor === undefined) break;
        before = page.nextCursor;
      }
      return rows.reverse();
    },
    async close() {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
