import { OperatorIdParams } from "../admin/schema.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { evaluateGoLive } from "./readiness.ts";
import { GoLiveReadinessSchema } from "./schema.ts";

/**
 * Staff's view of an operator's go-live gate. The action itself stays
 * `POST /admin/operators/:operatorId/go-live` (admin/operator-routes.ts), which the gate guards.
 */
export const adminGoLiveRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/operators/:operatorId/go-live",
    {
      schema: {
        tags: ["admin"],
        security: [{ adminSession: [] }],
        summary: "Go-live readiness of an operator: each condition, met or not, and why",
        params: OperatorIdParams,
        response: withProblems({ 200: GoLiveReadinessSchema }),
      },
    },
    async (request) => {
      const result = await evaluateGoLive(ctx.deps, request.params.operatorId);
      if (!result.ok) throw adminProblem.from(result);
      return result.readiness;
    },
  );
};
