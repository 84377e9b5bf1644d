import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { MemoryWallet, type MemoryWalletConfig } from "./memory-wallet.ts";

/** Largest body the test wallet reads. */
const MAX_BODY_BYTES = 65_536;

/** A running test wallet on loopback. */
export interface RunningWallet {
  /** The callback URL, e.g. http://127.0.0.1:41234/wallet. */
  readonly url: string;
  readonly wallet: MemoryWallet;
  close(): Promise<void>;
}

/**
 * Starts the in-memory test wallet on 127.0.0.1 on a free port; the callback path is `/wallet`.
 *
 * @example
 * const running = await serveMemoryWallet({ salt: "s", players: { p1: { currency: "EUR", balance: 10_000 } } });
 * // … run the kit against running.url …
 * await running.close();
 */
export async function serveMemoryWallet(config: MemoryWalletConfig): Promise<RunningWallet> {
  const wallet = new MemoryWallet(config);
  const server = createServer((req, res) => {
    const respond = (status: number, body: unknown): void => {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    if (req.method !== "POST" || req.url !== "/wallet") return respond(404, { error: "not found" });
    readBody(req)
      .then((raw) => wallet.handle(raw, flatHeaders(req)))
      .then((reply) => respond(reply.status, reply.body))
      .catch(() => respond(500, { status: "error", code: "INTERNAL_ERROR", message: "test wallet failed" }));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/wallet`,
    wallet,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function flatHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers))
    out[name] = Array.isArray(value) ? value[0] : value;
  return out;
}
