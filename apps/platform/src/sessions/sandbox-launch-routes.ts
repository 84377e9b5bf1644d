import { Type } from "typebox";
import { backofficeCallerOf } from "../http/callers.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { getOperator } from "../operators/operators.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { createSession } from "./create-session.ts";
import { baseUrlOf } from "./operator-api-routes.ts";
import { CreatedSessionResponse, CreateSessionBody } from "./schema.ts";

const SandboxLaunchBody = Type.Object(
  {
    game_id: CreateSessionBody.properties.game_id,
    player_id: CreateSessionBody.properties.player_id,
    currency: CreateSessionBody.properties.currency,
    language: Type.Optional(CreateSessionBody.properties.language),
  },
  { additionalProperties: false },
);

/**
 * `POST /backoffice/sandbox/launches`: a team member plays any game offered to their players as
 * a test player, from the backoffice. It is the launch `/v1/sessions` makes with a sandbox
 * credential (same checks, same session, same single-use launch URL): the wallet calls go to the
 * operator's sandbox callback URL, and the rounds are found in the explorer like any other.
 * The game's exit and deposit buttons lead back to the backoffice.
 */
export const sandboxLaunchRoutes: RouteFile = (app, ctx) => {
  app.post(
    "/sandbox/launches",
    {
      schema: {
        tags: ["backoffice"],
        security: [{ backofficeSession: [] }],
        summary: "Play a game in sandbox as a test player: a session and a single-use launch URL",
        description:
          "Real sandbox play: opening the URL asks your sandbox wallet (your sandbox callback URL) for the player's balance, " +
          "and every bet and win is a wallet call to it, listed in the rounds explorer.",
        body: SandboxLaunchBody,
        response: withProblems({ 201: CreatedSessionResponse }),
      },
    },
    async (request, reply) => {
      const caller = backofficeCallerOf(request);
      const operator = await getOperator(ctx.deps, caller.operatorId);
      if (operator === undefined) throw backofficeProblem("UNAUTHORIZED", "The operator is gone.");
      const base = baseUrlOf(ctx.publicUrl, request);
      const body = request.body;
      const result = await createSession(ctx.play, {
        caller: {
          operatorId: caller.operatorId,
          environment: "sandbox",
          // No API credential: the session is the team member's (logged with their user id).
          credentialId: `user:${caller.userId}`,
          operatorStatus: operator.status,
        },
        playerId: body.player_id,
        currency: body.currency,
        gameId: body.game_id,
        language: body.language ?? "en",
        returnUrl: `${base}/ui/`,
        cashierUrl: `${base}/ui/`,
        demo: false,
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return reply
        .code(201)
        .header("cache-control", "no-store")
        .send({
          session_id: result.session.id,
          launch_url: `${base}/launch/${result.launchToken}`,
          launch_expires_at_ms: result.session.launch_expires_at_ms,
          demo: false,
        });
    },
  );
};
