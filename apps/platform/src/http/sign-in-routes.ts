import type { FastifyReply, FastifyRequest } from "fastify";
import { Type, type TSchema } from "typebox";
import { normalizeEmail } from "../auth/accounts.ts";
import { closeSession } from "../auth/sessions.ts";
import { commonProblems } from "./common-problems.ts";
import { createFailureLimiter, type FailureLimiter } from "./failure-limiter.ts";
import { problemFactory, type ProblemError } from "./problem.ts";
import { withProblems } from "./schemas.ts";
import type { AppContext, TypedFastify } from "./types.ts";

const problem = problemFactory(commonProblems);

/** The failure counters of one surface's sign-in. */
export interface SignInLimits {
  /** Failures per account (the email as typed, normalized): the guessing limit. */
  readonly perAccount: FailureLimiter;
  /** Failures per client IP, across accounts: a looser limit on spraying many accounts. */
  readonly perIp: FailureLimiter;
}

/** A surface's own sign-in counters, from the app's limits. */
export function createSignInLimits(ctx: Pick<AppContext, "limits" | "deps">): SignInLimits {
  const { loginFailures, loginIpFailures } = ctx.limits;
  return {
    perAccount: createFailureLimiter({
      maxFailures: loginFailures.max,
      windowMs: loginFailures.windowMs,
      clock: ctx.deps.clock,
    }),
    perIp: createFailureLimiter({
      maxFailures: loginIpFailures.max,
      windowMs: loginIpFailures.windowMs,
      clock: ctx.deps.clock,
    }),
  };
}

/**
 * `POST /login` of a surface with accounts (admin, backoffice): the same throttle, the same
 * refusal and the same answer shape for both, the account's presentation aside.
 *
 * Each attempt is counted as a failure, per account and per client IP, before the password is
 * hashed (so concurrent attempts cannot all pass a check made before any failed); a success takes
 * the IP's count back and clears the account's. Past either limit the answer is 429 without any
 * hashing. The account limit has a bounded window, so an attacker can hold an account for at most
 * that long; the IP limit is looser, so that others' failures from one office or NAT do not keep
 * a user out of an account that is not itself held. The check itself runs through the app's
 * `passwordChecks` gate: when that is full the answer is an immediate 429 (nothing counted).
 *
 * @example
 * signInRoute(app, ctx, { tag: "admin", summary: "Sign in as an admin", body: AdminLoginBody,
 *   response: AdminLoginResponse, limits, signIn: (input) => loginAdmin(ctx.deps, input),
 *   refused: (message) => adminProblem("INVALID_LOGIN", message) });
 */
export function signInRoute<T>(
  app: TypedFastify,
  ctx: Pick<AppContext, "passwordChecks">,
  options: {
    readonly tag: string;
    readonly summary: string;
    readonly body: TSchema;
    readonly response: TSchema;
    readonly limits: SignInLimits;
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
  const { perAccount, perIp } = options.limits;
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
      const input = request.body as { email: string; password: string };
      const ipKey = `ip:${request.ip}`;
      const accountKey = `account:${normalizeEmail(input.email)}`;
      const ipWait = perIp.reserve(ipKey);
      if (ipWait !== undefined) throw tooManyFailures(reply, ipWait);
      const accountWait = perAccount.reserve(accountKey);
      if (accountWait !== undefined) {
        perIp.release(ipKey);
        throw tooManyFailures(reply, accountWait);
      }
      const checked = await ctx.passwordChecks.run(() => options.signIn(input));
      if (!checked.ok) {
        perIp.release(ipKey);
        perAccount.release(accountKey);
        reply.header("retry-after", "1");
        throw problem("RATE_LIMITED", "Too many sign-ins are being checked right now; retry in 1 s.");
      }
      const result = checked.value;
      if (!result.ok) throw options.refused(result.message);
      // The password was right; a wrong second factor still counts as a failed attempt, a missing
      // one (the client asks the user for it next) does not.
      const refusal = await options.secondStep?.(result, request.body as Record<string, unknown>);
      if (refusal !== undefined) {
        if (!refusal.failed) {
          perIp.release(ipKey);
          perAccount.release(accountKey);
        }
        throw refusal.problem;
      }
      perIp.release(ipKey);
      perAccount.reset(accountKey);
      return result;
    },
  );
}

function tooManyFailures(reply: FastifyReply, waitSeconds: number): ProblemError {
  reply.header("retry-after", String(waitSeconds));
  return problem("RATE_LIMITED", `Too many failed sign-ins; retry in ${waitSeconds} s.`);
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
