import type { ServiceDeps } from "../deps.ts";

export interface AccountMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/**
 * Sends account mail (invitations). This build has no SMTP transport: every mail is written
 * to the log and kept in `account_mails`, which admins list (GET /admin/account-mails) — the
 * development path the product asks for. Links in mail are one-time and expire.
 */
export async function sendAccountMail(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "logger">,
  mail: AccountMail,
): Promise<void> {
  await deps.db
    .insertInto("account_mails")
    .values({
      id: deps.ids("mail"),
      to_email: mail.to,
      subject: mail.subject,
      body: mail.body,
      created_at_ms: deps.clock(),
    })
    .execute();
  deps.logger.info(
    { to: mail.to, subject: mail.subject, body: mail.body },
    "account mail (no SMTP configured)",
  );
}
