import type { Readable } from "node:stream";
import type { FastifyRequest } from "fastify";
import { backofficeCallerOf } from "../http/callers.ts";
import { parsePeriod } from "../billing/period.ts";
import { billingProblems } from "../billing/problems.ts";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import { commonProblems } from "../http/common-problems.ts";
import { pageParams } from "../http/page-params.ts";
import { problemFactory } from "../http/problem.ts";
import { withProblems } from "../http/schemas.ts";
import type { AppContext, RouteFile, TypedFastify } from "../http/types.ts";
import { apiCallerOf } from "../http/callers.ts";
import { keysetPage, PageOf } from "../pagination/cursor.ts";
import { CSV_CONTENT_TYPE } from "../reports/csv-writer.ts";
import { differencesCsv, presentDifference, presentReconciliation } from "./present.ts";
import { reconciliationProblems } from "./problems.ts";
import { MAX_UPLOAD_BYTES } from "./read-upload.ts";
import { reconcileUpload } from "./run-reconciliation.ts";
import {
  BackofficeUploadQuery,
  DifferenceSchema,
  DifferencesQuery,
  ListQuery,
  ReconciliationParams,
  ReconciliationSchema,
  UploadQuery,
} from "./schema.ts";

const problem = problemFactory({ ...commonProblems, ...billingProblems, ...reconciliationProblems });
/** The longest period one upload reconciles. */
const MAX_RECONCILIATION_DAYS = 31;
const CSV_TYPES = ["text/csv", "application/csv"];
const JSONL_TYPES = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"];

interface Surface {
  readonly tags: string[];
  readonly security: Array<Record<string, string[]>>;
  /** Whose reconciliations, in which environment (the credential's, or the query's). */
  readonly caller: (request: FastifyRequest) => {
    operatorId: string;
    environment: Environment;
    actorId: string;
  };
  /** /v1 sees only its credential's environment; the backoffice sees both. */
  readonly readsByEnvironment: boolean;
}

function formatOf(request: FastifyRequest): "csv" | "jsonl" {
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  return JSONL_TYPES.includes(type) ? "jsonl" : "csv";
}

/**
 * Reconciliation routes in a scope of their own, where CSV and JSON-lines bodies arrive as
 * streams (no body limit applies to them: the reader counts bytes and stops at MAX_UPLOAD_BYTES).
 */
