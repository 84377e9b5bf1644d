import { Type } from "typebox";
import { withProblems } from "../http/schemas.ts";
import type { RouteFile } from "../http/types.ts";
import { AccountMailSchema } from "./schema.ts";

const MAILS_SHOWN = 100;

/** Account mail as sent (invitations): without SMTP, the place where development links are read. */
export const accountAdminRoutes: RouteFile = (app, ctx) => {
  app.get(
    "/account-mails",
    {
      schema: {
        tags: ["admin"],
        security: [{ adminSession: [] }],
        summary: `The last ${MAILS_SHOWN} account mails (invitations), newest first`,
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
          body: r.body,
          createdAtMs: r.created_at_ms,
        })),
      };
    },
  );
};
