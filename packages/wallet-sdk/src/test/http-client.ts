import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signCall, type UnsignedWalletRequest, type WalletResponse } from "@croupier/protocol";
import { nodeHttpWalletListener } from "../adapters/node-http.ts";
import type { WalletHandler } from "../handler/handler-types.ts";
import { NOW_MS, SALT } from "./calls.ts";

export interface HttpReply {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
  /** The parsed body (tests fail loudly if it is not JSON). */
  readonly json: WalletResponse;
}

/** A real server on a loopback port serving `listener`, and a way to stop it. */
export interface LoopbackServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function listenOnLoopback(
  listener: Parameters<typeof createServer>[1] | ((...args: never[]) => void),
): Promise<LoopbackServer> {
  const server: Server = createServer(listener as Parameters<typeof createServer>[1]);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/wallet`,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/** The wallet served by `nodeHttpWalletListener` on a loopback port. */
export function serveWallet(handler: WalletHandler, maxBodyBytes?: number): Promise<LoopbackServer> {
  return listenOnLoopback(nodeHttpWalletListener(handler, { maxBodyBytes }));
}

/** POSTs raw bytes and reads the answer. */
export async function postRaw(
  url: string,
  body: string | Uint8Array,
  headers: Record<string, string> = { "content-type": "application/json" },
): Promise<HttpReply> {
  const payload = typeof body === "string" ? body : new Uint8Array(body);
  const response = await fetch(url, { method: "POST", body: payload, headers });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    text,
    json: JSON.parse(text) as WalletResponse,
  };
}

/** Signs `unsigned` as the platform would (fresh timestamp and key, signature headers) and POSTs it. */
export function postSigned(
  url: string,
  unsigned: UnsignedWalletRequest | (UnsignedWalletRequest & Record<string, unknown>),
  options: { salt?: string; nowMs?: number } = {},
): Promise<HttpReply> {
  const call = signCall(
    unsigned as UnsignedWalletRequest & Record<string, unknown>,
    options.salt ?? SALT,
    options.nowMs ?? NOW_MS,
  );
  return postRaw(url, call.body, call.headers);
}
