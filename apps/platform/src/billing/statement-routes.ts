import type { FastifyReply } from "fastify";
import { UtcDay } from "../http/schemas.ts";
import { Type } from "typebox";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { OperatorIdParams } from "../admin/schema.ts";
import { backofficeCallerOf } from "../http/callers.ts";
import type { ServiceDeps } from "../deps.ts";
import { commonProblems } from "../http/common-problems.ts";
import { problemFactory } from "../http/problem.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { apiCallerOf } from "../http/callers.ts";
import { getOperator } from "../operators/operators.ts";
import { CSV_CONTENT_TYPE } from "../reports/csv-writer.ts";
import { parsePeriod } from "./period.ts";
import { billingProblems } from "./problems.ts";
import { buildStatement, MAX_STATEMENT_DAYS, statementCsv } from "./statement.ts";

const problem = problemFactory({ ...commonProblems, ...billingProblems });
const Day = UtcDay("YYYY-MM-DD (UTC), inclusive.");

export const StatementQuery = Type.Object(
  { from: Day, to: Day, format: Type.Optional(Type.Enum(["json", "csv"])) },
  { additionalProperties: false },
);

const Line = Type.Object({
  providerId: Type.String(),
  roundCurrency: Type.String(),
  rounds: Type.Integer(),
  ggrMinor: Type.Integer(),
  chargeableMinor: Type.Integer(),
  feeMinor: Type.Integer(),
});

export const StatementSchema = Type.Object({
  operatorId: Type.String(),
  currency: Type.String(),
  from: Type.String(),
  to: Type.String(),
  openingBalanceMinor: Type.Integer(),
  topUpsMinor: Type.Integer(),
  topUps: Type.Integer(),
  correctionsMinor: Type.Integer(),
  corrections: Type.Integer(),
  fees: Type.Array(Line),
  feesMinor: Type.Integer(),
  closingBalanceMinor: Type.Integer(),
  carriedForward: Type.Array(
    Type.Object({ providerId: Type.String(), roundCurrency: Type.String(), carriedGgrMinor: Type.Integer() }),
  ),
  notes: Type.Array(Type.String()),
});

async function answer(
  deps: Pick<ServiceDeps, "db">,
  reply: FastifyReply,
  operatorId: string,
  q: { from: string; to: string; format?: "json" | "csv" | undefined },
) {
  const period = parsePeriod(q.from, q.to, MAX_STATEMENT_DAYS);
  if (!period.ok) throw problem.from(period);
  const statement = await buildStatement(deps, { operatorId, ...q, ...period });
  if (q.format === "csv") {
    return reply
      .type(CSV_CONTENT_TYPE)
      .header("content-disposition", `attachment; filename="statement-${q.from}-${q.to}.csv"`)
      .send(statementCsv(statement));
  }
  return statement;
}

const summary =
  "Statement of prepaid credit for a period: opening balance, top-ups, corrections, fees by provider and currency, closing balance (JSON or CSV)";

export const operatorApiStatementRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/billing/statement",
    {
      schema: {
        tags: ["operator-api"],
        security: [{ apiCredential: [] }],
        summary,
        querystring: StatementQuery,
        response: withProblems({ 200: StatementSchema }),
      },
    },
    async (request, reply) => answer(ctx.deps, reply, apiCallerOf(request).operatorId, request.query),
  );
};

export const backofficeStatementRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/billing/statement",
    {
      schema: {
        tags: ["backoffice"],
        security: [{ backofficeSession: [] }],
        summary,
        querystring: StatementQuery,
        response: withProblems({ 200: StatementSchema }),
      },
    },
    async (request, reply) => answer(ctx.deps, reply, backofficeCallerOf(request).operatorId, request.query),
  );
};

export const adminStatementRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/operators/:operatorId/billing/statement",
    {
      schema: {
        tags: ["admin"],
        security: [{ adminSession: [] }],
        summary,
        params: OperatorIdParams,
        querystring: StatementQuery,
        response: withProblems({ 200: StatementSchema }),
      },
    },
    async (request, reply) => {
      if ((await getOperator(ctx.deps, request.params.operatorId)) === undefined)
        throw adminProblem("OPERATOR_NOT_FOUND", `No operator ${request.params.operatorId}.`);
      return answer(ctx.deps, reply, request.params.operatorId, request.query);
    },
  );
};
