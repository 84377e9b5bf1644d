import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { passwordResetRoutes } from "./security-routes.ts";
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

  passwordResetRoutes(app, ctx, {
    realm: "backoffice",
    tag: "backoffice",
    problem: (code, message) => backofficeProblem(code, message),
  });
};
