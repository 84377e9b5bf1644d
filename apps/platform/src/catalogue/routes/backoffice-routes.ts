import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { backofficeActorOf, backofficeCallerOf } from "../../http/callers.ts";
import { withProblems } from "../../http/schemas.ts";
import type { RouteFile } from "../../http/types.ts";
import { PageOf } from "../../pagination/cursor.ts";
import { listGames } from "../games/list-games.ts";
import { presentSettingsGame, settingOf } from "../games/present.ts";
import { getLobbySettings, setLobbySettings } from "../lobby/lobby-settings.ts";
import { setOperatorGameChoice, setOperatorProviderChoice } from "../operator-settings.ts";
import { catalogueProblem } from "../problems.ts";
import { listOperatorSettingsProviders } from "../providers.ts";
import { gameListQuery, listFailure } from "./list-params.ts";
import {
  AdminGameListQuery,
  ChoiceBody,
  GameParams,
  LobbySettingsBody,
  LobbySettingsSchema,
  ProviderParams,
  SettingsGameSchema,
  SettingsProviderSchema,
} from "./schema.ts";

const common = { tags: ["backoffice"], security: [{ backofficeSession: [] }] };
const Setting = Type.Enum(["enabled", "disabled", "default"] as const);

/**
 * The operator's catalogue choices (in the backoffice surface's `backofficeRouteFiles`, mounted under
 * `/backoffice`): which providers and games its players see, and its lobby's launch URL and
 * framing origins. The operator is the session's (`backofficeCallerOf`); no route takes one.
 */
export const catalogueBackofficeRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/catalogue/providers",
    {
      schema: {
        ...common,
        summary: "Providers available to you and whether you offer them",
        response: withProblems({ 200: Type.Object({ items: Type.Array(SettingsProviderSchema) }) }),
      },
    },
    async (request) => ({
      items: await listOperatorSettingsProviders(ctx.deps, backofficeCallerOf(request).operatorId),
    }),
  );

  app.get(
    "/catalogue/games",
    {
      schema: {
        ...common,
        summary: "Games available to you and whether you offer them",
        querystring: AdminGameListQuery,
        response: withProblems({ 200: PageOf(SettingsGameSchema) }),
      },
    },
    async (request) => {
      const audience = {
        kind: "operator-settings" as const,
        operatorId: backofficeCallerOf(request).operatorId,
      };
      const result = await listGames(ctx.deps, audience, gameListQuery(request.query));
      if (!result.ok) throw listFailure(result);
      return { items: result.page.items.map(presentSettingsGame), nextCursor: result.page.nextCursor };
    },
  );

  const chooseProvider = async (request: FastifyRequest, providerId: string, enabled: boolean | null) => {
    const operatorId = backofficeCallerOf(request).operatorId;
    const result = await setOperatorProviderChoice(ctx.deps, {
      operatorId,
      targetId: providerId,
      enabled,
      actor: backofficeActorOf(request),
    });
    if (!result.ok) throw catalogueProblem.from(result);
    return { providerId, setting: settingOf(enabled === null ? null : Number(enabled)) };
  };
  const chooseGame = async (request: FastifyRequest, gameId: string, enabled: boolean | null) => {
    const operatorId = backofficeCallerOf(request).operatorId;
    const result = await setOperatorGameChoice(ctx.deps, {
      operatorId,
      targetId: gameId,
      enabled,
      actor: backofficeActorOf(request),
    });
    if (!result.ok) throw catalogueProblem.from(result);
    return { gameId, setting: settingOf(enabled === null ? null : Number(enabled)) };
  };
  const ProviderChoice = withProblems({ 200: Type.Object({ providerId: Type.String(), setting: Setting }) });
  const GameChoice = withProblems({ 200: Type.Object({ gameId: Type.String(), setting: Setting }) });

  app.put(
    "/catalogue/providers/:provider_id",
    {
      schema: {
        ...common,
        summary: "Offer or hide a provider's games",
        params: ProviderParams,
        body: ChoiceBody,
        response: ProviderChoice,
      },
    },
    async (request) => chooseProvider(request, request.params.provider_id, request.body.enabled),
  );
  app.delete(
    "/catalogue/providers/:provider_id",
    {
      schema: {
        ...common,
        summary: "Back to the default (offered) for a provider",
        params: ProviderParams,
        response: ProviderChoice,
      },
    },
    async (request) => chooseProvider(request, request.params.provider_id, null),
  );
  app.put(
    "/catalogue/games/:game_id",
    {
      schema: {
        ...common,
        summary: "Offer or hide one game (wins over your provider choice)",
        params: GameParams,
        body: ChoiceBody,
        response: GameChoice,
      },
    },
    async (request) => chooseGame(request, request.params.game_id, request.body.enabled),
  );
  app.delete(
    "/catalogue/games/:game_id",
    {
      schema: {
        ...common,
        summary: "Back to the default for one game",
        params: GameParams,
        response: GameChoice,
      },
    },
    async (request) => chooseGame(request, request.params.game_id, null),
  );

  app.get(
    "/catalogue/lobby",
    {
      schema: {
        ...common,
        summary: "Your lobby's settings",
        response: withProblems({ 200: LobbySettingsSchema }),
      },
    },
    async (request) => {
      const operatorId = backofficeCallerOf(request).operatorId;
      const settings = await getLobbySettings(ctx.deps, operatorId);
      return { ...settings, frameAncestors: [...settings.frameAncestors], lobbyPath: `/lobby/${operatorId}` };
    },
  );

  app.put(
    "/catalogue/lobby",
    {
      schema: {
        ...common,
        summary: "Set your lobby's launch URL and the origins allowed to embed it",
        body: LobbySettingsBody,
        response: withProblems({ 200: LobbySettingsSchema }),
      },
    },
    async (request) => {
      const operatorId = backofficeCallerOf(request).operatorId;
      const result = await setLobbySettings(ctx.deps, {
        operatorId,
        actor: backofficeActorOf(request),
        ...request.body,
      });
      if (!result.ok) throw catalogueProblem.from(result);
      return {
        ...result.settings,
        frameAncestors: [...result.settings.frameAncestors],
        lobbyPath: `/lobby/${operatorId}`,
      };
    },
  );
};
