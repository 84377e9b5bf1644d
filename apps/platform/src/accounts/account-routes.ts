import { backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { roleOf } from "./roles.ts";
import { AccountSchema } from "./schema.ts";
import { accountSecurityRoutes, type SecuritySurface } from "./security-routes.ts";
import { secondFactorSummary } from "./security-summary.ts";

/** How the shared account security routes read the backoffice's caller. */
export const backofficeSecurity: SecuritySurface = {
  realm: "backoffice",
  tag: "backoffice",
  security: [{ backofficeSession: [] }],
  callerOf: (request) => {
    const caller = backofficeCallerOf(request);
    return {
      realm: "backoffice",
      subjectId: caller.userId,
      operatorId: caller.operatorId,
      email: caller.email,
      token: caller.token,
    };
  },
  problem: (code, message) => backofficeProblem(code, message),
};

/**
 * The signed-in operator user's own account: role and second factor, and the security routes
 * shared with admins (security-routes.ts).
 */
export const accountRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/account",
    {
      schema: {
        tags: ["backoffice"],
        security: [{ backofficeSession: [] }],
        summary: "Your account: role and second factor",
        response: withProblems({ 200: AccountSchema }),
      },
    },
    async (request) => {
      const who = backofficeSecurity.callerOf(request);
      return {
        userId: who.subjectId,
        email: who.email,
        role: await roleOf(ctx.deps, who.subjectId),
        secondFactor: await secondFactorSummary(ctx.deps, who),
      };
    },
  );
  accountSecurityRoutes(app, ctx, backofficeSecurity);
};
