import { backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { BACKOFFICE_PERMISSIONS, mayCall, permissionKey } from "./permissions.ts";
import { roleOf } from "./roles.ts";
import type { TeamRole } from "./tables.ts";

declare module "fastify" {
  interface FastifyRequest {
    teamRole: TeamRole | null;
  }
}

/**
 * Every authenticated backoffice route checks the caller's role against BACKOFFICE_PERMISSIONS
 * (after the session hook). Registered before the routes: a route added without a rule stops
 * the app from starting, so nothing is reachable by default.
 */
export function installRoleCheck(app: TypedFastify, ctx: AppContext): void {
  app.decorateRequest("teamRole", null);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === "HEAD" || route.url === undefined) continue;
      const key = permissionKey(method, route.url);
      if (BACKOFFICE_PERMISSIONS[key] === undefined)
        throw new Error(`backoffice route ${key} has no rule in accounts/permissions.ts`);
    }
  });
  app.addHook("onRequest", async (request) => {
    const role = await roleOf(ctx.deps, backofficeCallerOf(request).userId);
    request.teamRole = role;
    if (!mayCall(role, request.method, request.routeOptions.url ?? ""))
      throw backofficeProblem("FORBIDDEN", `Your role (${role}) may not do this; ask an owner of your team.`);
  });
}
