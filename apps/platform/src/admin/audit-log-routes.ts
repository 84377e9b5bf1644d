import { listAudit } from "../audit/audit-log.ts";
import { pageParams } from "../http/page-params.ts";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { PageOf } from "../pagination/cursor.ts";
import { AuditEntrySchema, AuditQuery } from "./schema.ts";

/** The audit log, newest first, filterable by actor, target and action. */
export const auditLogRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/audit-log",
    {
      schema: {
        tags: ["admin"],
        summary: "Audit log: who did what to which target, when (newest first)",
        security: [{ adminSession: [] }],
        querystring: AuditQuery,
        response: withProblems({ 200: PageOf(AuditEntrySchema) }),
      },
    },
    async (request) =>
      listAudit(ctx.deps, {
        actorId: request.query.actorId,
        targetId: request.query.targetId,
        action: request.query.action,
        ...pageParams(request.query),
      }),
  );
};
