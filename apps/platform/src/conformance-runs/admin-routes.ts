import { Type } from "typebox";
import { OperatorIdParams } from "../admin/schema.ts";
import { EnvironmentSchema, withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { PageQuery } from "../pagination/cursor.ts";
import { listRuns, runReadRoutes, RunPageSchema } from "./run-routes.ts";
import { RunStatusSchema } from "./schema.ts";

const tags = ["admin"];
const security = [{ adminSession: [] }];

/** Staff read an operator's conformance runs and reports: the evidence behind a go-live. */
export const adminConformanceRunRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/operators/:operatorId/conformance-runs",
    {
      schema: {
        tags,
        security,
        summary: "An operator's conformance runs, newest first",
        params: OperatorIdParams,
        querystring: Type.Object(
          {
            environment: Type.Optional(EnvironmentSchema),
            status: Type.Optional(RunStatusSchema),
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
        response: withProblems({ 200: RunPageSchema }),
      },
    },
    async (request) =>
      listRuns(
        ctx.deps,
        { operatorId: request.params.operatorId, environment: request.query.environment },
        request.query,
      ),
  );

  runReadRoutes(app, ctx.deps, {
    tags,
    security,
    path: "/operators/:operatorId/conformance-runs/:runId",
    params: Type.Object({
      operatorId: Type.String({ minLength: 1, maxLength: 64 }),
      runId: Type.String({ minLength: 1, maxLength: 64 }),
    }),
    scopeOf: (request) => ({ operatorId: (request.params as { operatorId: string }).operatorId }),
  });
};
