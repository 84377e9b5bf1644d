import { Type } from "typebox";
import { accountSecurityRoutes, type SecuritySurface } from "../accounts/security-routes.ts";
import { secondFactorSummary, SecondFactorSummary } from "../accounts/security-summary.ts";
import { listTotpRequirements, setTotpRequirement } from "../accounts/totp-requirement.ts";
import { adminActorOf, adminCallerOf } from "../http/callers.ts";
import { EpochMs, withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { getOperator } from "../operators/operators.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { OperatorIdParams } from "./schema.ts";

const security = [{ adminSession: [] }];

/** How the shared account security routes read the admin surface's caller. */
export const adminSecurity: SecuritySurface = {
  realm: "admin",
  tag: "admin",
  security,
  callerOf: (request) => {
    const caller = adminCallerOf(request);
    return { realm: "admin", subjectId: caller.adminId, email: caller.email, token: caller.token };
  },
  problem: (code, message) => adminProblem(code, message),
};

const AdminAccount = Type.Object({
  adminId: Type.String(),
  email: Type.String(),
  secondFactor: SecondFactorSummary,
});
const TotpRequirementsSchema = Type.Object({
  admins: Type.Boolean({ description: "Every admin must have a second factor." }),
  operators: Type.Boolean({ description: "Every operator's users must have one." }),
  operatorIds: Type.Array(Type.String(), { description: "Operators whose users must have one." }),
});
const PlatformRequirementBody = Type.Object(
  { admins: Type.Boolean(), operators: Type.Boolean() },
  { additionalProperties: false },
);
const OperatorRequirement = Type.Object({ required: Type.Boolean() }, { additionalProperties: false });

/**
 * The signed-in admin's own account (second factor, sessions, password: the routes operator
 * users have, security-routes.ts), and the requirement of a second factor that admins set for
 * admins and for operators' users; every change of that is audit-logged.
 */
export const adminSecurityRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/account",
    {
      schema: {
        tags: ["admin"],
        security,
        summary: "Your admin account and its second factor",
        response: withProblems({ 200: AdminAccount }),
      },
    },
    async (request) => {
      const who = adminSecurity.callerOf(request);
      return {
        adminId: who.subjectId,
        email: who.email,
        secondFactor: await secondFactorSummary(ctx.deps, who),
      };
    },
  );
  accountSecurityRoutes(app, ctx, adminSecurity);

  app.get(
    "/security/totp-requirements",
    {
      schema: {
        tags: ["admin"],
        security,
        summary: "Where a TOTP second factor is required: admins, every operator, some operators",
        response: withProblems({ 200: TotpRequirementsSchema }),
      },
    },
    async () => listTotpRequirements(ctx.deps),
  );

  app.put(
    "/security/totp-requirements",
    {
      schema: {
        tags: ["admin"],
        security,
        summary: "Require a second factor of every admin and/or of every operator's users",
        description:
          "Accounts without one may only set it up (SECOND_FACTOR_ENROLLMENT_REQUIRED elsewhere), from their next request.",
        body: PlatformRequirementBody,
        response: withProblems({ 200: TotpRequirementsSchema }),
      },
    },
    async (request) => {
      const actor = adminActorOf(request);
      await setTotpRequirement(ctx.deps, { scope: "admins", required: request.body.admins, actor });
      await setTotpRequirement(ctx.deps, { scope: "operators", required: request.body.operators, actor });
      return listTotpRequirements(ctx.deps);
    },
  );

  app.put(
    "/operators/:operatorId/totp-requirement",
    {
      schema: {
        tags: ["admin"],
        security,
        summary: "Require (or stop requiring) a second factor of one operator's users",
        params: OperatorIdParams,
        body: OperatorRequirement,
        response: withProblems({
          200: Type.Object({ operatorId: Type.String(), required: Type.Boolean(), changedAtMs: EpochMs }),
        }),
      },
    },
    async (request) => {
      const { operatorId } = request.params;
      if ((await getOperator(ctx.deps, operatorId)) === undefined)
        throw adminProblem("OPERATOR_NOT_FOUND", `No operator ${operatorId}.`);
      await setTotpRequirement(ctx.deps, {
        scope: { operatorId },
        required: request.body.required,
        actor: adminActorOf(request),
      });
      return { operatorId, required: request.body.required, changedAtMs: ctx.deps.clock() };
    },
  );
};
