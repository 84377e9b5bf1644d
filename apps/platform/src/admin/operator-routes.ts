import { Type } from "typebox";
import { OperatorSchema } from "../backoffice/schema.ts";
import { pageParams } from "../http/page-params.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { getOperator, listOperators } from "../operators/operators.ts";
import { changeOperatorStatus } from "../operators/review.ts";
import type { StatusAction } from "../operators/status.ts";
import { PageOf, PageQuery } from "../pagination/cursor.ts";
import { adminActorOf } from "../http/callers.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { OperatorIdParams, OperatorListQuery, ReasonBody } from "./schema.ts";

const security = [{ adminSession: [] }];

/** Operators and registrations: list, inspect, and the status actions. */
export const adminOperatorRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/operators",
    {
      schema: {
        tags: ["admin"],
        summary: "List operators, newest first; filter by status or search",
        security,
        querystring: OperatorListQuery,
        response: withProblems({ 200: PageOf(OperatorSchema) }),
      },
    },
    async (request) =>
      listOperators(ctx.deps, {
        status: request.query.status,
        search: request.query.search,
        ...pageParams(request.query),
      }),
  );

  app.get(
    "/registrations",
    {
      schema: {
        tags: ["admin"],
        summary: "Registrations waiting for review (operators in `pending`), newest first",
        security,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: withProblems({ 200: PageOf(OperatorSchema) }),
      },
    },
    async (request) => listOperators(ctx.deps, { status: "pending", ...pageParams(request.query) }),
  );

  app.get(
    "/operators/:operatorId",
    {
      schema: {
        tags: ["admin"],
        summary: "One operator",
        security,
        params: OperatorIdParams,
        response: withProblems({ 200: OperatorSchema }),
      },
    },
    async (request) => {
      const operator = await getOperator(ctx.deps, request.params.operatorId);
      if (operator === undefined)
        throw adminProblem("OPERATOR_NOT_FOUND", `No operator ${request.params.operatorId}.`);
      return operator;
    },
  );

  const actions: ReadonlyArray<{
    path: string;
    action: StatusAction;
    summary: string;
    needsReason: boolean;
  }> = [
    {
      path: "approve",
      action: "approve",
      summary: "Approve a registration (pending → sandbox); provisions salts and settings",
      needsReason: false,
    },
    {
      path: "reject",
      action: "reject",
      summary: "Reject a registration (pending → rejected) with a reason",
      needsReason: true,
    },
    {
      path: "go-live",
      action: "go_live",
      summary:
        "Let a sandbox operator go live (sandbox → live); refused with GO_LIVE_CONDITIONS_NOT_MET until every condition of GET …/go-live is met",
      needsReason: false,
    },
    {
      path: "suspend",
      action: "suspend",
      summary: "Suspend (no new launches; open rounds still settle) with a reason",
      needsReason: true,
    },
    {
      path: "reinstate",
      action: "reinstate",
      summary: "Lift a suspension (back to sandbox or live)",
      needsReason: false,
    },
  ];
  for (const { path, action, summary, needsReason } of actions) {
    app.post(
      `/operators/:operatorId/${path}`,
      {
        schema: {
          tags: ["admin"],
          summary,
          security,
          params: OperatorIdParams,
          ...(needsReason ? { body: ReasonBody } : {}),
          response: withProblems({ 200: OperatorSchema }),
        },
      },
      async (request) => {
        const body = request.body as { reason?: string } | undefined;
        const result = await changeOperatorStatus(ctx.deps, action, {
          operatorId: request.params.operatorId,
          actor: adminActorOf(request),
          reason: body?.reason?.trim(),
        });
        if (!result.ok) throw adminProblem.from(result);
        return result.operator;
      },
    );
  }
};
