import type { FastifyReply, FastifyRequest } from "fastify";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { OperatorIdParams } from "../admin/schema.ts";
import { backofficeCallerOf } from "../http/callers.ts";
import { parsePeriod } from "../billing/period.ts";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { ServiceDeps } from "../deps.ts";
import { commonProblems } from "../http/common-problems.ts";
import { problemFactory } from "../http/problem.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { apiCallerOf } from "../http/callers.ts";
import { getOperator } from "../operators/operators.ts";
import { billingProblems } from "../billing/problems.ts";
import { CSV_CONTENT_TYPE, csvLine } from "./csv-writer.ts";
import {
  MAX_REPORT_DAYS,
  queryReport,
  REPORT_CSV_HEADER,
  reportCsvFields,
  type ReportRow,
} from "./report-query.ts";
import { ReportQuerySchema, ReportQueryWithEnvironment, ReportSchema } from "./schema.ts";

const problem = problemFactory({ ...commonProblems, ...billingProblems });

interface ReportParams {
  from: string;
  to: string;
  grain?: "day" | "hour" | undefined;
  providerId?: string | undefined;
  gameId?: string | undefined;
  currency?: string | undefined;
  format?: "json" | "csv" | undefined;
}

/** Runs a report and presents it as JSON or CSV (a download). */
async function answerReport(
  deps: Pick<ServiceDeps, "db">,
  reply: FastifyReply,
  operatorId: string,
  environment: Environment,
  q: ReportParams,
) {
  const grain = q.grain ?? "day";
  const period = parsePeriod(q.from, q.to, MAX_REPORT_DAYS[grain]);
  if (!period.ok) throw problem.from(period);
  const rows = await queryReport(deps, {
    operatorId,
    environment,
    grain,
    fromMs: period.fromMs,
    toMs: period.toMs,
    providerId: q.providerId,
    gameId: q.gameId,
    currency: q.currency,
  });
  if (q.format === "csv") {
    let body = csvLine(REPORT_CSV_HEADER);
    for (const row of rows) body += csvLine(reportCsvFields(row));
    return reply
      .type(CSV_CONTENT_TYPE)
      .header(
        "content-disposition",
        `attachment; filename="report-${environment}-${grain}-${q.from}-${q.to}.csv"`,
      )
      .send(body);
  }
  return { environment, grain, from: q.from, to: q.to, rows, totalsByCurrency: totalsByCurrency(rows) };
}

function totalsByCurrency(rows: readonly ReportRow[]) {
  const totals = new Map<string, Omit<ReportRow, "bucketStartMs" | "providerId" | "gameId" | "players">>();
  for (const row of rows) {
    const t = totals.get(row.currency) ?? {
      currency: row.currency,
      rounds: 0,
      betsMinor: 0,
      winsMinor: 0,
      rolledBackBetsMinor: 0,
      rolledBackWinsMinor: 0,
      ggrMinor: 0,
      rollbacks: 0,
      manualResolutionCalls: 0,
    };
    t.rounds += row.rounds;
    t.betsMinor += row.betsMinor;
    t.winsMinor += row.winsMinor;
    t.rolledBackBetsMinor += row.rolledBackBetsMinor;
    t.rolledBackWinsMinor += row.rolledBackWinsMinor;
    t.ggrMinor += row.ggrMinor;
    t.rollbacks += row.rollbacks;
    t.manualResolutionCalls += row.manualResolutionCalls;
    totals.set(row.currency, t);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

const summary =
  "Activity per bucket (day or hour, UTC) × provider × game × currency: rounds, distinct players, bets, wins, rollbacks, GGR, calls waiting for manual resolution (JSON or CSV)";
const response = withProblems({ 200: ReportSchema });

/** `/v1/reports`: the credential's environment. */
export const operatorApiReportRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/reports",
    {
      schema: {
        tags: ["operator-api"],
        security: [{ apiCredential: [] }],
        summary,
        querystring: ReportQuerySchema,
        response,
      },
    },
    async (request: FastifyRequest<{ Querystring: ReportParams }>, reply) => {
      const caller = apiCallerOf(request);
      return answerReport(ctx.deps, reply, caller.operatorId, caller.environment, request.query);
    },
  );
};

/** `/backoffice/reports`: the operator's own, in either environment. */
export const backofficeReportRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/reports",
    {
      schema: {
        tags: ["backoffice"],
        security: [{ backofficeSession: [] }],
        summary,
        querystring: ReportQueryWithEnvironment,
        response,
      },
    },
    async (request, reply) =>
      answerReport(
        ctx.deps,
        reply,
        backofficeCallerOf(request).operatorId,
        request.query.environment ?? "live",
        request.query,
      ),
  );
};

/** `/admin/operators/:operatorId/reports`. */
export const adminReportRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/operators/:operatorId/reports",
    {
      schema: {
        tags: ["admin"],
        security: [{ adminSession: [] }],
        summary,
        params: OperatorIdParams,
        querystring: ReportQueryWithEnvironment,
        response,
      },
    },
    async (request, reply) => {
      if ((await getOperator(ctx.deps, request.params.operatorId)) === undefined)
        throw adminProblem("OPERATOR_NOT_FOUND", `No operator ${request.params.operatorId}.`);
      return answerReport(
        ctx.deps,
        reply,
        request.params.operatorId,
        request.query.environment ?? "live",
        request.query,
      );
    },
  );
};
