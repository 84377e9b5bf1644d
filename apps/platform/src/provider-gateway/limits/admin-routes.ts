import { pageParams } from "../../http/page-params.ts";
import { withProblems } from "../../http/schemas.ts";
import type { RouteFile } from "../../http/types.ts";
import { PageOf } from "../../pagination/cursor.ts";
import { WinRefusalQuery, WinRefusalSchema } from "./schema.ts";
import { listWinRefusals } from "./win-refusals.ts";

/** The alert list of wins the provider gateway refused for a cap. */
export const winRefusalAdminRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/win-refusals",
    {
      schema: {
        tags: ["admin"],
        summary: "Studio wins refused because the round would pay past a cap (newest first): review each",
        security: [{ adminSession: [] }],
        querystring: WinRefusalQuery,
        response: withProblems({ 200: PageOf(WinRefusalSchema) }),
      },
    },
    async (request) =>
      listWinRefusals(ctx.deps, {
        studioId: request.query.studioId,
        operatorId: request.query.operatorId,
        ...pageParams(request.query),
      }),
  );
};
