import type { FastifyReply, FastifyRequest } from "fastify";
import { findSession, type Session } from "../auth/sessions.ts";
import { bearerToken } from "../auth/tokens.ts";
import type { SessionRealm } from "../auth/tables.ts";
import type { ServiceDeps } from "../deps.ts";
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
