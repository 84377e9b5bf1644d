import { performance } from "node:perf_hooks";
import { Agent, request } from "undici";
import type { Exchange } from "../runner/types.ts";

/**
 * Outbound defaults, spelled out (STYLE 8). The kit never retries: a retry would hide exactly
 * the behaviour under test, and every call's outcome is evidence.
 */
/** Longest answer read; a wallet answer is well under 1 KiB, anything past this is cut. */
const MAX_RESPONSE_BYTES = 65_536;
/** Enough sockets for the widest burst the kit sends at once (20 replays of one call). */
const MAX_CONNECTIONS = 32;
/** Idle sockets are kept between sequential checks so latency is not dominated by handshakes. */
const KEEP_ALIVE_MS = 10_000;

/** Sends bodies to one callback URL and records each exchange. */
export interface WalletClient {
  /** POSTs `body` with `headers`; never throws: network errors and timeouts end up in `error`. */
  post(label: string, body: string, headers: Readonly<Record<string, string>>): Promise<Exchange>;
  close(): Promise<void>;
}

/**
 * A client with one timeout per call: the platform's callback timeout, since an answer slower
 * than that is an unknown outcome for the platform whatever it says.
 *
 * @example
 * const client = createWalletClient({ url: "http://127.0.0.1:3100/wallet", timeoutMs: 5000 });
 * const exchange = await client.post("balance", body, headers);
 */
export function createWalletClient(config: { url: string; timeoutMs: number }): WalletClient {
  const agent = new Agent({
    connections: MAX_CONNECTIONS,
    keepAliveTimeout: KEEP_ALIVE_MS,
    connect: { timeout: config.timeoutMs },
  });
  return {
    async post(label, body, headers) {
      const sent = { url: config.url, headers: { ...headers }, body };
      const started = performance.now();
      const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;
      try {
        const res = await request(config.url, {
          method: "POST",
          body,
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
        };
      } catch (error) {
        return { label, request: sent, error: describeError(error, config.timeoutMs), durationMs: elapsed() };
      }
    },
    async close() {
      await agent.close();
    },
  };
}

/** Reads at most MAX_RESPONSE_BYTES of an answer. */
export async function readLimited(
  body: AsyncIterable<Buffer | Uint8Array> & { destroy(): unknown },
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.from(chunk);
    chunks.push(buffer);
    size += buffer.length;
    if (size > MAX_RESPONSE_BYTES) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BYTES).toString("utf8");
}

/** Headers as one string each. */
export function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

/** A short, operator-readable reason for a call without an answer. */
export function describeError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; code?: string; message?: string; cause?: { code?: string } };
  if (
    e?.name === "TimeoutError" ||
    e?.code === "UND_ERR_HEADERS_TIMEOUT" ||
    e?.code === "UND_ERR_BODY_TIMEOUT"
  ) {
    return `no answer within ${timeoutMs} ms (timeout)`;
  }
  if (e?.code === "UND_ERR_CONNECT_TIMEOUT") return `could not connect within ${timeoutMs} ms`;
  const code = e?.code ?? e?.cause?.code;
  const message = e?.message ?? String(error);
  return code !== undefined && !message.includes(code) ? `${code}: ${message}` : message;
}

/** Whether a failed exchange means "nobody is answering there" rather than "answered badly". */
export function isUnreachable(exchange: Exchange): boolean {
  return exchange.response === undefined;
}
