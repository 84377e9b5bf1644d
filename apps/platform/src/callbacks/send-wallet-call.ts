import {
  encodeGameHubQuery,
  parseGameHubResponse,
  parseWalletResponse,
  signCall,
  type ResponseOutcome,
  type UnsignedWalletRequest,
} from "@croupier/protocol";
import type { CallOutcome, NotSent } from "./call-outcome.ts";
import { labelsOf, outcomeCode } from "./callback-metrics.ts";
import type { CallbackClient } from "./callback-client.ts";
import { endpointSettings } from "./endpoint-settings.ts";
import type { WalletEndpoint } from "./wallet-endpoint.ts";

/** One attempt of a wallet call, as sent and as answered. */
export interface WalletCallResult {
  readonly method: "POST" | "GET";
  /** The URL called; for the GameHub profile it carries the whole call in its query. */
  readonly url: string;
  /** The exact JSON body sent (native profile). */
  readonly requestBody?: string;
  /** What the outbox records as the request: the body (native) or the URL (GameHub). Empty when not sent. */
  readonly request: string;
  readonly httpStatus?: number;
  /** The answer, at most MAX_RESPONSE_BODY_BYTES of it. */
  readonly responseBody?: string;
  /** From handing the request to the socket pool to the end of the answer; 0 when not sent. */
  readonly latencyMicros: number;
  /** Our clock when the attempt was signed. */
  readonly sentAtMs: number;
  readonly outcome: CallOutcome;
}

export interface SendOptions {
  /**
   * Ignore the circuit breaker and the concurrency limit and leave the circuit untouched: for an
   * operator's "send a test call", which must reach the wallet even while its circuit is open.
   */
  readonly bypassLimits?: boolean;
}

/**
 * Sends ONE attempt of a wallet call, signed now (fresh `timestamp` and `key`), in the
 * endpoint's profile (native JSON POST or GameHub GET), and reads the answer. Never throws:
 * transport failures, timeouts (`endpoint.timeoutMs`, connect + headers + body), redirects,
 * oversize and malformed answers are `unknown` outcomes; an open circuit or a full queue is
 * `not_sent`. It does not retry and does not record: the outbox does both.
 *
 * @example
 * const result = await sendWalletCall(endpoint, { action: "balance", call_id: "c1", player_id: "p1",
 *   session_id: "s1", currency: "EUR", game_id: "g1" }, { client });
 * if (result.outcome.kind === "ok") console.log(result.outcome.balance);
 */
