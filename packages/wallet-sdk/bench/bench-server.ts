/**
 * The server side of the throughput benchmark, in its own process so that the load generator
 * does not share its event loop. Modes: `plain` (a fixed JSON answer: the HTTP ceiling),
 * `sqlite` (group commit), `sqlite-no-group` (one COMMIT per call), `postgres`.
 * Prints `READY <port>`.
 */
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createWalletHandler, type ManagedWalletStore } from "@croupier/wallet-sdk";
import { nodeHttpWalletListener } from "@croupier/wallet-sdk/node-http";
import { openPostgresWalletStore } from "@croupier/wallet-sdk/postgres";
import { openSqliteWalletStore } from "@croupier/wallet-sdk/sqlite";

const BENCH_SALT = "bench-salt-0123456789";
const BENCH_PLAYERS = 1_000;

const [mode = "plain", pgUrl = ""] = process.argv.slice(2);

async function openStore(): Promise<ManagedWalletStore> {
  if (mode === "postgres") return openPostgresWalletStore({ connectionString: pgUrl });
  const filename = join(mkdtempSync(join(tmpdir(), "wallet-bench-")), "wallet.db");
  return openSqliteWalletStore({ filename, maxBatchSize: mode === "sqlite-no-group" ? 1 : undefined });
}

let listener: RequestListener;
if (mode === "plain") {
  const body = JSON.stringify({ status: "ok", balance: 1 });
  listener = (req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(body));
  };
} else {
  const store = await openStore();
  for (let i = 0; i < BENCH_PLAYERS; i++) {
    await store.createPlayer({ playerId: `bench-${i}`, currency: "EUR", balanceMinor: 1_000_000_000 });
  }
  listener = nodeHttpWalletListener(createWalletHandler({ salts: [BENCH_SALT], store }));
}
const server = createServer(listener);
server.listen(0, "127.0.0.1");
await once(server, "listening");
process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
