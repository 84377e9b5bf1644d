import type { FastifyRequest } from "fastify";
import { requireSession } from "../http/session-auth.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { getOperatorUser } from "../operators/operator-users.ts";
import { backofficeProblem } from "./problems.ts";

/** The signed-in operator user. `operatorId` scopes every backoffice query. */
export interface BackofficeCaller {
  readonly userId: string;
  readonly operatorId: string;
  readonly email: string;
  readonly token: string;
}

declare module "fastify" {
  interface FastifyRequest {
    backofficeCaller: BackofficeCaller | null;
  }
}

/**
 * The backoffice auth hook. The operator comes from the session's user, never from the
 * request: no backoffice route takes an operator id, so one operator cannot name another's.
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

export function backofficeCallerOf(request: FastifyRequest): BackofficeCaller {
  if (request.backofficeCaller === null)
    throw new Error("backofficeCallerOf used outside the authenticated backoffice");
  return request.backofficeCaller;
}

/** The audit actor for a backoffice action. */
export function actorOf(request: FastifyRequest) {
  return { kind: "operator_user" as const, id: backofficeCallerOf(request).userId };
}
