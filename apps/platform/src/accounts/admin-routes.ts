import { Type } from "typebox";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { AccountMailSchema } from "./schema.ts";

const MAILS_SHOWN = 100;

/**
 * Account mail (invitations, password resets) and its delivery: without SMTP, the place where
 * development links are read; with SMTP, whether each mail went, is retried or failed, and why.
 */
export const accountAdminRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/account-mails",
    {
      schema: {
        tags: ["admin"],
        security: [{ adminSession: [] }],
        summary: `The last ${MAILS_SHOWN} account mails (invitations, password resets) and their delivery, newest first`,
        response: withProblems({ 200: Type.Object({ items: Type.Array(AccountMailSchema) }) }),
      },
    },
    async () => {
      const rows = await ctx.deps.db
        .selectFrom("account_mails")
        .selectAll()
        .orderBy("created_at_ms", "desc")
        .limit(MAILS_SHOWN)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          to: r.to_email,
          subject: r.subject,
          // Mail that went by SMTP carries links for its recipient only: admins see that it went.
          body: r.status === "logged" ? r.body : null,
          createdAtMs: r.created_at_ms,
          status: r.status,
          attempts: r.attempts,
          lastError: r.last_error,
          nextAttemptAtMs: r.next_attempt_at_ms,
          sentAtMs: r.sent_at_ms,
        })),
      };
    },
  );
};
