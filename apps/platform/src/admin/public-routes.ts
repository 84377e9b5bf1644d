import type { FailureLimiter } from "../http/failure-limiter.ts";
import { signInRoute } from "../http/sign-in-routes.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { loginAdmin } from "./admins.ts";
import { AdminLoginBody, AdminLoginResponse } from "./schema.ts";

/** Admin sign-in, failures counted per IP in the surface's `loginFailures`. */
export function adminPublicRoutes(app: TypedFastify, ctx: AppContext, loginFailures: FailureLimiter): void {
  signInRoute(app, {
    tag: "admin",
    summary: "Sign in as an admin; returns a bearer session token",
    body: AdminLoginBody,
    response: AdminLoginResponse,
    failures: loginFailures,
    signIn: (input) => loginAdmin(ctx.deps, input),
    refused: (message) => adminProblem("INVALID_LOGIN", message),
  });
}
