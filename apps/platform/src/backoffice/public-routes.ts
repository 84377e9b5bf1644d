import { secondFactorStep } from "../accounts/second-factor.ts";
import { signInRoute, type SignInLimits } from "../http/sign-in-routes.ts";
import { withProblems } from "../http/schemas.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { loginOperatorUser } from "../operators/operator-users.ts";
import { registerOperatorUndisclosed } from "../operators/registration.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { LoginBody, LoginResponse, RegistrationBody, RegistrationResponse } from "./schema.ts";

/**
 * Routes open to anyone: registration (rate-limited per IP) and sign-in (failures counted per
 * account and per IP in the surface's `loginLimits`).
 */
export function publicRoutes(app: TypedFastify, ctx: AppContext, loginLimits: SignInLimits): void {
  app.post(
    "/registrations",
    {
      config: { rateLimit: { max: ctx.limits.registrationsPerHour, timeWindow: 60 * 60_000 } },
      schema: {
        tags: ["backoffice"],
        summary: "Register an operator (company, contact, licences, volume) and its first user",
        description:
          "Creates a `pending` operator; an admin approves or rejects it. Rate-limited per IP. An email that " +
          "already has an account gets the same answer (nothing is created; the account's owner is told), so " +
          "this route does not reveal who is registered.",
        body: RegistrationBody,
        response: withProblems({ 201: RegistrationResponse }),
      },
    },
    async (request, reply) => {
      // Registration hashes the new user's password: the same gate as sign-ins bounds it.
      const checked = await ctx.passwordChecks.run(() => registerOperatorUndisclosed(ctx.deps, request.body));
      if (!checked.ok) {
        reply.header("retry-after", "1");
        throw backofficeProblem(
          "RATE_LIMITED",
          "Too many passwords are being checked right now; retry in 1 s.",
        );
      }
      const result = checked.value;
      if (!result.ok) throw backofficeProblem.from(result);
      return reply
        .code(201)
        .send({ operatorId: result.operatorId, userId: result.userId, status: "pending" as const });
    },
  );

  signInRoute(app, ctx, {
    tag: "backoffice",
    summary: "Sign in as an operator user; returns a bearer session token",
    body: LoginBody,
    response: LoginResponse,
    limits: loginLimits,
    signIn: (input) => loginOperatorUser(ctx.deps, input),
    refused: (message) => backofficeProblem("INVALID_LOGIN", message),
    // A user with a second factor must also send a current TOTP or recovery code.
    secondStep: secondFactorStep<{ token: string; user: { id: string } }>(ctx.deps, {
      realm: "backoffice",
      subjectIdOf: (signedIn) => signedIn.user.id,
      problem: (code, message) => backofficeProblem(code, message),
    }),
  });
}
