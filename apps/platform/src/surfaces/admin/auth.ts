import { getAdmin } from "../../admin/admins.ts";
import { requireSession } from "../../http/session-auth.ts";
import type { AppContext, TypedFastify } from "../../http/types.ts";
import { adminProblem } from "./problems.ts";

/**
 * The admin auth hook: a live admin session, else 401. A backoffice token never passes. Route
 * files read the admin with `adminCallerOf` / `adminActorOf` (http/callers.ts).
 */
export function installAdminAuth(app: TypedFastify, ctx: AppContext): void {
  app.decorateRequest("adminCaller", null);
  app.addHook("onRequest", async (request, reply) => {
    const { session, token } = await requireSession(ctx.deps, ctx, "admin", request, reply);
    const admin = await getAdmin(ctx.deps, session.subjectId);
    if (admin === undefined) throw adminProblem("UNAUTHORIZED", "This admin no longer exists.");
    request.adminCaller = { adminId: admin.id, email: admin.email, token };
  });
}
