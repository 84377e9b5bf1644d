// Test support: an HTTP proxy between the platform and a real wallet that records every wallet
// call it sees, can inject the faults a network and a sick wallet cause, and notices when one
// call_id is in flight twice at once (two senders holding the same call).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Agent, request } from "undici";

/**
 * What happens to one request:
 * - `pass`: forwarded, answer returned;
 * - `status500` / `garbage` / `reset`: forwarded (the wallet applies the call), then the answer is
 *   replaced by an HTTP 500, by a body that is not JSON, or by a cut connection;
 * - `late`: forwarded, the answer held back `ms` (longer than the platform's timeout: a timeout);
 * - `refuse500`: not forwarded at all, answered 500 (the wallet never saw it);
 * - `answer`: not forwarded, answered 200 with `body` (e.g. a refusal the wallet would store).
 */
export type ProxyFault =
  | { readonly kind: "pass" }
  | { readonly kind: "status500" }
  | { readonly kind: "garbage" }
  | { readonly kind: "reset" }
  | { readonly kind: "late"; readonly ms: number }
  | { readonly kind: "refuse500" }
  | { readonly kind: "answer"; readonly body: string };

export interface SeenCall {
  readonly action: string;
  readonly call_id: string;
  readonly player_id: string;
  readonly round_id?: string;
  readonly amount?: number;
  readonly rb?: number;
  readonly rb_call_id?: string;
  readonly fault: ProxyFault["kind"];
}

export interface WalletProxy {
  readonly url: string;
  /** Decides each request's fault; default: pass everything. */
  decide: (call: Record<string, unknown>) => ProxyFault;
  /** Every call the proxy received, in arrival order. */
  readonly seen: SeenCall[];
  /** call_ids that arrived while an earlier request with the same call_id was still in flight. */
  readonly overlaps: string[];
  close(): Promise<void>;
}

const PASS: ProxyFault = { kind: "pass" };

export async function startWalletProxy(targetBaseUrl: string): Promise<WalletProxy> {
  const sockets = new Set<Socket>();
  const inFlight = new Map<string, number>();
  const agent = new Agent({ connections: 256, keepAliveTimeout: 10_000 });
  const proxy: WalletProxy = {
    url: "",
    decide: () => PASS,
    seen: [],
    overlaps: [],
    close: async () => undefined,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    let call: Record<string, unknown> = {};
    try {
      call = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
    } catch {
      // GameHub GET calls or garbage: recorded without fields.
    }
    const callId = typeof call.call_id === "string" ? call.call_id : "";
    const fault = proxy.decide(call);
    proxy.seen.push({
      action: String(call.action),
      call_id: callId,
      player_id: String(call.player_id),
      ...(typeof call.round_id === "string" ? { round_id: call.round_id } : {}),
      ...(typeof call.amount === "number" ? { amount: call.amount } : {}),
      ...(typeof call.rb === "number" ? { rb: call.rb } : {}),
      ...(typeof call.rb_call_id === "string" ? { rb_call_id: call.rb_call_id } : {}),
      fault: fault.kind,
    });
    if (callId !== "") {
      const count = inFlight.get(callId) ?? 0;
      if (count > 0) proxy.overlaps.push(callId);
      inFlight.set(callId, count + 1);
    }
    try {
      if (fault.kind === "refuse500") {
        res.writeHead(500, { "content-type": "text/plain" }).end("wallet down");
        return;
      }
      if (fault.kind === "answer") {
        res.writeHead(200, { "content-type": "application/json" }).end(fault.body);
        return;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === "string" && !["host", "connection", "content-length"].includes(name))
          headers[name] = value;
      }
      const upstream = await request(new URL(req.url ?? "/", targetBaseUrl), {
        method: req.method as "POST" | "GET",
        headers,
        body: raw.length > 0 ? raw : null,
        dispatcher: agent,
      });
      const body = await upstream.body.text();
      if (fault.kind === "reset") {
        req.socket.destroy();
        return;
      }
      if (fault.kind === "late") await new Promise((resolve) => setTimeout(resolve, fault.ms));
      if (res.destroyed) return;
      if (fault.kind === "status500") {
        res.writeHead(500, { "content-type": "application/json" }).end(body);
        return;
      }
      if (fault.kind === "garbage") {
        res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok","balance":');
        return;
      }
      res.writeHead(upstream.statusCode, {
        "content-type": String(upstream.headers["content-type"] ?? "text/plain"),
      });
      res.end(body);
    } finally {
      if (callId !== "") {
        const left = (inFlight.get(callId) ?? 1) - 1;
        if (left <= 0) inFlight.delete(callId);
        else inFlight.set(callId, left);
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.keepAliveTimeout = 10_000;
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
      await agent.close();
    },
  });
}
