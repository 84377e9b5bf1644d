// Test support: an HTTP proxy in front of a real wallet that can hold back or drop the wallet's
// answer after the wallet has applied the call — the faults only the network can cause.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { request } from "undici";

/** `none`: pass through. `late`: forward, then answer after `delayMs`. `drop`: forward, then cut the connection. */
export type ProxyFault = "none" | "drop" | { readonly lateMs: number };

export interface FaultProxy {
  readonly url: string;
  faults: ProxyFault[];
  close(): Promise<void>;
}

export async function startFaultProxy(targetBaseUrl: string): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  const proxy: FaultProxy = { url: "", faults: [], close: async () => undefined };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const fault = proxy.faults.shift() ?? "none";
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string" && !["host", "connection", "content-length"].includes(name))
        headers[name] = value;
    }
    const upstream = await request(new URL(req.url ?? "/", targetBaseUrl), {
      method: req.method as "POST" | "GET",
      headers,
      body: chunks.length > 0 ? Buffer.concat(chunks) : null,
    });
    const body = await upstream.body.text();
    if (fault === "drop") {
      req.socket.destroy();
      return;
    }
    if (typeof fault === "object") await new Promise((resolve) => setTimeout(resolve, fault.lateMs));
    if (res.destroyed) return;
    res.writeHead(upstream.statusCode, {
      "content-type": String(upstream.headers["content-type"] ?? "text/plain"),
    });
    res.end(body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
