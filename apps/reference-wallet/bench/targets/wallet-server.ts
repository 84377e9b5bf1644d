// A bench target: the reference wallet exactly as `npm start` builds it (durable SDK store,
// signature checks, admin API mounted), minus request logging, with BENCH_PLAYERS players.
import { buildWalletApp } from "../../src/app.ts";
import { createActiveSalts } from "../../src/salts/active-salts.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { WalletConfig } from "../../src/config.ts";
import { announceReady, onStop } from "./child-ready.ts";
import { seedBenchPlayers } from "./seed-players.ts";

const storeConfig: WalletConfig["store"] =
  process.env.BENCH_DATABASE_URL !== undefined
    ? {
        kind: "postgres",
        connectionString: process.env.BENCH_DATABASE_URL,
        ...(process.env.BENCH_PG_POOL === undefined ? {} : { poolSize: Number(process.env.BENCH_PG_POOL) }),
        ...(process.env.BENCH_PG_SETTLE_CONCURRENCY === undefined
          ? {}
          : { settleConcurrency: Number(process.env.BENCH_PG_SETTLE_CONCURRENCY) }),
      }
    : {
        kind: "sqlite",
        dataDir: process.env.BENCH_DATA_DIR ?? "",
        filename: `${process.env.BENCH_DATA_DIR ?? ""}/wallet.sqlite`,
      };
const salt = process.env.BENCH_SALT ?? "bench-salt-0123456789";
const playerCount = Number(process.env.BENCH_PLAYERS ?? "10000");

const opened = await openStore(storeConfig);
// BENCH_PG_TRANSACT=1: without the store's one-statement `settle`, the handler runs the duties
// over `transact`, as it does for a store that has none.
const store = process.env.BENCH_PG_TRANSACT === "1" ? withoutSettle(opened) : opened;
await seedBenchPlayers(store, playerCount);
const app = buildWalletApp({
  store,
  salts: createActiveSalts([salt]),
  adminToken: "bench-admin-token-unused",
});
await app.listen({ port: 0, host: "127.0.0.1" });
onStop(async () => {
  await app.close();
  await opened.close();
});
const address = app.server.address();
announceReady(typeof address === "object" && address !== null ? address.port : 0);

function withoutSettle<S extends { settle?: unknown }>(opened: S): S {
  const copy = { ...opened };
  delete copy.settle;
  return copy;
}
