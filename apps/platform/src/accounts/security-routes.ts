import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { PASSWORD_MAX_LENGTH } from "../auth/passwords.ts";
import type { SessionRealm } from "../auth/tables.ts";
import { Email, Password } from "../backoffice/schema.ts";
import type { ProblemError } from "../http/problem.ts";
import { EpochMs, withProblems } from "../http/schemas.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import type { AccountSubject } from "./account-subject.ts";
import { requestPasswordReset, resetPassword } from "./password-reset.ts";
import type { accountSecurityProblems } from "./problems.ts";
import { TotpCodeBody, TotpEnabledResponse, TotpSetupResponse } from "./schema.ts";
import { changePassword, listSessions, signOutElsewhere } from "./sessions.ts";
import { disableTotp, enableTotp, setUpTotp } from "./totp.ts";
import type { RequirementSubject } from "./totp-requirement.ts";
import { uiLink } from "./ui-link.ts";

/** The codes these routes answer; both surfaces' catalogues have them. */
type SecurityCode = keyof typeof accountSecurityProblems | "INVALID_LOGIN";

/** What a surface tells the shared routes: its name in the docs and how to read its caller. */
export interface SecuritySurface {
  readonly realm: SessionRealm;
  readonly tag: "admin" | "backoffice";
  readonly security: readonly Record<string, string[]>[];
  readonly callerOf: (request: FastifyRequest) => RequirementSubject & { email: string; token: string };
  readonly problem: (code: SecurityCode, message: string) => ProblemError;
}

const SessionList = Type.Object({
  items: Type.Array(
    Type.Object({ id: Type.String(), createdAtMs: EpochMs, expiresAtMs: EpochMs, current: Type.Boolean() }),
  ),
});
const PasswordBody = Type.Object(
  { current: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }), next: Password },
  { additionalProperties: false },
);

/**
 * One's own account security, the same for admins (`/admin/account/…`) and operator users
 * (`/backoffice/account/…`): the TOTP second factor (set up, enable, disable), signed-in sessions
 * with "sign out everywhere else", and the password change.
 */
export function accountSecurityRoutes(app: TypedFastify, ctx: AppContext, surface: SecuritySurface): void {
  const common = { tags: [surface.tag], security: [...surface.security] };
  const subjectOf = (request: FastifyRequest): AccountSubject => ({
    realm: surface.realm,
    subjectId: surface.callerOf(request).subjectId,
  });

  app.post(
    "/account/totp/setup",
    {
      schema: {
        ...common,
        summary: "Start setting up a TOTP second factor: a new secret (shown once)",
        response: withProblems({ 200: TotpSetupResponse }),
      },
    },
    async (request) => {
      const result = await setUpTotp(ctx.deps, subjectOf(request), surface.callerOf(request).email);
      if (!result.ok) throw surface.problem(result.code, result.message);
      return { secret: result.secret, uri: result.uri };
    },
  );

  app.post(
    "/account/totp/enable",
    {
      schema: {
        ...common,
        summary: "Confirm the setup with a first code; returns recovery codes (shown once)",
        body: TotpCodeBody,
        response: withProblems({ 200: TotpEnabledResponse }),
      },
    },
    async (request) => {
      const result = await enableTotp(ctx.deps, subjectOf(request), request.body.code);
      if (!result.ok) throw surface.problem(result.code, result.message);
      return { recoveryCodes: result.recoveryCodes };
    },
  );

  app.post(
    "/account/totp/disable",
    {
      schema: {
        ...common,
        summary: "Turn the second factor off, with a current code or a recovery code",
        body: TotpCodeBody,
        response: withProblems({ 204: { type: "null" } }),
      },
    },
    async (request, reply) => {
      if (!(await disableTotp(ctx.deps, subjectOf(request), request.body.code)))
        throw surface.problem(
          "INVALID_SECOND_FACTOR",
          "That code is not valid, or no second factor is enabled.",
        );
      return reply.code(204).send();
    },
  );

  app.get(
    "/account/sessions",
    {
      schema: {
        ...common,
        summary: "Your signed-in sessions, newest first",
        response: withProblems({ 200: SessionList }),
      },
    },
    async (request) => ({
      items: await listSessions(ctx.deps, subjectOf(request), surface.callerOf(request).token),
    }),
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
    async (request) => ({
      ended: await signOutElsewhere(ctx.deps, subjectOf(request), surface.callerOf(request).token),
    }),
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
      const result = await changePassword(ctx.deps, {
        subject: subjectOf(request),
        currentToken: surface.callerOf(request).token,
        current: request.body.current,
        next: request.body.next,
      });
      if (!result.ok) throw surface.problem(result.code, result.message);
      return reply.code(204).send();
    },
  );
}

/**
 * The open password reset routes of a surface (rate-limited per IP): ask for a link by mail
 * (it opens the web UI's reset page, see ui-link.ts), and set a new password with its token.
 */
export function passwordResetRoutes(
  app: TypedFastify,
  ctx: AppContext,
  surface: Pick<SecuritySurface, "realm" | "tag" | "problem">,
): void {
  const limit = { rateLimit: { max: ctx.limits.registrationsPerHour, timeWindow: 60 * 60_000 } };
  const page = surface.realm === "admin" ? "admin/reset-password" : "reset-password";
  app.post(
    "/password-resets",
    {
      config: limit,
      schema: {
        tags: [surface.tag],
        summary:
          "Ask for a one-time password reset link by mail (the same answer whether or not the email has an account)",
        body: Type.Object({ email: Email }, { additionalProperties: false }),
        response: withProblems({ 202: { type: "null" } }),
      },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx.deps, {
        realm: surface.realm,
        email: request.body.email,
        resetUrl: uiLink(ctx, request, page),
      });
      return reply.code(202).send();
    },
  );

  app.post(
    "/password-resets/confirm",
    {
      config: limit,
      schema: {
        tags: [surface.tag],
        summary: "Set a new password with a reset link's token; every session of the account ends",
        body: Type.Object(
          { token: Type.String({ minLength: 10, maxLength: 200 }), password: Password },
          { additionalProperties: false },
        ),
        response: withProblems({ 204: { type: "null" } }),
      },
    },
    async (request, reply) => {
      const result = await resetPassword(ctx.deps, { realm: surface.realm, ...request.body });
      if (!result.ok) throw surface.problem(result.code, result.message);
      return reply.code(204).send();
    },
  );
}
