import { backofficeCallerOf } from "../http/callers.ts";
import { EnvironmentParams } from "../backoffice/schema.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { listRuns, runReadRoutes, RunPageSchema, startRunAndReply } from "./run-routes.ts";
import { runnerFor } from "./runner.ts";
import { RunListQuery, RunSchema, StartRunBody } from "./schema.ts";

const tags = ["backoffice"];
const security = [{ backofficeSession: [] }];

/**
 * Conformance runs in the backoffice: start one against an environment's callback URL, follow
 * it, list them, download the reports. Scoped to the session's operator.
 */
export const backofficeConformanceRunRoutes: RouteFile = (app, ctx) => {
  const runner = runnerFor(app, ctx);
  app.post(
    "/environments/:environment/conformance-runs",
    {
      schema: {
        tags,
        security,
        summary:
          "Start a conformance run against the environment's callback URL with its active salt (202; runs in the background)",
        params: EnvironmentParams,
        body: StartRunBody,
        response: withProblems({ 202: RunSchema }),
      },
    },
    async (request, reply) => {
      const caller = backofficeCallerOf(request);
      return startRunAndReply(
        runner,
        ctx,
        reply,
        {
          operatorId: caller.operatorId,
          environment: request.params.environment,
          ...request.body,
          startedBy: { kind: "operator_user", id: caller.userId },
        },
        (runId) => `${request.url.split("/environments/")[0]}/conformance-runs/${runId}`,
      );
    },
  );

  app.get(
    "/environments/:environment/conformance-runs",
    {
      schema: {
        tags,
        security,
        summary: "Conformance runs of an environment, newest first",
        params: EnvironmentParams,
        querystring: RunListQuery,
        response: withProblems({ 200: RunPageSchema }),
      },
    },
    async (request) =>
      listRuns(
        ctx.deps,
        { operatorId: backofficeCallerOf(request).operatorId, environment: request.params.environment },
        request.query,
      ),
  );

  runReadRoutes(app, ctx.deps, {
    tags,
    security,
    path: "/conformance-runs/:runId",
    scopeOf: (request) => ({ operatorId: backofficeCallerOf(request).operatorId }),
  });
};
