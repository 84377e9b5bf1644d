import type { FastifyReply, FastifyRequest } from "fastify";
import { findSession, type Session } from "../auth/sessions.ts";
import { bearerToken } from "../auth/tokens.ts";
import type { SessionRealm } from "../auth/tables.ts";
import type { ServiceDeps } from "../deps.ts";
import type { FailureLimiter } from "./failure-limiter.ts";
import type { AppContext } from "./types.ts";
import { commonProblems } from "./common-problems.ts";
import { problemFactory } from "./problem.ts";

const problem = problemFactory(commonProblems);

/**
 * The bearer-session check shared by the backoffice and admin hooks: a live session of this
 * realm, or 401. Returns the session and the token (for logout).
 */
export async function requireSession(
  deps: Pick<ServiceDeps, "db" | "clock">,
  ctx: Pick<AppContext, "metrics">,
  realm: SessionRealm,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<{ session: Session; token: string }> {
  const token = bearerToken(request.headers.authorization);
  const session = token === undefined ? undefined : await findSession(deps, realm, token);
  if (token === undefined || session === undefined) {
    ctx.metrics.authFailures.inc({ surface: realm });
    reply.header("www-authenticate", `Bearer realm="croupier-${realm}"`);
    throw problem(
      "UNAUTHORIZED",
      token === undefined
        ? "Sign in and send the session token as `Authorization: Bearer …`."
        : "The session is unknown or expired; sign in again.",
    );
  }
  return { session, token };
}

/**
 * Login throttling by client IP: past the failure limit, answer 429 without checking the
 * password (so guessing is slow), and count each failure. Each surface with a sign-in has its
 * own counter (src/surfaces/).
 */
export function loginThrottle(failures: FailureLimiter) {
  return {
    check(request: FastifyRequest, reply: FastifyReply): void {
      const waitSeconds = failures.blockedFor(request.ip);
      if (waitSeconds !== undefined) {
        reply.header("retry-after", String(waitSeconds));
        throw problem("RATE_LIMITED", `Too many failed sign-ins; retry in ${waitSeconds} s.`);
      }
    },
    failed(request: FastifyRequest): void {
      failures.recordFailure(request.ip);
    },
  };
}