function reconciliationRoutes(
  parent: TypedFastify,
  ctx: AppContext,
  surface: Surface,
  uploadQuery: typeof UploadQuery | typeof BackofficeUploadQuery,
): void {
  const { deps } = ctx;
  parent.register(async (app: TypedFastify) => {
    app.addContentTypeParser([...CSV_TYPES, ...JSONL_TYPES], (_request, payload, done) =>
      done(null, payload),
    );
    const { tags, security } = surface;

    app.post(
      "/reconciliations",
      {
        schema: {
          tags,
          security,
          summary:
            "Upload your ledger of a period (CSV with header call_id,action,amount,currency,rb,status,time, or JSON lines) and reconcile it with our calls by call_id",
          description:
            "Send the file as the body with Content-Type text/csv or application/x-ndjson; it is streamed (up to 160 MiB). A bad file is refused whole with LEDGER_UPLOAD_REFUSED listing the first errors, and nothing is kept. Progress shows on GET /reconciliations/{id} while it runs.",
          querystring: uploadQuery,
          response: withProblems({ 201: ReconciliationSchema }),
        },
      },
      async (request, reply) => {
        const query = request.query as { from: string; to: string };
        const period = parsePeriod(query.from, query.to, MAX_RECONCILIATION_DAYS);
        if (!period.ok) throw problem.from(period);
        const declared = Number(request.headers["content-length"] ?? 0);
        if (declared > MAX_UPLOAD_BYTES) {
          // Refused before reading; the connection closes so the rest is never received.
          reply.header("connection", "close");
          throw problem(
            "LEDGER_TOO_LARGE",
            `The ledger is ${declared} bytes; at most ${MAX_UPLOAD_BYTES} are accepted. Nothing was kept.`,
          );
        }
        const caller = surface.caller(request);
        const result = await reconcileUpload(deps, {
          ...caller,
          fromMs: period.fromMs,
          toMs: period.toMs,
          format: formatOf(request),
          body: request.body as Readable,
        });
        if (!result.ok) {
          if (result.code === "LEDGER_TOO_LARGE") reply.header("connection", "close");
          throw problem.from(result);
        }
        reply.code(201).header("location", `${request.url.split("?")[0]}/${result.reconciliation.id}`);
        return presentReconciliation(result.reconciliation);
      },
    );

    const find = async (request: FastifyRequest, reconciliationId: string) => {
      const caller = surface.caller(request);
      const row = await deps.db
        .selectFrom("reconciliations")
        .selectAll()
        .where("id", "=", reconciliationId)
        .where("operator_id", "=", caller.operatorId)
        .$if(surface.readsByEnvironment, (q) => q.where("environment", "=", caller.environment))
        .executeTakeFirst();
      if (row === undefined)
        throw problem("RECONCILIATION_NOT_FOUND", `No reconciliation ${reconciliationId} of yours.`);
      return row;
    };

    app.get(
      "/reconciliations",
      {
        schema: {
          tags,
          security,
          summary: "Your reconciliations, newest first",
          querystring: ListQuery,
          response: withProblems({ 200: PageOf(ReconciliationSchema) }),
        },
      },
      async (request) => {
        const caller = surface.caller(request);
        const page = await keysetPage(
          deps.db
            .selectFrom("reconciliations")
            .selectAll()
            .where("operator_id", "=", caller.operatorId)
            .$if(surface.readsByEnvironment, (q) => q.where("environment", "=", caller.environment)),
          {
            sortColumn: "created_at_ms",
            idColumn: "id",
            direction: "desc",
            ...pageParams(request.query),
            positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.id }),
          },
        );
        return { items: page.items.map(presentReconciliation), nextCursor: page.nextCursor };
      },
    );

    app.get(
      "/reconciliations/:reconciliationId",
      {
        schema: {
          tags,
          security,
          summary: "A reconciliation: its progress while it runs, then its counts by kind",
          params: ReconciliationParams,
          response: withProblems({ 200: ReconciliationSchema }),
        },
      },
      async (request) => presentReconciliation(await find(request, request.params.reconciliationId)),
    );

    app.get(
      "/reconciliations/:reconciliationId/differences",
      {
        schema: {
          tags,
          security,
          summary:
            "The differences found, each with both sides and what fixes it (format=csv: every one, as a download)",
          params: ReconciliationParams,
          querystring: DifferencesQuery,
          response: withProblems({ 200: PageOf(DifferenceSchema) }),
        },
      },
      async (request, reply) => {
        const row = await find(request, request.params.reconciliationId);
        if (request.query.format === "csv") {
          return reply
            .type(CSV_CONTENT_TYPE)
            .header("content-disposition", `attachment; filename="reconciliation-${row.id}.csv"`)
            .send(differencesCsv(deps.db, row.id) as never);
        }
        const page = await keysetPage(
          deps.db
            .selectFrom("reconciliation_differences")
            .selectAll()
            .where("reconciliation_id", "=", row.id),
          {
            sortColumn: "seq",
            idColumn: "call_id",
            direction: "asc",
            ...pageParams(request.query),
            positionOf: (d) => ({ sortKey: d.seq, id: d.call_id }),
          },
        );
        return { items: page.items.map(presentDifference), nextCursor: page.nextCursor };
      },
    );
  });
}

/** `/v1/reconciliations`: the credential's environment. */
export const operatorApiReconciliationRoutes: RouteFile = (app, ctx) =>
  reconciliationRoutes(
    app,
    ctx,
    {
      tags: ["operator-api"],
      security: [{ apiCredential: [] }],
      caller: (request) => {
        const c = apiCallerOf(request);
        return { operatorId: c.operatorId, environment: c.environment, actorId: c.credentialId };
      },
      readsByEnvironment: true,
    },
    UploadQuery,
  );

/** `/backoffice/reconciliations`: `environment` in the query (default live). */
export const backofficeReconciliationRoutes: RouteFile = (app, ctx) =>
  reconciliationRoutes(
    app,
    ctx,
    {
      tags: ["backoffice"],
      security: [{ backofficeSession: [] }],
      caller: (request) => {
        const c = backofficeCallerOf(request);
        const environment = (request.query as { environment?: Environment }).environment ?? "live";
        return { operatorId: c.operatorId, environment, actorId: c.userId };
      },
      readsByEnvironment: false,
    },
    BackofficeUploadQuery,
  );
