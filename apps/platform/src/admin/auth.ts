import type { FastifyRequest } from "fastify";
import type { AuditActor } from "../audit/audit-log.ts";
import { requireSession } from "../http/session-auth.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { getAdmin } from "./admins.ts";
import { adminProblem } from "./problems.ts";

export interface AdminCaller {
  readonly adminId: string;
  readonly email: string;
  readonly token: string;
}

declare module "fastify" {
  interface FastifyRequest {
    adminCaller: AdminCaller | null;
  }
}

/** The admin auth hook: a live admin session, else 401. A backoffice token never passes. */
export function installAdminAuth(app: TypedFastify, ctx: AppContext): void {
  app.decorateRequest("adminCaller", null);
  app.addHook("onRequest", async (request, reply) => {
    const { session, token } = await requireSession(ctx.deps, ctx, "admin", request, reply);
    const admin = await getAdmin(ctx.deps, session.subjectId);
    if (admin === undefined) throw adminProblem("UNAUTHORIZED", "This admin no longer exists.");
    request.adminCaller = { adminId: admin.id, email: admin.email, token };
  });
}

export function adminCallerOf(request: FastifyRequest): AdminCaller {
  if (request.adminCaller === null)
    throw new Error("adminCallerOf used outside the authenticated admin scope");
  return request.adminCaller;
}

/** The audit actor for an admin action. */
export function adminActorOf(request: FastifyRequest): AuditActor {
  return { kind: "admin", id: adminCallerOf(request).adminId };
}
