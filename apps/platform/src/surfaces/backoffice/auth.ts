import { requireSession } from "../../http/session-auth.ts";
import type { AppContext, TypedFastify } from "../../http/types.ts";
import { getOperatorUser } from "../../operators/operator-users.ts";
import { backofficeProblem } from "./problems.ts";

/**
 * The backoffice auth hook. The operator comes from the session's user, never from the
 * request: no backoffice route takes an operator id, so one operator cannot name another's.
 * Route files read the user with `backofficeCallerOf` / `backofficeActorOf` (http/callers.ts).
 */
export function installBackofficeAuth(app: TypedFastify, ctx: AppContext): void {
  app.decorateRequest("backofficeCaller", null);
  app.addHook("onRequest", async (request, reply) => {
    const { session, token } = await requireSession(ctx.deps, ctx, "backoffice", request, reply);
    const user = await getOperatorUser(ctx.deps, session.subjectId);
    if (user === undefined) throw backofficeProblem("UNAUTHORIZED", "This user no longer exists.");
    request.backofficeCaller = { userId: user.id, operatorId: user.operatorId, email: user.email, token };
  });
}
