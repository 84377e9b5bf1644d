import { backofficeCallerOf } from "../http/callers.ts";
import { backofficeProblem } from "../surfaces/backoffice/problems.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { roleOf } from "./roles.ts";
import { AccountSchema, TotpCodeBody, TotpEnabledResponse, TotpSetupResponse } from "./schema.ts";
import { disableTotp, enableTotp, setUpTotp, totpState } from "./totp.ts";

const common = { tags: ["backoffice"], security: [{ backofficeSession: [] }] };

/** The signed-in user's own account: role and the TOTP second factor (set up, enable, disable). */
export const accountRoutes: RouteFile = (app, ctx) => {
  const subjectOf = (userId: string) => ({ realm: "backoffice" as const, subjectId: userId });

  app.get(
    "/account",
    {
      schema: {
        ...common,
        summary: "Your account: role and second factor",
        response: withProblems({ 200: AccountSchema }),
      },
    },
    async (request) => {
      const caller = backofficeCallerOf(request);
      const state = await totpState(ctx.deps, subjectOf(caller.userId));
      return {
        userId: caller.userId,
        email: caller.email,
        role: await roleOf(ctx.deps, caller.userId),
        secondFactor: { enabled: state.enabled, recoveryCodesLeft: state.recoveryCodesLeft },
      };
    },
  );

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
      const caller = backofficeCallerOf(request);
      const result = await setUpTotp(ctx.deps, subjectOf(caller.userId), caller.email);
      if (!result.ok) throw backofficeProblem.from(result);
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
      const result = await enableTotp(
        ctx.deps,
        subjectOf(backofficeCallerOf(request).userId),
        request.body.code,
      );
      if (!result.ok) throw backofficeProblem.from(result);
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
      const done = await disableTotp(
        ctx.deps,
        subjectOf(backofficeCallerOf(request).userId),
        request.body.code,
      );
      if (!done)
        throw backofficeProblem(
          "INVALID_SECOND_FACTOR",
          "That code is not valid, or no second factor is enabled.",
        );
      return reply.code(204).send();
    },
  );
};
