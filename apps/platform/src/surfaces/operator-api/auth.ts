import { bearerToken } from "../../auth/tokens.ts";
import type { FailureLimiter } from "../../http/failure-limiter.ts";
import type { AppContext, TypedFastify } from "../../http/types.ts";
import { authenticateCredential } from "../../operators/credentials.ts";
import { operatorApiProblem } from "./problems.ts";

/**
 * The /v1 auth hook. The credential alone decides operator and environment (`apiCallerOf`);
 * nothing in the path or body can widen it. Failures are counted per client IP and, past the
 * limit, answered 429 before the token is even looked at. Suspended operators pass (they may
 * read); launches check `requireLaunchAllowed`.
 */
export function installApiAuth(app: TypedFastify, ctx: AppContext, failures: FailureLimiter): void {
  app.decorateRequest("apiCaller", null);
  app.addHook("onRequest", async (request, reply) => {
    const waitSeconds = failures.blockedFor(request.ip);
    if (waitSeconds !== undefined) {
      reply.header("retry-after", String(waitSeconds));
      throw operatorApiProblem("RATE_LIMITED", `Too many failed authentications; retry in ${waitSeconds} s.`);
    }
    const token = bearerToken(request.headers.authorization);
    const caller = token === undefined ? undefined : await authenticateCredential(ctx.deps, token);
    if (caller === undefined) {
      failures.recordFailure(request.ip);
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
