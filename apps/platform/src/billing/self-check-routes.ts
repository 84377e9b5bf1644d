import { Type } from "typebox";
import { UtcDay } from "../http/schemas.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { pageParams } from "../http/page-params.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { PageOf, PageQuery } from "../pagination/cursor.ts";
import { parsePeriod } from "./period.ts";
import { listSelfChecks, presentSelfCheck, recordSelfCheck } from "./self-check-runs.ts";

const tags = ["admin"];
const security = [{ adminSession: [] }];
const Day = UtcDay();

const Check = Type.Object({ checked: Type.Integer(), differences: Type.Integer() });
export const SelfCheckSchema = Type.Object({
  id: Type.String(),
  trigger: Type.Enum(["daily", "manual"]),
  fromMs: Type.Integer(),
  toMs: Type.Integer(),
  startedAtMs: Type.Integer(),
  finishedAtMs: Type.Integer(),
  roundsChecked: Type.Integer(),
  differences: Type.Integer({ description: "0: wallet calls, rounds, reports and fees agree to the cent." }),
  checks: Type.Object({
    rounds_projected: Check,
    round_money: Check,
    report_totals: Check,
    fees_charged: Check,
    credit_balance: Check,
  }),
  listed: Type.Array(
    Type.Object({
      check: Type.String(),
      key: Type.String(),
      expected: Type.Unknown(),
      actual: Type.Unknown(),
    }),
  ),
});

/** The billing self-check: run on demand, and the list of runs (the daily ones too) with their differences. */
export const adminSelfCheckRoutes: RouteFile = (app, ctx) => {
  app.post(
    "/billing/self-checks",
    {
      schema: {
        tags,
        security,
        summary:
          "Check now that wallet calls, rounds, report totals, fees charged and credit balances agree for rounds closed in a period (never fixes anything)",
        body: Type.Object({ from: Day, to: Day }, { additionalProperties: false }),
        response: withProblems({ 201: SelfCheckSchema }),
      },
    },
    async (request, reply) => {
      const period = parsePeriod(request.body.from, request.body.to, 31);
      if (!period.ok) throw adminProblem.from(period);
      const run = await recordSelfCheck(ctx.deps, { trigger: "manual", ...period });
      const row = await ctx.deps.db
        .selectFrom("billing_self_checks")
        .selectAll()
        .where("id", "=", run!.id)
        .executeTakeFirstOrThrow();
      reply.code(201);
      return presentSelfCheck(row);
    },
  );
  app.get(
    "/billing/self-checks",
    {
      schema: {
        tags,
        security,
        summary: "Self-check runs, newest first (differencesOnly: the alerts)",
        querystring: Type.Object(
          { differencesOnly: Type.Optional(Type.Boolean()), ...PageQuery },
          { additionalProperties: false },
        ),
        response: withProblems({ 200: PageOf(SelfCheckSchema) }),
      },
    },
    async (request) => {
      const page = await listSelfChecks(ctx.deps, {
        differencesOnly: request.query.differencesOnly,
        ...pageParams(request.query),
      });
      return { items: page.items.map(presentSelfCheck), nextCursor: page.nextCursor };
    },
  );
};
