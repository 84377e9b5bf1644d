import { parseStrictJsonObject } from "@croupier/protocol";
import type { FastifyRequest } from "fastify";
import type { FailureLimiter } from "../../http/failure-limiter.ts";
import type { AppContext, TypedFastify } from "../../http/types.ts";
import { gatewayProblem } from "../../provider-gateway/problems.ts";
import { readSignatureHeaders, signatureMatches, timestampFresh } from "../../provider-gateway/signature.ts";

/** Largest gateway request body: a bet is ~200 bytes; nothing legitimate comes near this. */
export const GATEWAY_BODY_LIMIT_BYTES = 16 * 1024;

declare module "fastify" {
  interface FastifyRequest {
    /** The body bytes as received, which the signature covers (gateway routes only). */
    gatewayRawBody: Buffer | null;
  }
}

/** A body that is not one strict JSON object: refused after the signature check, never before. */
class UnreadableBody {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

// Compared against when the key id is unknown, so both paths do the same work.
const DUMMY_SECRET = "gws_no-such-key-0000000000000000000000000000";
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The gateway's auth, in its own context: keeps the raw body (the signature covers its bytes),
 * then before validation checks, in this order: the signature headers, the key and the HMAC
 * (timing-safe, the same work for an unknown key), the timestamp window, the studio's status,
 * and only then whether the body is readable JSON. A request that fails any of these changes
 * nothing and learns nothing about sessions or players.
 *
 * A correctly signed request always passes the failure limit: bad signatures are counted per key
 * id named in the headers (per client IP when the headers are missing or malformed), and past
 * the limit a bad one is answered 429 instead of 401, so no one else's failures, from the same
 * IP or naming the same key id, can lock a studio out.
 */
export function installGatewayAuth(
  app: TypedFastify,
  ctx: AppContext,
  options: { readonly failures: FailureLimiter; readonly windowSeconds: number },
): void {
  app.decorateRequest("studioCaller", null);
  app.decorateRequest("gatewayRawBody", null);
  // JSON only: any other media type is refused (415) before the signature is checked, rather than
  // parsed by a default parser and then failing the signature for a body it never saw.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    "application/json",
    { parseAs: "buffer", bodyLimit: GATEWAY_BODY_LIMIT_BYTES },
    (
      request: FastifyRequest,
      body: Buffer | string,
      done: (error: Error | null, value?: unknown) => void,
    ) => {
      const raw = typeof body === "string" ? Buffer.from(body, "utf8") : body;
      request.gatewayRawBody = raw;
      let text: string;
      try {
        text = utf8.decode(raw);
      } catch {
        done(null, new UnreadableBody("the body is not valid UTF-8"));
        return;
      }
      const parsed = parseStrictJsonObject(text);
      if (!parsed.ok) done(null, new UnreadableBody(parsed.message));
      else if (parsed.nonIntegerLiterals.has("amount"))
        done(null, new UnreadableBody("amount must be written as an integer (minor units)"));
      else done(null, parsed.value);
    },
  );

  app.addHook("preValidation", async (request, reply) => {
    const headers = readSignatureHeaders(request.headers);
    const refuse = (message: string) => {
      const key = headers === undefined ? `ip:${request.ip}` : `key:${headers.keyId}`;
      const waitSeconds = options.failures.blockedFor(key);
      if (waitSeconds !== undefined) {
        reply.header("retry-after", String(waitSeconds));
        return gatewayProblem("RATE_LIMITED", `Too many failed authentications; retry in ${waitSeconds} s.`);
      }
      options.failures.recordFailure(key);
      ctx.metrics.authFailures.inc({ surface: "provider_gateway" });
      return gatewayProblem("SIGNATURE_INVALID", message);
    };
    if (headers === undefined) {
      throw refuse(
        "Send X-Croupier-Key-Id, X-Croupier-Timestamp and X-Croupier-Signature: v1=<hex HMAC-SHA256>.",
      );
    }
    const key = await ctx.deps.studioKeys.find(headers.keyId);
    const parts = {
      method: request.method,
      path: request.url,
      timestamp: headers.timestamp,
      body: request.gatewayRawBody ?? Buffer.alloc(0),
    };
    const matches = signatureMatches(key?.secret ?? DUMMY_SECRET, parts, headers.signatureHex);
    if (key === undefined || !matches)
      throw refuse("The signature does not match, or the key is unknown or revoked.");
    if (!timestampFresh(headers.timestamp, ctx.deps.clock(), options.windowSeconds)) {
      throw gatewayProblem(
        "TIMESTAMP_EXPIRED",
        `X-Croupier-Timestamp is more than ${options.windowSeconds} s from our clock (now ${Math.floor(ctx.deps.clock() / 1000)}).`,
      );
    }
    if (key.studioStatus !== "active")
      throw gatewayProblem("STUDIO_DISABLED", "Your studio is disabled on the platform.");
    request.studioCaller = { studioId: key.studioId, keyId: key.keyId };
    if (request.body instanceof UnreadableBody) {
      throw gatewayProblem("MALFORMED_REQUEST", `The body must be one JSON object: ${request.body.reason}.`);
    }
  });
}
