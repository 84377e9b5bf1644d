import type { FastifyReply, FastifyRequest } from "fastify";
import { bearerToken } from "../auth/tokens.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { authenticateCredential, type ApiCaller } from "../operators/credentials.ts";
import { canLaunchGames } from "../operators/status.ts";
import { operatorApiProblem } from "./problems.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the /v1 auth hook: which operator and environment the API credential stands for. */
    apiCaller: ApiCaller | null;
  }
}

/**
 * The /v1 auth hook. The credential alone decides operator and environment; nothing in the
 * path or body can widen it. Failures are counted per client IP and, past the limit, answered
 * 429 before the token is even looked at. Suspended operators pass (they may read); launches
 * check `requireLaunchAllowed`.
 */
export function installApiAuth(app: TypedFastify, ctx: AppContext): void {
  app.decorateRequest("apiCaller", null);
  app.addHook("onRequest", async (request, reply) => {
    const waitSeconds = ctx.apiAuthFailures.blockedFor(request.ip);
    if (waitSeconds !== undefined) {
      reply.header("retry-after", String(waitSeconds));
      throw operatorApiProblem("RATE_LIMITED", `Too many failed authentications; retry in ${waitSeconds} s.`);
    }
    const token = bearerToken(request.headers.authorization);
    const caller = token === undefined ? undefined : await authenticateCredential(ctx.deps, token);
    if (caller === undefined) {
      ctx.apiAuthFailures.recordFailure(request.ip);
      ctx.metrics.authFailures.inc({ surface: "operator_api" });
      reply.header("www-authenticate", 'Bearer realm="croupier-api"');
      throw operatorApiProblem(
        "UNAUTHORIZED",
        token === undefined
          ? "Send an API credential as `Authorization: Bearer crp_<environment>_…`."
          : "The API credential is unknown, revoked or malformed.",
      );
    }
    request.apiCaller = caller;
  });
}

/** The authenticated caller; only inside the /v1 scope (a programming error elsewhere). */
export function apiCallerOf(request: FastifyRequest): ApiCaller {
  if (request.apiCaller === null) throw new Error("apiCallerOf used outside the authenticated /v1 scope");
  return request.apiCaller;
}

/**
 * preHandler for routes that start something new (game launch, new session): refuses
 * suspended operators, and sandbox-only operators on live credentials.
 *
 * @example
 * app.post("/games/:id/launch", { preHandler: requireLaunchAllowed, schema }, handler);
 */
export async function requireLaunchAllowed(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const caller = apiCallerOf(request);
  if (!canLaunchGames({ status: caller.operatorStatus }, caller.environment)) {
    throw operatorApiProblem(
      "LAUNCH_NOT_ALLOWED",
      caller.operatorStatus === "suspended"
        ? "The operator is suspended: no new game launches. Open rounds still settle."
        : `The operator is ${caller.operatorStatus}: no launches in ${caller.environment}.`,
    );
  }
}