export async function sendWalletCall(
  endpoint: WalletEndpoint,
  unsigned: UnsignedWalletRequest,
  deps: { readonly client: CallbackClient },
  options: SendOptions = {},
): Promise<WalletCallResult> {
  const { client } = deps;
  const settings = endpointSettings(endpoint);
  const channel = client.channel(endpoint);
  const labels = labelsOf(endpoint.operatorId, endpoint.environment, unsigned.action);
  const limited = options.bypassLimits !== true;

  let url: URL;
  try {
    url = new URL(endpoint.callbackUrl);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError("not http(s)");
  } catch {
    return notSent(client, labels, endpoint, {
      kind: "not_sent",
      cause: "no_endpoint",
      reason: "the callback URL is not a valid http(s) URL",
    });
  }

  let trial = false;
  if (limited) {
    const permit = channel.breaker.permit(client.clock(), settings.breaker);
    if (!permit.allowed) {
      return notSent(client, labels, endpoint, {
        kind: "not_sent",
        cause: "circuit_open",
        reason: "circuit open: the operator's recent calls had no usable answer",
        retryAtMs: permit.retryAtMs,
      });
    }
    trial = permit.trial;
    let granted = channel.limit.acquire(
      settings.maxConcurrency,
      client.maxQueuedPerOperator,
      settings.timeoutMs,
    );
    if (granted !== true && granted !== false) granted = await granted;
    if (!granted) {
      if (trial) channel.breaker.cancelTrial();
      const full = channel.limit.queued >= client.maxQueuedPerOperator;
      return notSent(client, labels, endpoint, {
        kind: "not_sent",
        cause: full ? "queue_full" : "queue_timeout",
        reason: full
          ? "too many calls waiting for this operator"
          : `no free slot for this operator within ${settings.timeoutMs} ms`,
      });
    }
  }

  try {
    const sentAtMs = client.clock();
    const signed = signCall(unsigned, endpoint.signingSalt, sentAtMs);
    const native = endpoint.profile !== "gamehub";
    if (!native) {
      for (const [name, value] of encodeGameHubQuery(signed.request)) url.searchParams.append(name, value);
    }
    const started = process.hrtime.bigint();
    const exchange = await client.transport.exchange({
      url,
      method: native ? "POST" : "GET",
      headers: native ? signed.headers : { accept: "application/json" },
      ...(native ? { body: signed.body } : {}),
      timeoutMs: settings.timeoutMs,
      environment: endpoint.environment,
    });
    const latencyMicros = Number((process.hrtime.bigint() - started) / 1000n);
    const outcome: ResponseOutcome =
      exchange.failure !== undefined
        ? { kind: "unknown", ...exchange.failure }
        : native
          ? parseWalletResponse(exchange.httpStatus ?? 0, exchange.responseBody ?? "")
          : parseGameHubResponse(exchange.httpStatus ?? 0, exchange.responseBody ?? "");

    if (limited) {
      const before = channel.breaker.isOpen();
      channel.breaker.record(
        outcome.kind === "unknown" ? "unknown" : "answered",
        trial,
        client.clock(),
        settings.breaker,
      );
      const after = channel.breaker.isOpen();
      if (before !== after) {
        client.metrics.circuitOpen.set(
          { operator_id: endpoint.operatorId, environment: endpoint.environment },
          after ? 1 : 0,
        );
        if (after)
          channel.logger.warn(
            { call_id: unsigned.call_id },
            "wallet circuit opened: calls to this operator are paused",
          );
        else channel.logger.info("wallet circuit closed: the operator answers again");
      }
    }
    client.metrics.latency.observe(labels, latencyMicros / 1e6);
    client.metrics.outcomes.inc({ ...labels, outcome: outcome.kind, code: outcomeCode(outcome) });
    if (
      outcome.kind === "refused" &&
      (outcome.code === "TIMESTAMP_EXPIRED" || outcome.code === "INVALID_KEY")
    ) {
      client.metrics.authRefusals.inc({ ...labels, code: outcome.code });
      channel.logger.error(
        { call_id: unsigned.call_id, round_id: roundIdOf(unsigned), code: outcome.code },
        "operator refused our signature or timestamp: check clock skew and salt keys",
      );
    } else if (outcome.kind === "unknown") {
      channel.logger.warn(
        {
          call_id: unsigned.call_id,
          round_id: roundIdOf(unsigned),
          action: unsigned.action,
          cause: outcome.cause,
          reason: outcome.reason,
        },
        "wallet call outcome unknown",
      );
    }
    return {
      method: native ? "POST" : "GET",
      url: url.href,
      ...(native ? { requestBody: signed.body } : {}),
      request: native ? signed.body : url.href,
      ...(exchange.httpStatus === undefined ? {} : { httpStatus: exchange.httpStatus }),
      ...(exchange.responseBody === undefined ? {} : { responseBody: exchange.responseBody }),
      latencyMicros,
      sentAtMs,
      outcome,
    };
  } finally {
    if (limited) channel.limit.release(settings.maxConcurrency);
  }
}

function notSent(
  client: CallbackClient,
  labels: Record<"operator_id" | "environment" | "action", string>,
  endpoint: WalletEndpoint,
  outcome: NotSent,
): WalletCallResult {
  client.metrics.outcomes.inc({ ...labels, outcome: "not_sent", code: outcome.cause });
  return {
    method: endpoint.profile === "gamehub" ? "GET" : "POST",
    url: endpoint.callbackUrl,
    request: "",
    latencyMicros: 0,
    sentAtMs: client.clock(),
    outcome,
  };
}

function roundIdOf(unsigned: UnsignedWalletRequest): string | undefined {
  return unsigned.action === "balance" ? undefined : unsigned.round_id;
}
