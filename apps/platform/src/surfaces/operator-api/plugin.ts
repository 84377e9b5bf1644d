import { roundReplayOperatorRoutes } from "../../builtin-studio/operator-replay-routes.ts";
import { bearerToken, sha256Hex } from "../../auth/tokens.ts";
import { operatorApiBillingRoutes } from "../../billing/index.ts";
import { catalogueOperatorApiRoutes } from "../../catalogue/index.ts";
import { operatorApiConformanceRunRoutes } from "../../conformance-runs/operator-api-routes.ts";
import { historyRoutes } from "../../history/operator-api-routes.ts";
import { createFailureLimiter } from "../../http/failure-limiter.ts";
import type { AppContext, RouteFile, TypedFastify } from "../../http/types.ts";
import { meRoutes } from "../../operators/operator-api-routes.ts";
import { sessionOperatorApiRoutes } from "../../sessions/operator-api-routes.ts";
import { enterSurface } from "../surface.ts";
import { installApiAuth } from "./auth.ts";

/**
 * Every route file of the operator REST API. All of them run behind this surface's request
 * limit and credential hook. To add a domain's routes: write `src/<domain>/operator-api-routes.ts`
 * exporting a `RouteFile`, use `apiCallerOf(request)` (http/callers.ts) for the operator and
 * environment, `requireLaunchAllowed` as preHandler on anything that starts play, add the
 * domain's codes to `operatorApiProblems` (problems.ts), and list it here. The order is the
 * order of the OpenAPI document (and of methods under one path: `GET /v1/sessions` before `POST`).
 */
export const operatorApiRouteFiles: readonly RouteFile[] = [
  meRoutes,
  operatorApiConformanceRunRoutes,
  historyRoutes,
  catalogueOperatorApiRoutes,
  sessionOperatorApiRoutes,
  roundReplayOperatorRoutes,
  operatorApiBillingRoutes,
];

/**
 * The operator REST API, mounted at `/v1`: one context holding every /v1 route, behind one
 * request limit per credential and one auth hook, answering from one catalogue (problems.ts).
 */
export async function operatorApiSurface(app: TypedFastify, options: { ctx: AppContext }): Promise<void> {
  const { ctx } = options;
  enterSurface(app, "operatorApi");
  // Before authentication, so a flood of bad credentials is cut off too. One bucket per
  // credential (a digest of the header, never the secret itself), per client IP without one.
  app.addHook(
    "onRequest",
    app.rateLimit({
      max: ctx.limits.apiRequestsPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => {
        const token = bearerToken(request.headers.authorization);
        return token === undefined ? `ip:${request.ip}` : `key:${sha256Hex(token)}`;
      },
    }),
  );
  const failures = createFailureLimiter({
    maxFailures: ctx.limits.apiAuthFailures.max,
    windowMs: ctx.limits.apiAuthFailures.windowMs,
    clock: ctx.deps.clock,
  });
  installApiAuth(app, ctx, failures);
  for (const addRoutes of operatorApiRouteFiles) addRoutes(app, ctx);
}
