import { signInRoute, type SignInLimits } from "../http/sign-in-routes.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { loginAdmin } from "./admins.ts";
import { AdminLoginBody, AdminLoginResponse } from "./schema.ts";

/** Admin sign-in, failures counted per account and per IP in the surface's `loginLimits`. */
export function adminPublicRoutes(app: TypedFastify, ctx: AppContext, loginLimits: SignInLimits): void {
  signInRoute(app, ctx, {
    tag: "admin",
    summary: "Sign in as an admin; returns a bearer session token",
    body: AdminLoginBody,
    response: AdminLoginResponse,
    limits: loginLimits,
    signIn: (input) => loginAdmin(ctx.deps, input),
    refused: (message) => adminProblem("INVALID_LOGIN", message),
  });
}
