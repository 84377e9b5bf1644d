import { Type } from "typebox";
import { backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { Password } from "../backoffice/schema.ts";
import { PASSWORD_MAX_LENGTH } from "../auth/passwords.ts";
import { EpochMs, withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { changePassword, listSessions, signOutElsewhere } from "./sessions.ts";

const common = { tags: ["backoffice"], security: [{ backofficeSession: [] }] };

const SessionList = Type.Object({
  items: Type.Array(
    Type.Object({ id: Type.String(), createdAtMs: EpochMs, expiresAtMs: EpochMs, current: Type.Boolean() }),
  ),
});
const PasswordBody = Type.Object(
  { current: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }), next: Password },
  { additionalProperties: false },
);

/** One's own sessions ("sign out everywhere else") and password change. */
export const sessionAccountRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/account/sessions",
    {
      schema: {
        ...common,
        summary: "Your signed-in sessions, newest first",
        response: withProblems({ 200: SessionList }),
      },
    },
    async (request) => {
      const caller = backofficeCallerOf(request);
      return { items: await listSessions(ctx.deps, caller.userId, caller.token) };
    },
  );

  app.post(
    "/account/sessions/sign-out-others",
    {
      schema: {
        ...common,
        summary: "Sign out everywhere else (every session but this one ends now)",
        response: withProblems({ 200: Type.Object({ ended: Type.Integer() }) }),
      },
    },
    async (request) => {
      const caller = backofficeCallerOf(request);
      return { ended: await signOutElsewhere(ctx.deps, caller.userId, caller.token) };
    },
  );

  app.post(
    "/account/password",
    {
      config: { rateLimit: { max: 10, timeWindow: 15 * 60_000 } },
      schema: {
        ...common,
        summary: "Change your password (the current one is required); your other sessions end",
        body: PasswordBody,
        response: withProblems({ 204: { type: "null" } }),
      },
    },
    async (request, reply) => {
      const caller = backofficeCallerOf(request);
      const result = await changePassword(ctx.deps, {
        userId: caller.userId,
        currentToken: caller.token,
        current: request.body.current,
        next: request.body.next,
      });
      if (!result.ok) throw backofficeProblem.from(result);
      return reply.code(204).send();
    },
  );
};
