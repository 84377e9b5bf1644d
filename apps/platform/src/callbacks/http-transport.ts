import type { UnknownCause } from "@croupier/protocol";
import { Pool } from "undici";
import {
  KEEP_ALIVE_TIMEOUT_MS,
  MAX_CONNECTIONS_PER_ORIGIN,
  MAX_POOLS,
  MAX_RESPONSE_BODY_BYTES,
  TRANSPORT_BACKSTOP_TIMEOUT_MS,
} from "./client-defaults.ts";
import {
  isNonPublicIpLiteral,
  privateNetworksAllowed,
  publicOnlyLookup,
  type PrivateNetworkPolicy,
} from "./address-policy.ts";
import type { Environment } from "./wallet-endpoint.ts";

export interface HttpExchangeRequest {
  readonly url: URL;
  readonly method: "POST" | "GET";
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
  /** The operator environment the call belongs to: private addresses are never allowed for live. */
  readonly environment: Environment;
}

/** Why an exchange brought no usable answer: its cause (for metrics and logs) and a text for people. */
export interface ExchangeFailure {
  /** `network` covers a refused private address too: no connection was made to the operator. */
  readonly cause: Extract<UnknownCause, "timeout" | "network" | "too_large">;
  readonly reason: string;
}

/** What came back. `failure` set means no usable answer (timeout, network, oversize): an unknown outcome. */
export interface HttpExchange {
  readonly httpStatus?: number;
  /** At most MAX_RESPONSE_BODY_BYTES of the body, as UTF-8 text. */
  readonly responseBody?: string;
  readonly failure?: ExchangeFailure;
}

/**
 * HTTP for wallet calls: one undici keep-alive Pool per origin, no redirects (undici's
 * `request` never follows them; a 3xx is just a status other than 200), one abort timer per
 * exchange covering connect, headers and body, and a capped body read.
 */
export class HttpTransport {
  readonly #pools = new Map<string, Pool>();
  readonly #privateNetworks: PrivateNetworkPolicy;

  /**
   * Unless `privateNetworks` allows it for the call's environment (see `privateNetworksAllowed`),
   * a callback host that is, or resolves to, an address other than global unicast is never
   * connected to — checked when connecting, so a name that re-resolves there after its URL was
   * accepted is refused too. Default: no private networks.
   */
  constructor(options: { readonly privateNetworks?: PrivateNetworkPolicy } = {}) {
    this.#privateNetworks = options.privateNetworks ?? false;
  }

  async exchange(request: HttpExchangeRequest): Promise<HttpExchange> {
    const publicOnly = !privateNetworksAllowed(this.#privateNetworks, request.environment);
    if (publicOnly && isNonPublicIpLiteral(request.url)) {
      return {
        failure: { cause: "network", reason: "refused: the callback URL points at a non-public address" },
      };
    }
    const pool = this.#pool(request.url.origin, publicOnly);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), request.timeoutMs);
    let httpStatus: number | undefined;
    try {
      const response = await pool.request({
        path: request.url.pathname + request.url.search,
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal: controller.signal,
      });
      httpStatus = response.statusCode;
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > MAX_RESPONSE_BODY_BYTES) {
        response.body.destroy();
        const reason = `answer of ${declared} bytes exceeds ${MAX_RESPONSE_BODY_BYTES}`;
        return { httpStatus, failure: { cause: "too_large", reason } };
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        if (size + chunk.length > MAX_RESPONSE_BODY_BYTES) {
          chunks.push(chunk.subarray(0, MAX_RESPONSE_BODY_BYTES - size));
          response.body.destroy();
          return {
            httpStatus,
            responseBody: Buffer.concat(chunks).toString("utf8"),
            failure: { cause: "too_large", reason: `answer exceeds ${MAX_RESPONSE_BODY_BYTES} bytes` },
          };
        }
        size += chunk.length;
        chunks.push(chunk);
      }
      const responseBody =
        chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks, size).toString("utf8");
      return { httpStatus, responseBody };
    } catch (error) {
      const failure: ExchangeFailure = controller.signal.aborted
        ? { cause: "timeout", reason: `no answer within ${request.timeoutMs} ms` }
        : { cause: "network", reason: networkReason(error) };
      return httpStatus === undefined ? { failure } : { httpStatus, failure };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const pools = [...this.#pools.values()];
    this.#pools.clear();
    await Promise.all(pools.map((pool) => pool.close()));
  }

  /** Pools are kept per origin and guard: a sandbox pool that may reach loopback never serves live. */
  #pool(origin: string, publicOnly: boolean): Pool {
    const key = `${publicOnly ? "public" : "any"} ${origin}`;
    const existing = this.#pools.get(key);
    if (existing !== undefined) {
      // Map order is recency order: move to the end.
      this.#pools.delete(key);
      this.#pools.set(key, existing);
      return existing;
    }
    const pool = new Pool(origin, {
      connections: MAX_CONNECTIONS_PER_ORIGIN,
      // One request per socket at a time: a hung answer must not hold up the calls behind it.
      pipelining: 1,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      headersTimeout: TRANSPORT_BACKSTOP_TIMEOUT_MS,
      bodyTimeout: TRANSPORT_BACKSTOP_TIMEOUT_MS,
      connect: {
        timeout: TRANSPORT_BACKSTOP_TIMEOUT_MS,
        ...(publicOnly ? { lookup: publicOnlyLookup } : {}),
      },
    });
    this.#pools.set(key, pool);
    if (this.#pools.size > MAX_POOLS) {
      const [oldestOrigin, oldest] = this.#pools.entries().next().value!;
      this.#pools.delete(oldestOrigin);
      void oldest.close().catch(() => undefined);
    }
    return pool;
  }
}

function networkReason(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === "string") return `network error ${code}`;
    if (typeof message === "string") return `network error: ${message}`;
  }
  return "network error";
}
