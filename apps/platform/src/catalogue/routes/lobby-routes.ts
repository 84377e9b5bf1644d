import { Type } from "typebox";
import type { RouteFile } from "../../http/types.ts";
import { lobbyPage } from "../lobby/lobby-page.ts";
import { escapeHtml } from "../../http/escape-html.ts";

/** Read leniently (see `lobbyPage`): anything odd is ignored rather than answered with an error page. */
const LobbyQuery = Type.Object({
  search: Type.Optional(Type.String()),
  provider: Type.Optional(Type.String()),
  cursor: Type.Optional(Type.String()),
});

/**
 * `GET /lobby/:operator_id`: the embeddable HTML lobby (public, no auth: it shows only what an
 * operator's players may see anyway). Mounted by the public surface (surfaces/public/plugin.ts).
 */
export const catalogueLobbyRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/lobby/:operator_id",
    {
      schema: {
        tags: ["operator-api"],
        summary: "Embeddable game lobby (HTML) of an operator; tiles link to the operator's launch URL",
        params: Type.Object({ operator_id: Type.String({ minLength: 1, maxLength: 64 }) }),
        querystring: LobbyQuery,
      },
      config: { rateLimit: { max: ctx.limits.lobbyRequestsPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const operatorId = request.params.operator_id;
      const page = await lobbyPage(ctx.deps, {
        operatorId,
        basePath: `${request.url.split("?")[0]}`,
        search: request.query.search,
        provider: request.query.provider,
        cursor: request.query.cursor,
      });
      if (!page.ok) {
        return reply
          .code(page.status)
          .type("text/html; charset=utf-8")
          .header("content-security-policy", "default-src 'none'")
          .send(
            `<!doctype html><meta charset="utf-8"><title>Lobby not found</title><p>${escapeHtml(page.message)}</p>`,
          );
      }
      return reply.code(200).type("text/html; charset=utf-8").headers(page.headers).send(page.html);
    },
  );
};
