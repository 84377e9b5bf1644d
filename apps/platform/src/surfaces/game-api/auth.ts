import { bearerToken } from "../../auth/tokens.ts";
import { authenticateAccess } from "../../builtin-studio/access.ts";
import { studioProblem } from "../../builtin-studio/problems.ts";
import type { StudioDeps } from "../../builtin-studio/studio-deps.ts";
import type { AppContext, TypedFastify } from "../../http/types.ts";

/**
 * The `/studio/api` access hook: a live client access token (`sca_…`, from the play-token
 * exchange), else 401; route files read it with `studioAccessOf` (http/callers.ts). Answers are
 * per player and never cached.
 */
export function installStudioAccessAuth(app: TypedFastify, ctx: AppContext, deps: StudioDeps): void {
  app.decorateRequest("studioAccess", null);
  app.addHook("onRequest", async (request, reply) => {
    const token = bearerToken(request.headers.authorization);
    const found = token === undefined ? undefined : await authenticateAccess(deps, token);
    if (found === undefined || !found.ok) {
      ctx.metrics.authFailures.inc({ surface: "studio" });
      reply.header("www-authenticate", 'Bearer realm="croupier-studio"');
      throw found === undefined
        ? studioProblem("UNAUTHORIZED", "Send the access token as `Authorization: Bearer sca_…`.")
        : studioProblem.from(found);
    }
    request.studioAccess = found.access;
    reply.header("cache-control", "no-store");
  });
}
