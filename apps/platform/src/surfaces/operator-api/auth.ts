import { bearerToken } from "../../auth/tokens.ts";
import type { FailureLimiter } from "../../http/failure-limiter.ts";
import type { AppContext, TypedFastify } from "../../http/types.ts";
import { authenticateCredential, credentialIdOfToken } from "../../operators/credentials.ts";
import { operatorApiProblem } from "./problems.ts";

/**
 * The /v1 auth hook. The credential alone decides operator and environment (`apiCallerOf`);
 * nothing in the path or body can widen it. Suspended operators pass (they may read); launches
 * check `requireLaunchAllowed`.
 *
 * A valid credential always passes: it is checked first, so no one else's failures (from the same
 * IP, or guesses at this credential's id) can lock its operator out. Failures are counted per
 * credential id parsed from the token, and per client IP only for a missing or unparsable token;
 * past the limit a failure is answered 429 instead of 401. The secret is 256 random bits, so the
 * limit is there to stop hammering, not guessing.
 */
export function installApiAuth(app: TypedFastify, ctx: AppContext, failures: FailureLimiter): void {
  app.decorateRequest("apiCaller", null);
  app.addHook("onRequest", async (request, reply) => {
    const token = bearerToken(request.headers.authorization);
    const caller = token === undefined ? undefined : await authenticateCredential(ctx.deps, token);
    if (caller === undefined) {
      const credentialId = token === undefined ? undefined : credentialIdOfToken(token);
      const key = credentialId === undefined ? `ip:${request.ip}` : `credential:${credentialId}`;
      const waitSeconds = failures.blockedFor(key);
      if (waitSeconds !== undefined) {
        reply.header("retry-after", String(waitSeconds));
        throw operatorApiProblem(
          "RATE_LIMITED",
          `Too many failed authentications; retry in ${waitSeconds} s.`,
        );
      }
      failures.recordFailure(key);
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
