import type { FastifyRequest } from "fastify";
import { sql } from "kysely";
import { Type } from "typebox";
import { commonProblems } from "../http/common-problems.ts";
import { problemFactory } from "../http/problem.ts";
import { withProblems } from "../http/schemas.ts";
import { bearerToken, digestsEqual, sha256Hex } from "../auth/tokens.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { catalogueProblems } from "../catalogue/problems.ts";
import { surfaceCatalogues } from "../surfaces/catalogues.ts";
import { SURFACES } from "../surfaces/surface.ts";

const problem = problemFactory(commonProblems);
/** A health check that hangs is worse than one that fails: give the database this long. */
const HEALTH_DB_TIMEOUT_MS = 2_000;

/** Operational routes of the public surface: health, metrics, the API description, the problem catalogues. */
export function systemRoutes(app: TypedFastify, ctx: AppContext): void {
  app.get(
    "/healthz",
    {
      schema: {
        tags: ["system"],
        summary: "Liveness and database check",
        response: withProblems({
          200: Type.Object({ status: Type.Literal("ok"), database: Type.Literal("ok") }),
        }),
      },
    },
    async (request) => {
      try {
        await withTimeout(sql`select 1`.execute(ctx.deps.db), HEALTH_DB_TIMEOUT_MS);
      } catch (error) {
        request.log.error({ err: error }, "health check: database unavailable");
        throw problem("SERVICE_UNAVAILABLE", "The database is not answering.");
      }
      return { status: "ok" as const, database: "ok" as const };
    },
  );

  // The metrics name every operator and its volumes: for the platform's own monitoring only.
  app.get("/metrics", { schema: { hide: true } }, async (request, reply) => {
    if (!metricsAllowed(ctx.metricsToken, request.headers, request.socket.remoteAddress)) {
      throw problem(
        "UNAUTHORIZED",
        ctx.metricsToken === undefined
          ? "Metrics are served to direct clients on this host only; set METRICS_TOKEN to scrape from elsewhere."
          : "Metrics need the bearer token configured as METRICS_TOKEN.",
      );
    }
    reply.type(ctx.metrics.registry.contentType);
    return ctx.metrics.registry.metrics();
  });

  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  app.get(
    "/problems",
    {
      schema: {
        tags: ["system"],
        summary: "Every problem code each surface can answer, with its status and meaning",
      },
    },
    async () => ({
      ...Object.fromEntries(SURFACES.map((name) => [name, catalogueList(surfaceCatalogues[name])])),
      // Lists by domain that earlier readers know; each is part of a surface's list above.
      catalogue: catalogueList(catalogueProblems),
      sessions: catalogueList(surfaceCatalogues.operatorApi),
      studios: catalogueList(surfaceCatalogues.admin),
    }),
  );
}

function catalogueList(catalogue: Readonly<Record<string, { status: number; title: string; doc: string }>>) {
  return Object.entries(catalogue).map(([code, entry]) => ({ code, ...entry }));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * With a token: that bearer token, compared in constant time. Without (development only; config
 * refuses production without one): direct loopback clients only. A request that came through a
 * proxy (it names the client it forwards) is refused even from loopback: a reverse proxy on this
 * host connects from 127.0.0.1 for every client on the internet.
 */
function metricsAllowed(
  token: string | undefined,
  headers: FastifyRequest["headers"],
  remoteAddress: string | undefined,
): boolean {
  if (token !== undefined) {
    const given = bearerToken(headers.authorization);
    return given !== undefined && digestsEqual(sha256Hex(given), sha256Hex(token));
  }
  if (headers["x-forwarded-for"] !== undefined || headers.forwarded !== undefined) return false;
  return remoteAddress !== undefined && /^(127\.|::1$|::ffff:127\.)/.test(remoteAddress);
}
