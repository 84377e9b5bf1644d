import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { apiCallerOf } from "../http/callers.ts";
import { listRuns, runReadRoutes, RunPageSchema, startRunAndReply } from "./run-routes.ts";
import { runnerFor } from "./runner.ts";
import { RunListQuery, RunSchema, StartRunBody } from "./schema.ts";

const tags = ["operator-api"];
const security = [{ apiCredential: [] }];

/**
 * Conformance runs on `/v1`, for an operator's CI: the credential's environment decides which
 * callback URL is tested and which runs are visible.
 */
export const operatorApiConformanceRunRoutes: RouteFile = (app, ctx) => {
  const runner = runnerFor(app, ctx);
  app.post(
    "/conformance-runs",
    {
      schema: {
        tags,
        security,
        summary:
          "Start a conformance run against the callback URL of this credential's environment (202; runs in the background)",
        body: StartRunBody,
        response: withProblems({ 202: RunSchema }),
      },
    },
    async (request, reply) => {
      const caller = apiCallerOf(request);
      return startRunAndReply(
        runner,
        ctx,
        reply,
        {
          operatorId: caller.operatorId,
          environment: caller.environment,
          ...request.body,
          startedBy: { kind: "api_credential", id: caller.credentialId },
        },
        (runId) => `${request.url.split("?")[0]}/${runId}`,
      );
    },
  );

  app.get(
    "/conformance-runs",
    {
      schema: {
        tags,
        security,
        summary: "Conformance runs of this credential's environment, newest first",
        querystring: RunListQuery,
        response: withProblems({ 200: RunPageSchema }),
      },
    },
    async (request) => {
      const caller = apiCallerOf(request);
      return listRuns(
        ctx.deps,
        { operatorId: caller.operatorId, environment: caller.environment },
        request.query,
      );
    },
  );

  runReadRoutes(app, ctx.deps, {
    tags,
    security,
    path: "/conformance-runs/:runId",
    scopeOf: (request) => {
      const caller = apiCallerOf(request);
      return { operatorId: caller.operatorId, environment: caller.environment };
    },
  });
};
