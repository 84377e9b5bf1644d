import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { problem, sendProblem } from "../http/problems.ts";

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/**
 * An onRequest hook that admits only `Authorization: Bearer <token>`. Both sides are hashed
 * first so the compare is constant-time even when lengths differ (timingSafeEqual alone
 * throws on unequal lengths, which would leak the token's length).
 *
 * @example
 * instance.addHook("onRequest", bearerAuth(() => "s3cret-admin-token"));
 */
export function bearerAuth(token: () => string) {
  return async function checkBearer(request: FastifyRequest, reply: FastifyReply) {
    const header = request.headers.authorization;
    const match = header === undefined ? null : /^Bearer +(\S+) *$/i.exec(header);
    const presented = match?.[1];
    if (presented !== undefined && timingSafeEqual(digest(presented), digest(token()))) return;
    reply.header("www-authenticate", 'Bearer realm="reference-wallet-admin"');
    return sendProblem(
      reply,
      problem(
        "UNAUTHORIZED",
        header === undefined
          ? "Send the admin token as `Authorization: Bearer <ADMIN_TOKEN>`."
          : "The admin token is wrong or the Authorization header is not `Bearer <token>`.",
      ),
    );
  };
}
