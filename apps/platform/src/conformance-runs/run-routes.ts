import { toJson, toJunitXml } from "@croupier/conformance";
import type { FastifyReply, FastifyRequest } from "fastify";
import { Type, type TSchema } from "typebox";
import type { ServiceDeps } from "../deps.ts";
import { commonProblems } from "../http/common-problems.ts";
import { pageParams } from "../http/page-params.ts";
import { problemFactory } from "../http/problem.ts";
import { withProblems } from "../http/schemas.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { PageOf, type Page } from "../pagination/cursor.ts";
import { RATE_WINDOW_MS } from "./limits.ts";
import { presentRun, presentRunDetail, parseReport, type ConformanceRun } from "./present.ts";
import { conformanceRunProblems } from "./problems.ts";
import { findRunWithReport, listRunHeads, type RunScope } from "./run-store.ts";
import type { ConformanceRunner } from "./runner.ts";
import { RunDetailSchema, RunIdParams, RunSchema } from "./schema.ts";
import { startRun, type StartRunInput } from "./start-run.ts";

/** The codes these routes answer; every surface catalogue includes them. */
export const runProblem = problemFactory({ ...commonProblems, ...conformanceRunProblems });

export interface SurfaceRouteOptions {
  readonly tags: string[];
  readonly security: Record<string, string[]>[];
}

/**
 * Starts a run and answers 202 with it and a `Location`: the kit runs in the background, the
 * client follows its progress with `GET`. Shared by the backoffice and `/v1` start routes.
 */
export async function startRunAndReply(
  runner: ConformanceRunner,
  ctx: AppContext,
  reply: FastifyReply,
  input: Omit<StartRunInput, "allowPrivateNetworks" | "runsPerHour">,
  locationOf: (runId: string) => string,
): Promise<ConformanceRun> {
  if (!runner.hasCapacity()) {
    reply.header("retry-after", "60");
    throw runProblem("SERVICE_UNAVAILABLE", "Too many conformance runs are in progress; retry in a minute.");
  }
  const result = await startRun(ctx.deps, {
    ...input,
    allowPrivateNetworks: ctx.allowPrivateCallbackUrls,
    runsPerHour: ctx.limits.conformanceRunsPerHour,
  });
  if (!result.ok) {
    if (result.code === "RATE_LIMITED") {
      reply.header("retry-after", String(result.details?.retryAfterSeconds ?? RATE_WINDOW_MS / 1000));
    }
    throw runProblem.from(result);
  }
  runner.launch(result.target);
  reply.code(202).header("location", locationOf(result.run.id));
  return presentRun(result.run);
}

/** `GET <base>/:runId`, `…/report.json` and `…/report.junit.xml`, scoped by `scopeOf`. */
export function runReadRoutes(
  app: TypedFastify,
  deps: Pick<ServiceDeps, "db">,
  options: SurfaceRouteOptions & {
    /** Route path of one run, with `:runId` (and any other params `scopeOf` reads). */
    readonly path: string;
    readonly params?: TSchema;
    readonly scopeOf: (request: FastifyRequest) => RunScope;
  },
): void {
  const { tags, security } = options;
  const params = options.params ?? RunIdParams;
  const runIdOf = (request: FastifyRequest) => (request.params as { runId: string }).runId;
  const basePath = (request: FastifyRequest) => request.url.split("?")[0] ?? request.url;

  app.get(
    options.path,
    {
      schema: {
        tags,
        security,
        summary: "One conformance run: status, progress while running, each check's outcome",
        params,
        response: withProblems({ 200: RunDetailSchema }),
      },
    },
    async (request) => {
      const row = await findRunWithReport(deps.db, options.scopeOf(request), runIdOf(request));
      if (row === undefined) throw notFound(runIdOf(request));
      return presentRunDetail(row, basePath(request));
    },
  );

  for (const format of ["json", "junit.xml"] as const) {
    app.get(
      `${options.path}/report.${format}`,
      {
        schema: {
          tags,
          security,
          summary:
            format === "json"
              ? "Download the run's full report as JSON, every check's evidence included"
              : "Download the run's report as JUnit XML, for CI",
          params,
          // Sent as the file's text (a string is never re-serialized); the schema documents it.
          response: withProblems({
            200: Type.String({
              description:
                format === "json"
                  ? "The ConformanceReport as pretty-printed JSON (attachment)."
                  : "JUnit XML, one testcase per check (attachment).",
            }),
          }),
        },
      },
      async (request, reply) => {
        const runId = runIdOf(request);
        const row = await findRunWithReport(deps.db, options.scopeOf(request), runId);
        if (row === undefined) throw notFound(runId);
        const report = parseReport(row);
        if (report === undefined) {
          throw runProblem(
            "CONFORMANCE_REPORT_NOT_READY",
            row.status === "running"
              ? `Run ${runId} is still going; its report is ready when it finishes.`
              : `Run ${runId} was ${row.status} before the kit wrote a report.`,
            { status: row.status },
          );
        }
        const json = format === "json";
        return reply
          .type(json ? "application/json; charset=utf-8" : "application/xml; charset=utf-8")
          .header(
            "content-disposition",
            `attachment; filename="conformance-${runId}.${json ? "json" : "xml"}"`,
          )
          .send(json ? toJson(report) : toJunitXml(report));
      },
    );
  }
}

/** The schema of a run list answer. */
export const RunPageSchema = PageOf(RunSchema);

/** A page of runs in the scope, newest first. */
export async function listRuns(
  deps: Pick<ServiceDeps, "db">,
  scope: RunScope,
  query: {
    status?: ConformanceRun["status"] | undefined;
    limit?: number | undefined;
    cursor?: string | undefined;
  },
): Promise<Page<ConformanceRun>> {
  const page = await listRunHeads(deps.db, { ...scope, status: query.status, ...pageParams(query) });
  return { items: page.items.map(presentRun), nextCursor: page.nextCursor };
}

function notFound(runId: string) {
  return runProblem("CONFORMANCE_RUN_NOT_FOUND", `No conformance run ${runId}.`);
}
