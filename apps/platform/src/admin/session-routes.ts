import { withProblems } from "../http/schemas.ts";
import { signOutRoute } from "../http/sign-in-routes.ts";
import type { RouteFile } from "../http/types.ts";
import { getAdmin } from "./admins.ts";
import { adminCallerOf } from "../http/callers.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { AdminSchema } from "./schema.ts";

const security = [{ adminSession: [] }];

export const adminSessionRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/me",
    {
      schema: {
        tags: ["admin"],
        summary: "The signed-in admin",
        security,
        response: withProblems({ 200: AdminSchema }),
      },
    },
    async (request) => {
      const admin = await getAdmin(ctx.deps, adminCallerOf(request).adminId);
      if (admin === undefined) throw adminProblem("UNAUTHORIZED", "This admin no longer exists.");
      return admin;
    },
  );

  signOutRoute(app, ctx, {
    tag: "admin",
    security,
    tokenOf: (request) => adminCallerOf(request).token,
  });
};
