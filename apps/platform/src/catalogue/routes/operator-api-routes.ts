import { Type } from "typebox";
import { withProblems } from "../../http/schemas.ts";
import type { RouteFile } from "../../http/types.ts";
import { apiCallerOf } from "../../http/callers.ts";
import { PageOf } from "../../pagination/cursor.ts";
import { getGame } from "../games/get-game.ts";
import { gamePageJson } from "../games/game-json.ts";
import { listOfferedGames } from "../games/list-games.ts";
import { presentGame } from "../games/present.ts";
import { catalogueProblem } from "../problems.ts";
import { listOperatorProviders } from "../providers.ts";
import { gameListQuery, listFailure } from "./list-params.ts";
import { cachedOperatorAudience } from "./operator-audience.ts";
import { GameListQuery, GameParams, GameSchema, JurisdictionQuery, ProviderSchema } from "./schema.ts";

const common = { tags: ["operator-api"], security: [{ apiCredential: [] }] };
/** What Fastify sends for a serialised JSON reply. */
const JSON_UTF8 = "application/json; charset=utf-8";

/**
 * `GET /v1/games`, `/v1/games/:game_id`, `/v1/providers`: the games this operator may offer —
 * enabled globally and by the operator, not blocked in its licence jurisdictions. Listed in the
 * operator API surface's `operatorApiRouteFiles`; the operator comes from the API credential (`apiCallerOf`).
 */
export const catalogueOperatorApiRoutes: RouteFile = (app, ctx) => {
  const resolveAudience = cachedOperatorAudience(ctx.deps);
  const audienceOf = async (operatorId: string, jurisdiction: string | undefined) => {
    const result = await resolveAudience(operatorId, jurisdiction);
    if (!result.ok) throw catalogueProblem.from(result);
    return result.audience;
  };

  app.get(
    "/games",
    {
      schema: {
        ...common,
        summary: "Games you may offer: search, filter, sort, cursor pages",
        querystring: GameListQuery,
        response: withProblems({ 200: PageOf(GameSchema) }),
      },
    },
    async (request, reply) => {
      const { jurisdiction, ...query } = gameListQuery(request.query);
      const audience = await audienceOf(apiCallerOf(request).operatorId, jurisdiction);
      const result = await listOfferedGames(ctx.deps, audience, query);
      if (!result.ok) throw listFailure(result);
      // The body the 200 schema describes, already serialised (see `gamePageJson`: up to 200
      // games, this route's hot path); the schema still documents it and serialises problems.
      return reply.type(JSON_UTF8).send(gamePageJson(result.page) as never);
    },
  );

  app.get(
    "/games/:game_id",
    {
      schema: {
        ...common,
        summary: "One game you may offer",
        params: GameParams,
        querystring: JurisdictionQuery,
        response: withProblems({ 200: GameSchema }),
      },
    },
    async (request) => {
      const audience = await audienceOf(apiCallerOf(request).operatorId, request.query.jurisdiction);
      const row = await getGame(ctx.deps, audience, request.params.game_id);
      if (row === undefined)
        throw catalogueProblem("GAME_NOT_FOUND", `No game ${request.params.game_id} is available to you.`);
      return presentGame(row);
    },
  );

  app.get(
    "/providers",
    {
      schema: {
        ...common,
        summary: "Providers with games you may offer",
        querystring: JurisdictionQuery,
        response: withProblems({ 200: Type.Object({ items: Type.Array(ProviderSchema) }) }),
      },
    },
    async (request) => {
      const audience = await audienceOf(apiCallerOf(request).operatorId, request.query.jurisdiction);
      return { items: await listOperatorProviders(ctx.deps, audience) };
    },
  );
};
