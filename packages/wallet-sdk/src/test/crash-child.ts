/**
 * A wallet server in its own process, for the crash-safety test: it opens the store named on
 * the command line, serves the handler on a loopback port and prints `READY <port>`. The
 * parent kills it with SIGKILL mid-stream.
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { nodeHttpWalletListener } from "../adapters/node-http.ts";
import { openStoreAt, type StoreKind } from "./store-fixtures.ts";
import { testHandler } from "./wallet-helpers.ts";

const [kind, target] = process.argv.slice(2) as [StoreKind, string];
const store = await openStoreAt({ kind, target });
const server = createServer(nodeHttpWalletListener(testHandler(store)));
server.listen(0, "127.0.0.1");
await once(server, "listening");
process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
