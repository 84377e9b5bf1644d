import type { ServiceDeps } from "../deps.ts";
import type { AccountMail } from "./mail-service.ts";

/**
 * Queues account mail (invitations, password resets) in `account_mails`, the outbox. With SMTP
 * the row is `pending` and the delivery loop sends it after the request has answered, retrying
 * while the server is down (mail-delivery.ts): a request never waits on, or fails with, the mail
 * server. Without SMTP (development) the mail is written to the log and kept as `logged`, where
 * admins read it (GET /admin/account-mails). Links in mail are one-time and expire.
 */
export async function sendAccountMail(
  deps: Pick<ServiceDeps, "db" | "clock" | "ids" | "logger" | "mail">,
  mail: AccountMail,
): Promise<void> {
  const now = deps.clock();
  const smtp = deps.mail.transport !== undefined;
  const id = deps.ids("mail");
  await deps.db
    .insertInto("account_mails")
    .values({
      id,
      to_email: mail.to,
      subject: mail.subject,
      body: mail.body,
      created_at_ms: now,
      status: smtp ? "pending" : "logged",
      attempts: 0,
      next_attempt_at_ms: smtp ? now : null,
      last_error: null,
      sent_at_ms: null,
    })
    .execute();
  if (smtp) {
    deps.mail.wake();
    return;
  }
  deps.logger.info(
    { to: mail.to, subject: mail.subject, body: mail.body },
    "account mail (no SMTP configured)",
  );
}
