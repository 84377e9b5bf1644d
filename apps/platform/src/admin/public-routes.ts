import { secondFactorStep } from "../accounts/second-factor.ts";
import { passwordResetRoutes } from "../accounts/security-routes.ts";
import { signInRoute, type SignInLimits } from "../http/sign-in-routes.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { loginAdmin } from "./admins.ts";
import { AdminLoginBody, AdminLoginResponse } from "./schema.ts";

/**
 * Admin sign-in (failures counted per account and per IP in the surface's `loginLimits`; an
 * admin with a second factor sends its code too) and password reset by a mailed link.
 */
export function adminPublicRoutes(app: TypedFastify, ctx: AppContext, loginLimits: SignInLimits): void {
  signInRoute(app, ctx, {
    tag: "admin",
    summary: "Sign in as an admin; returns a bearer session token",
    body: AdminLoginBody,
    response: AdminLoginResponse,
    limits: loginLimits,
    signIn: (input) => loginAdmin(ctx.deps, input),
    refused: (message) => adminProblem("INVALID_LOGIN", message),
    secondStep: secondFactorStep<{ token: string; admin: { id: string } }>(ctx.deps, {
      realm: "admin",
      subjectIdOf: (signedIn) => signedIn.admin.id,
      problem: (code, message) => adminProblem(code, message),
    }),
  });
  passwordResetRoutes(app, ctx, {
    realm: "admin",
    tag: "admin",
    problem: (code, message) => adminProblem(code, message),
  });
}
