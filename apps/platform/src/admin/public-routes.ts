import { loginThrottle } from "../http/session-auth.ts";
import { withProblems } from "../http/schemas.ts";
import type { FailureLimiter } from "../http/failure-limiter.ts";
import type { AppContext, TypedFastify } from "../http/types.ts";
import { loginAdmin } from "./admins.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { AdminLoginBody, AdminLoginResponse } from "./schema.ts";

/** Admin sign-in, failures counted per IP in the surface's `loginFailures`. */
export function adminPublicRoutes(app: TypedFastify, ctx: AppContext, loginFailures: FailureLimiter): void {
  const throttle = loginThrottle(loginFailures);
  app.post(
    "/login",
    {
      schema: {
        tags: ["admin"],
        summary: "Sign in as an admin; returns a bearer session token",
        body: AdminLoginBody,
        response: withProblems({ 200: AdminLoginResponse }),
      },
    },
    async (request, reply) => {
      throttle.check(request, reply);
      const result = await loginAdmin(ctx.deps, request.body);
      if (!result.ok) {
        throttle.failed(request);
        throw adminProblem("INVALID_LOGIN", result.message);
      }
      return result;
    },
  );
}
