import { backofficeProblem } from "../backoffice/problems.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { AcceptInviteBody, AcceptInviteResponse } from "./schema.ts";
import { acceptInvite } from "./team.ts";

/** Accepting an invitation is open to whoever holds the link (rate-limited like registration). */
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
};
