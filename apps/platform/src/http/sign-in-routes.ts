import type { FastifyRequest } from "fastify";
import { Type, type TSchema } from "typebox";
import { closeSession } from "../auth/sessions.ts";
import type { FailureLimiter } from "./failure-limiter.ts";
import type { ProblemError } from "./problem.ts";
import { withProblems } from "./schemas.ts";
import { loginThrottle } from "./session-auth.ts";
import type { AppContext, TypedFastify } from "./types.ts";

/**
 * `POST /login` of a surface with accounts (admin, backoffice): the same throttle, the same
 * refusal and the same answer shape for both, the account's presentation aside. Failures are
 * counted per client IP in the surface's own `failures`; past the limit the password is not
 * even checked.
 *
 * @example
 * signInRoute(app, { tag: "admin", summary: "Sign in as an admin", body: AdminLoginBody,
 *   response: AdminLoginResponse, failures, signIn: (input) => loginAdmin(ctx.deps, input),
 *   refused: (message) => adminProblem("INVALID_LOGIN", message) });
 */
export function signInRoute<T>(
  app: TypedFastify,
  options: {
    readonly tag: string;
    readonly summary: string;
    readonly body: TSchema;
    readonly response: TSchema;
    readonly failures: FailureLimiter;
    readonly signIn: (input: {
      email: string;
      password: string;
    }) => Promise<{ readonly ok: false; readonly message: string } | ({ readonly ok: true } & T)>;
    readonly refused: (message: string) => ProblemError;
    /**
     * A second step after a correct password (the backoffice's TOTP code): a refusal ends the
     * sign-in with its problem, and counts as a failure when `failed` says so.
     */
    readonly secondStep?: (
      signedIn: T,
      body: Record<string, unknown>,
    ) => Promise<{ readonly problem: ProblemError; readonly failed: boolean } | undefined>;
  },
): void {
  const throttle = loginThrottle(options.failures);
  app.post(
    "/login",
    {
      schema: {
        tags: [options.tag],
        summary: options.summary,
        body: options.body,
        response: withProblems({ 200: options.response }),
      },
    },
    async (request, reply) => {
      throttle.check(request, reply);
      const result = await options.signIn(request.body as { email: string; password: string });
      if (!result.ok) {
        throttle.failed(request);
        throw options.refused(result.message);
      }
      const refusal = await options.secondStep?.(result, request.body as Record<string, unknown>);
      if (refusal !== undefined) {
        if (refusal.failed) throttle.failed(request);
        throw refusal.problem;
      }
      return result;
    },
  );
}

/** `POST /logout` of a surface with sessions: ends the session of the request's token. */
export function signOutRoute(
  app: TypedFastify,
  ctx: AppContext,
  options: {
    readonly tag: string;
    readonly security: readonly Record<string, string[]>[];
    readonly tokenOf: (request: FastifyRequest) => string;
  },
): void {
  app.post(
    "/logout",
    {
      schema: {
        tags: [options.tag],
        summary: "End this session",
        security: [...options.security],
        response: withProblems({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      await closeSession(ctx.deps, options.tokenOf(request));
      return reply.code(204).send(null);
    },
  );
}
