import { bearerToken, sha256Hex } from "../auth/tokens.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { installApiAuth } from "./auth.ts";
import { operatorApiRouteFiles } from "./routes.ts";

/** The operator REST API, its own encapsulated context with its own auth hook. Mounted at `/v1`. */
export async function operatorApiPlugin(app: TypedFastify, options: { ctx: AppContext }): Promise<void> {
  // Before authentication, so a flood of bad credentials is cut off too. One bucket per
  // credential (a digest of the header, never the secret itself), per client IP without one.
  app.addHook(
    "onRequest",
    app.rateLimit({
      max: options.ctx.limits.apiRequestsPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => {
        const token = bearerToken(request.headers.authorization);
        return token === undefined ? `ip:${request.ip}` : `key:${sha256Hex(token)}`;
      },
    }),
  );
  installApiAuth(app, options.ctx);
  for (const addRoutes of operatorApiRouteFiles) addRoutes(app, options.ctx);
}
