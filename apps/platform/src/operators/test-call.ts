import { performance } from "node:perf_hooks";
import {
  encodeGameHubQuery,
  MAX_RESPONSE_BYTES,
  parseGameHubResponse,
  parseWalletResponse,
  signCall,
  type ResponseOutcome,
} from "@croupier/protocol";
import { Agent, request, type Dispatcher } from "undici";
import {
  isNonPublicIpLiteral,
  privateNetworksAllowed,
  publicOnlyLookup,
  type PrivateNetworkPolicy,
} from "../callbacks/address-policy.ts";
import type { Clock } from "../deps.ts";
import type { WalletCallReport, WalletCallSender } from "./wallet-call-sender.ts";

/** Most of the answer kept for display; the parser still sees up to MAX_RESPONSE_BYTES. */
const DISPLAY_BYTES = 4096;

/**
 * The platform's minimal sender for test and salt-check calls: `signCall` from the protocol,
 * one undici request with a deadline, no redirects (a redirect is an unknown outcome, never
 * followed), the answer read up to MAX_RESPONSE_BYTES and parsed by the protocol's reader.
 * No retries: a test call reports what happened once.
 */
export function createWalletCallSender(options: {
  clock: Clock;
  allowPrivateNetworks: PrivateNetworkPolicy;
}): WalletCallSender {
  const publicOnly: Dispatcher = new Agent({ connect: { lookup: publicOnlyLookup } });

  return async (target, unsigned) => {
    const signed = signCall(unsigned, target.salt, options.clock());
    const gamehub = target.profile === "gamehub";
    const url = new URL(target.callbackUrl);
    if (gamehub) url.search = encodeGameHubQuery(signed.request).toString();
    const sent: WalletCallReport["request"] = gamehub
      ? { method: "GET", url: url.toString(), headers: {}, body: null }
      : { method: "POST", url: url.toString(), headers: { ...signed.headers }, body: signed.body };

    const started = performance.now();
    const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
    const guarded = !privateNetworksAllowed(options.allowPrivateNetworks, target.environment);
    const dispatcher = guarded ? publicOnly : undefined;
    // IP literals skip DNS, so the lookup guard never sees them: check them here.
    if (guarded && isNonPublicIpLiteral(url)) {
      const outcome: ResponseOutcome = {
        kind: "unknown",
        cause: "network",
        reason: "refused: the callback URL points at a non-public address",
      };
      return { request: sent, response: null, outcome, durationMs: elapsed() };
    }
    try {
      const answer = await request(sent.url, {
        method: sent.method,
        headers: sent.headers,
        body: sent.body ?? undefined,
        signal: AbortSignal.timeout(target.timeoutMs),
        ...(dispatcher === undefined ? {} : { dispatcher }),
      });
      const { text, truncated } = await readLimited(answer.body, MAX_RESPONSE_BYTES);
      const durationMs = elapsed();
      const outcome: ResponseOutcome = truncated
        ? { kind: "unknown", cause: "too_large", reason: "body too large" }
        : gamehub
          ? parseGameHubResponse(answer.statusCode, text)
          : parseWalletResponse(answer.statusCode, text);
      const contentType = answer.headers["content-type"];
      return {
        request: sent,
        response: {
          httpStatus: answer.statusCode,
          contentType: typeof contentType === "string" ? contentType : null,
          body: text.slice(0, DISPLAY_BYTES),
          truncated: truncated || text.length > DISPLAY_BYTES,
        },
        outcome,
        durationMs,
      };
    } catch (error) {
      const durationMs = elapsed();
      const timedOut =
        error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      const outcome: ResponseOutcome = timedOut
        ? { kind: "unknown", cause: "timeout", reason: `no answer within ${target.timeoutMs} ms` }
        : { kind: "unknown", cause: "network", reason: `request failed: ${describe(error)}` };
      return { request: sent, response: null, outcome, durationMs };
    }
  };
}

async function readLimited(
  body: AsyncIterable<Buffer>,
  limit: number,
): Promise<{ text: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      chunks.push(chunk.subarray(0, chunk.length - (size - limit)));
      // Stop reading: the rest is not a wallet answer. Breaking the loop destroys the stream.
      return { text: Buffer.concat(chunks).toString("utf8"), truncated: true };
    }
    chunks.push(chunk);
  }
  return { text: Buffer.concat(chunks).toString("utf8"), truncated: false };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? `${code} ${error.message}` : error.message;
}
