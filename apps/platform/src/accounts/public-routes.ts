import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { Type } from "typebox";
import { Email, Password } from "../backoffice/schema.ts";
import { requestPasswordReset, resetPassword } from "./password-reset.ts";
import { AcceptInviteBody, AcceptInviteResponse } from "./schema.ts";
import { acceptInvite } from "./team.ts";

/** Open routes: accepting an invitation and resetting a password (links by mail; rate-limited per IP). */
export const accountPublicRoutes: RouteFile = (app, ctx) => {
  app.post(
    "/invites/accept",
    {
      config: { rateLimit: { max: ctx.limits.registrationsPerHour, timeWindow: 60 * 60_000 } },
      schema: {
        tags: ["backoffice"],
        summary: "Accept a team invitation: choose a password; then sign in",
        body: AcceptInviteBody,
        response: withProblems({ 201: AcceptInviteResponse }),
      },
    },
    async (request, reply) => {
      const result = await acceptInvite(ctx.deps, request.body);
      if (!result.ok) throw backofficeProblem.from(result);
      return reply.code(201).send({ userId: result.userId, email: result.email });
    },
  );

  app.post(
    "/password-resets",
    {
      config: { rateLimit: { max: ctx.limits.registrationsPerHour, timeWindow: 60 * 60_000 } },
      schema: {
        tags: ["backoffice"],
        summary:
          "Ask for a one-time password reset link by mail (the same answer whether or not the email has an account)",
        body: Type.Object({ email: Email }, { additionalProperties: false }),
        response: withProblems({ 202: { type: "null" } }),
      },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx.deps, {
        email: request.body.email,
        resetUrl: `${request.protocol}://${request.host}/ui/reset-password`,
      });
      return reply.code(202).send();
    },
  );

  app.post(
    "/password-resets/confirm",
    {
      config: { rateLimit: { max: ctx.limits.registrationsPerHour, timeWindow: 60 * 60_000 } },
      schema: {
        tags: ["backoffice"],
        summary: "Set a new password with a reset link's token; every session of the account ends",
        body: Type.Object(
          { token: Type.String({ minLength: 10, maxLength: 200 }), password: Password },
          { additionalProperties: false },
        ),
        response: withProblems({ 204: { type: "null" } }),
      },
    },
    async (request, reply) => {
      const result = await resetPassword(ctx.deps, request.body);
      if (!result.ok) throw backofficeProblem.from(result);
      return reply.code(204).send();
    },
  );
};
