import { backofficeActorOf, backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { requestGoLive } from "./go-live.ts";
import { evaluateGoLive } from "./readiness.ts";
import { GoLiveReadinessSchema } from "./schema.ts";

const tags = ["backoffice"];
const security = [{ backofficeSession: [] }];

/** The operator's view of the go-live gate, and its request to go live. */
export const backofficeGoLiveRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/go-live",
    {
      schema: {
        tags,
        security,
        summary: "Go-live readiness: each condition, met or not, and why",
        response: withProblems({ 200: GoLiveReadinessSchema }),
      },
    },
    async (request) => {
      const result = await evaluateGoLive(ctx.deps, backofficeCallerOf(request).operatorId);
      if (!result.ok) throw backofficeProblem.from(result);
      return result.readiness;
    },
  );

  app.post(
    "/go-live/request",
    {
      schema: {
        tags,
        security,
        summary:
          "Ask Croupier to go live (every condition must be met; refused with GO_LIVE_CONDITIONS_NOT_MET listing the missing ones)",
        response: withProblems({ 202: GoLiveReadinessSchema }),
      },
    },
    async (request, reply) => {
      const result = await requestGoLive(ctx.deps, {
        operatorId: backofficeCallerOf(request).operatorId,
        actor: backofficeActorOf(request),
      });
      if (!result.ok) throw backofficeProblem.from(result);
      reply.code(202);
      return result.readiness;
    },
  );
};
