import { Type } from "typebox";
import { adminActorOf } from "../../http/callers.ts";
import { pageParams } from "../../http/page-params.ts";
import { withProblems } from "../../http/schemas.ts";
import type { RouteFile, TypedFastify } from "../../http/types.ts";
import { PageOf, PageQuery } from "../../pagination/cursor.ts";
import { setGameStatus, setProviderStatus } from "../global-status.ts";
import { getGame } from "../games/get-game.ts";
import { listGames } from "../games/list-games.ts";
import { presentAdminGame } from "../games/present.ts";
import { importFeed } from "../import/import-feed.ts";
import { getImport, listImports } from "../import/imports-log.ts";
import { catalogueProblem } from "../problems.ts";
import { listAdminProviders } from "../providers.ts";
import { gameListQuery, listFailure } from "./list-params.ts";
import {
  AdminGameListQuery,
  AdminGameSchema,
  AdminProviderSchema,
  GameParams,
  ImportDetailSchema,
  ImportParams,
  ImportQuery,
  ImportReportSchema,
  ImportSummarySchema,
  ProviderParams,
  StatusBody,
} from "./schema.ts";

/** A 20 000-row feed is a few MiB of JSON; this leaves room and still bounds memory. */
export const IMPORT_BODY_LIMIT_BYTES = 16 * 1024 * 1024;
const CSV_TYPES = ["text/csv", "application/csv"];

const common = { tags: ["admin"], security: [{ adminSession: [] }] };

/**
 * The catalogue's admin routes (in the admin surface's `adminRouteFiles`, mounted under `/admin`):
 * feed imports (JSON or CSV body, `?dryRun=true`), the import log, all games and providers
 * with their statuses, and the global on/off switches. Every change is audited.
 */
export const catalogueAdminRoutes: RouteFile = (app, ctx) => {
  // The CSV parser and the large body limit stay inside this scope, on the import route only.
  app.register(async (scope: TypedFastify) => {
    scope.addContentTypeParser(
      CSV_TYPES,
      { parseAs: "string", bodyLimit: IMPORT_BODY_LIMIT_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      "/catalogue/imports",
      {
        bodyLimit: IMPORT_BODY_LIMIT_BYTES,
        schema: {
          ...common,
          summary:
            "Import a provider feed (application/json or text/csv); the report says what was added, changed, refused",
          querystring: ImportQuery,
          response: withProblems({ 200: ImportReportSchema, 201: ImportReportSchema }),
        },
      },
      async (request, reply) => {
        const contentType = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
        const result = await importFeed(ctx.deps, {
          format: CSV_TYPES.includes(contentType) ? "csv" : "json",
          body: request.body,
          dryRun: request.query.dryRun ?? false,
          actor: adminActorOf(request),
          source: request.query.source,
        });
        if (!result.ok) throw catalogueProblem.from(result);
        if (result.report.importId === null) return reply.code(200).send(result.report);
        reply.header("location", `${request.url.split("?")[0]}/${result.report.importId}`);
        return reply.code(201).send(result.report);
      },
    );
  });

  app.get(
    "/catalogue/imports",
    {
      schema: {
        ...common,
        summary: "Catalogue imports, newest first: who, when, counts",
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: withProblems({ 200: PageOf(ImportSummarySchema) }),
      },
    },
    async (request) => listImports(ctx.deps, pageParams(request.query)),
  );

  app.get(
    "/catalogue/imports/:import_id",
    {
      schema: {
        ...common,
        summary: "One import with its full report",
        params: ImportParams,
        response: withProblems({ 200: ImportDetailSchema }),
      },
    },
    async (request) => {
      const found = await getImport(ctx.deps, request.params.import_id);
      if (found === undefined)
        throw catalogueProblem("IMPORT_NOT_FOUND", `No import ${request.params.import_id}.`);
      return found;
    },
  );

  app.get(
    "/catalogue/providers",
    {
      schema: {
        ...common,
        summary: "Every provider with its status and game count",
        response: withProblems({ 200: Type.Object({ items: Type.Array(AdminProviderSchema) }) }),
      },
    },
    async () => ({ items: await listAdminProviders(ctx.deps) }),
  );

  app.get(
    "/catalogue/games",
    {
      schema: {
        ...common,
        summary: "Every game, enabled or not, with why",
        querystring: AdminGameListQuery,
        response: withProblems({ 200: PageOf(AdminGameSchema) }),
      },
    },
    async (request) => {
      const result = await listGames(ctx.deps, { kind: "admin" }, gameListQuery(request.query));
      if (!result.ok) throw listFailure(result);
      return { items: result.page.items.map(presentAdminGame), nextCursor: result.page.nextCursor };
    },
  );

  app.put(
    "/catalogue/providers/:provider_id/status",
    {
      schema: {
        ...common,
        summary: "Enable or disable a provider for every operator",
        params: ProviderParams,
        body: StatusBody,
        response: withProblems({
          200: Type.Object({
            id: Type.String(),
            status: StatusBody.properties.status,
            changed: Type.Boolean(),
          }),
        }),
      },
    },
    async (request) => {
      const { provider_id: providerId } = request.params;
      const result = await setProviderStatus(ctx.deps, {
        providerId,
        status: request.body.status,
        actor: adminActorOf(request),
      });
      if (!result.ok) throw catalogueProblem.from(result);
      return { id: providerId, status: request.body.status, changed: result.changed };
    },
  );

  app.put(
    "/catalogue/games/:game_id/status",
    {
      schema: {
        ...common,
        summary: "Enable or disable a game for every operator (a feed import never overrides this)",
        params: GameParams,
        body: StatusBody,
        response: withProblems({ 200: AdminGameSchema }),
      },
    },
    async (request) => {
      const { game_id: gameId } = request.params;
      const result = await setGameStatus(ctx.deps, {
        gameId,
        status: request.body.status,
        actor: adminActorOf(request),
      });
      if (!result.ok) throw catalogueProblem.from(result);
      const row = await getGame(ctx.deps, { kind: "admin" }, gameId);
      if (row === undefined) throw catalogueProblem("GAME_NOT_FOUND", `No game ${gameId}.`);
      return presentAdminGame(row);
    },
  );
};
