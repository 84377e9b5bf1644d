import type { FastifyRequest } from "fastify";
import { withProblems } from "../http/schemas.ts";
import { apiCallerOf } from "../http/callers.ts";
import type { RouteFile } from "../http/types.ts";
import { createSession } from "./create-session.ts";
import { requireLaunchAllowed } from "./launch-allowed.ts";
import { sessionApiProblem } from "./problems.ts";
import { CreatedSessionResponse, CreateSessionBody, SessionParams, SessionSchema } from "./schema.ts";
import { endSession, getOperatorSession, presentSession } from "./sessions.ts";

const common = { tags: ["operator-api"], security: [{ apiCredential: [] }] };

/** The external base URL: configured, or the one this request came in on (development, tests). */
export function baseUrlOf(publicUrl: string | undefined, request: FastifyRequest): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

/**
 * `POST /v1/sessions` (launch), `GET /v1/sessions/:session_id`, `POST /v1/sessions/:session_id/end`.
 * The credential decides operator and environment; a session of another environment does not
 * exist for it.
 */
export const sessionOperatorApiRoutes: RouteFile = (app, ctx) => {
  const deps = ctx.play;
  app.post(
    "/sessions",
    {
      preHandler: requireLaunchAllowed,
      schema: {
        ...common,
        summary: "Launch a game: a session and a single-use launch URL for the player's browser",
        description:
          "The launch URL works once and expires after a minute. Opening it asks your wallet for the player's " +
          "balance (real play) and sends the player to the game. `demo: true` plays with platform-held play money.",
        body: CreateSessionBody,
        response: withProblems({ 201: CreatedSessionResponse }),
      },
    },
    async (request, reply) => {
      const body = request.body;
      const result = await createSession(deps, {
        caller: apiCallerOf(request),
        playerId: body.player_id,
        currency: body.currency,
        gameId: body.game_id,
        language: body.language,
        returnUrl: body.return_url,
        cashierUrl: body.cashier_url,
        demo: body.demo ?? false,
      });
      if (!result.ok) throw sessionApiProblem.from(result);
      return reply
        .code(201)
        .header("cache-control", "no-store")
        .send({
          session_id: result.session.id,
          launch_url: `${baseUrlOf(ctx.publicUrl, request)}/launch/${result.launchToken}`,
          launch_expires_at_ms: result.session.launch_expires_at_ms,
          demo: result.session.demo === 1,
        });
    },
  );

  app.get(
    "/sessions/:session_id",
    {
      schema: {
        ...common,
        summary: "One of your game sessions (only in your credential's environment)",
        params: SessionParams,
        response: withProblems({ 200: SessionSchema }),
      },
    },
    async (request) => {
      const caller = apiCallerOf(request);
      const row = await getOperatorSession(deps, {
        operatorId: caller.operatorId,
        environment: caller.environment,
        sessionId: request.params.session_id,
      });
      if (row === undefined)
        throw sessionApiProblem("SESSION_NOT_FOUND", `No session ${request.params.session_id} here.`);
      return presentSession(row);
    },
  );

  app.post(
    "/sessions/:session_id/end",
    {
      schema: {
        ...common,
        summary: "End a session: no new bets; open rounds still settle",
        params: SessionParams,
        response: withProblems({ 200: SessionSchema }),
      },
    },
    async (request) => {
      const caller = apiCallerOf(request);
      const result = await endSession(deps, {
        operatorId: caller.operatorId,
        environment: caller.environment,
        sessionId: request.params.session_id,
        reason: "operator",
      });
      if (!result.ok) throw sessionApiProblem.from(result);
      return presentSession(result.session);
    },
  );
};
