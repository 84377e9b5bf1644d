import { withProblems } from "../http/schemas.ts";
import { signOutRoute } from "../http/sign-in-routes.ts";
import type { RouteFile } from "../http/types.ts";
import { getOperatorUser } from "../operators/operator-users.ts";
import { getOperator } from "../operators/operators.ts";
import { canLaunchGames } from "../operators/status.ts";
import { backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { MeResponse } from "./schema.ts";

const security = [{ backofficeSession: [] }];

/** Who am I (user, operator profile and status) and sign-out. */
export const sessionRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/me",
    {
      schema: {
        tags: ["backoffice"],
        summary: "The signed-in user and their operator's profile and status",
        security,
        response: withProblems({ 200: MeResponse }),
      },
    },
    async (request) => {
      const caller = backofficeCallerOf(request);
      const [user, operator] = await Promise.all([
        getOperatorUser(ctx.deps, caller.userId),
        getOperator(ctx.deps, caller.operatorId),
      ]);
      if (user === undefined || operator === undefined) {
        throw backofficeProblem("UNAUTHORIZED", "This user or operator no longer exists.");
      }
      return {
        user,
        operator,
        canLaunchGames: {
          sandbox: canLaunchGames(operator, "sandbox"),
          live: canLaunchGames(operator, "live"),
        },
      };
    },
  );

  signOutRoute(app, ctx, {
    tag: "backoffice",
    security,
    tokenOf: (request) => backofficeCallerOf(request).token,
  });
};
