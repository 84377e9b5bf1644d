import { pageParams } from "../http/page-params.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { PageOf, PageQuery } from "../pagination/cursor.ts";
import { Type } from "typebox";
import { createAdmin, listAdmins } from "./admins.ts";
import { adminActorOf } from "../http/callers.ts";
import { adminProblem } from "../surfaces/admin/problems.ts";
import { AdminSchema, CreateAdminBody } from "./schema.ts";

const security = [{ adminSession: [] }];

/** Admin accounts: list and create (any admin may create another). */
export const adminAccountRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/admins",
    {
      schema: {
        tags: ["admin"],
        summary: "List admins (oldest first)",
        security,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: withProblems({ 200: PageOf(AdminSchema) }),
      },
    },
    async (request) => listAdmins(ctx.deps, pageParams(request.query)),
  );

  app.post(
    "/admins",
    {
      schema: {
        tags: ["admin"],
        summary: "Create an admin",
        security,
        body: CreateAdminBody,
        response: withProblems({ 201: AdminSchema }),
      },
    },
    async (request, reply) => {
      const result = await createAdmin(ctx.deps, { ...request.body, actor: adminActorOf(request) });
      if (!result.ok) throw adminProblem.from(result);
      return reply.code(201).send(result.admin);
    },
  );
};
