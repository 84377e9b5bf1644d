import { performance } from "node:perf_hooks";
import { encodeGameHubQuery, type WalletRequest } from "@croupier/protocol";
import { Agent, request } from "undici";
import type { Exchange } from "../runner/types.ts";
import { describeError, flattenHeaders, readLimited, type WalletClient } from "./wallet-client.ts";

/** The same outbound defaults as the native client (see wallet-client.ts). */
const MAX_CONNECTIONS = 32;
const KEEP_ALIVE_MS = 10_000;

/**
 * A client for the compatibility profile. Checks build and sign native calls; this client sends
 * each as the platform does under that profile: a GET whose query carries every field
 * (`username`, `gameplay_final`, extras as parameters), no body and no signature headers. A body
 * that is not a JSON object cannot be encoded: checks that need one are native-only.
 *
 * @example
 * const client = createClassicWalletClient({ url: "http://127.0.0.1:3100/wallet", timeoutMs: 5000 });
 * const exchange = await client.post("balance", signed.body, signed.headers); // sent as GET ?action=balance&…
 */
export function createClassicWalletClient(config: { url: string; timeoutMs: number }): WalletClient {
  const agent = new Agent({
    connections: MAX_CONNECTIONS,
    keepAliveTimeout: KEEP_ALIVE_MS,
    connect: { timeout: config.timeoutMs },
  });
  return {
    async post(label, body) {
      const url = new URL(config.url);
      for (const [name, value] of encodeGameHubQuery(bodyFields(body))) url.searchParams.append(name, value);
      const headers = { accept: "application/json" };
      const sent = { url: url.toString(), headers, body: "" };
      const started = performance.now();
      const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;
      try {
        const res = await request(url, {
          method: "GET",
          headers,
          dispatcher: agent,
          signal: AbortSignal.timeout(config.timeoutMs),
        });
        const text = await readLimited(res.body);
        return {
          label,
          request: sent,
          response: { status: res.statusCode, headers: flattenHeaders(res.headers), body: text },
          durationMs: elapsed(),
          dialect: "classic",
        } satisfies Exchange;
      } catch (error) {
        return {
          label,
          request: sent,
          error: describeError(error, config.timeoutMs),
          durationMs: elapsed(),
          dialect: "classic",
        } satisfies Exchange;
      }
    },
    async close() {
      await agent.close();
    },
  };
}

function bodyFields(body: string): WalletRequest & Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return value as WalletRequest & Record<string, unknown>;
    }
  } catch {
    // not JSON: nothing to encode
  }
  return {} as WalletRequest & Record<string, unknown>;
}
