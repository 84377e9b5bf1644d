// End to end against the reference wallet (apps/reference-wallet on @croupier/wallet-sdk), over
// real HTTP on loopback, with a fault proxy in between for the answers the network loses.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  buildWalletApp,
  createActiveSalts,
  openStore,
  type ReferenceWalletStore,
} from "@croupier/reference-wallet";
import { createTestSchema, type TestSchema } from "@croupier/test-support";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import { createCallbackClient, type CallbackClient } from "../callbacks/callback-client.ts";
import { startFaultProxy, type FaultProxy } from "../callbacks/test/fault-proxy.ts";
import { staticLookup, testEndpoint, TEST_SALT } from "../callbacks/test/test-endpoint.ts";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { createDispatcher, type Dispatcher } from "./outbox/dispatcher.ts";
import { createOutbox, type Outbox } from "./outbox/outbox.ts";
import { getBalance } from "./get-balance.ts";
import { openRound } from "./open-round.ts";
import { placeBet } from "./place-bet.ts";
import type { GameSession, RoundDeps } from "./round-deps.ts";
import { settleWin } from "./settle-win.ts";

for (const kind of testDialects) {
  describe(`round engine against the reference wallet (${kind})`, () => {
    let db: TestDb;
    let store: ReferenceWalletStore;
    let wallet: FastifyInstance;
    let proxy: FaultProxy;
    let outbox: Outbox;
    let client: CallbackClient;
    let dispatcher: Dispatcher;
    let deps: RoundDeps;
    let lookup: ReturnType<typeof staticLookup>;
    let cleanup: () => Promise<void>;
    let n = 0;

    before(async () => {
      db = await openTestDb(kind);
      if (kind === "postgres") {
        const schema: TestSchema = await createTestSchema("rwe2e");
        store = await openStore({ kind: "postgres", connectionString: schema.url });
        cleanup = () => schema.drop();
      } else {
        const dir = await mkdtemp(join(tmpdir(), "platform-e2e-"));
        store = await openStore({ kind: "sqlite", dataDir: dir, filename: join(dir, "wallet.sqlite") });
        cleanup = () => rm(dir, { recursive: true, force: true });
      }
      wallet = buildWalletApp({
        store,
        salts: createActiveSalts([TEST_SALT]),
        adminToken: "e2e-admin-token-0123456789",
        requireBodySignature: true,
      });
      await wallet.listen({ port: 0, host: "127.0.0.1" });
      const address = wallet.server.address();
      proxy = await startFaultProxy(
        `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`,
      );
      const logger = pino({ level: "silent" });
      client = createCallbackClient({ privateNetworks: "tests-any-environment", logger });
      outbox = createOutbox({ db, logger });
      lookup = staticLookup(testEndpoint(`${proxy.url}/wallet`));
      deps = { outbox, client, lookup, ids: (prefix) => `${prefix}_${kind}_${(n += 1)}` };
      dispatcher = createDispatcher(deps);
    });

    after(async () => {
      await dispatcher.stop();
      await outbox.close();
      await client.close();
      await proxy.close();
      await wallet.close();
      await store.close();
      await cleanup();
      await db.dispose();
    });

    async function player(playerId: string, balanceMinor: number): Promise<GameSession> {
      const created = await store.createPlayer({ playerId, currency: "EUR", balanceMinor });
      assert.ok(created.ok);
      return {
        operatorId: "op_test",
        environment: "sandbox",
        sessionId: `s_${playerId}`,
        playerId,
        currency: "EUR",
        gameId: "slots",
      };
    }
    const balanceOf = async (playerId: string) => (await store.getPlayer(playerId))?.balanceMinor;

    test("a full round: balance, debit, credit with round_closed", async () => {
      const session = await player("e2e-full", 10_000);
      const balance = await getBalance(deps, session);
      assert.ok(balance.ok && balance.balanceMinor === 10_000);
      const opened = await openRound(deps, session);
      assert.ok(opened.ok);
      const bet = await placeBet(deps, { round: opened.round, betRef: "b1", amountMinor: 2_500 });
      assert.ok(bet.ok && bet.balanceMinor === 7_500);
      const win = await settleWin(deps, {
        round: opened.round,
        winRef: "w1",
        amountMinor: 6_000,
        closeRound: true,
      });
      assert.ok(win.ok && win.delivery === "acknowledged" && win.balanceMinor === 13_500);
      assert.equal(await balanceOf("e2e-full"), 13_500);
    });

    test("insufficient funds: refused, no rollback", async () => {
      const session = await player("e2e-poor", 100);
      const opened = await openRound(deps, session);
      assert.ok(opened.ok);
      const bet = await placeBet(deps, { round: opened.round, betRef: "b1", amountMinor: 500 });
      assert.ok(!bet.ok && bet.code === "BET_REFUSED" && bet.walletCode === "INSUFFICIENT_FUNDS");
      await outbox.batcher.flush();
      const calls = await db.db
        .selectFrom("wallet_calls")
        .select(["action", "rb"])
        .where("player_id", "=", "e2e-poor")
        .execute();
      assert.deepEqual(calls, [{ action: "debit", rb: 0 }]);
      assert.equal(await balanceOf("e2e-poor"), 100);
    });

    test("a debit whose answer comes too late: refused, rolled back, balance restored", async () => {
      const session = await player("e2e-late", 1_000);
      const opened = await openRound(deps, session);
      assert.ok(opened.ok);
      proxy.faults = [{ lateMs: 600 }];
      lookup.set(testEndpoint(`${proxy.url}/wallet`, { timeoutMs: 300 }));
      const bet = await placeBet(deps, { round: opened.round, betRef: "b1", amountMinor: 400 });
      lookup.set(testEndpoint(`${proxy.url}/wallet`));
      assert.ok(!bet.ok && bet.code === "BET_OUTCOME_UNKNOWN");
      assert.equal(await balanceOf("e2e-late"), 600, "the wallet did apply it");
      await dispatcher.runOnce();
      assert.equal(await balanceOf("e2e-late"), 1_000);
    });

    test("a credit whose answer is lost is retried and applied once", async () => {
      const session = await player("e2e-lost", 1_000);
      const opened = await openRound(deps, session);
      assert.ok(opened.ok);
      assert.ok((await placeBet(deps, { round: opened.round, betRef: "b1", amountMinor: 100 })).ok);
      proxy.faults = ["drop"];
      const win = await settleWin(deps, {
        round: opened.round,
        winRef: "w1",
        amountMinor: 300,
        closeRound: true,
      });
      assert.ok(win.ok && win.delivery === "retrying");
      assert.equal(await balanceOf("e2e-lost"), 1_200);
      await db.db
        .updateTable("wallet_calls")
        .set({ next_attempt_at_ms: 0 })
        .where("call_id", "=", win.callId!)
        .execute();
      await dispatcher.runOnce();
      const call = await db.db
        .selectFrom("wallet_calls")
        .selectAll()
        .where("call_id", "=", win.callId!)
        .executeTakeFirstOrThrow();
      assert.equal(call.state, "ok");
      assert.equal(call.attempts, 2);
      assert.equal(await balanceOf("e2e-lost"), 1_200, "applied once");
    });
  });
}
