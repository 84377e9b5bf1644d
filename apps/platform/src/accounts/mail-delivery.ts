import type { ServiceDeps } from "../deps.ts";
import type { MailTransport } from "./mail-service.ts";

/*
 * Delivery of `pending` account mail through SMTP, after the request that queued it answered.
 *
 * | outcome of an attempt            | what happens                                           |
 * |----------------------------------|--------------------------------------------------------|
 * | the server accepted the mail     | `sent`                                                 |
 * | any error (refused, down, slow)  | `pending` again, next try after RETRY_DELAYS_MS[n]     |
 * | error on the last attempt        | `failed` with the error, listed for admins             |
 * | the process died mid-attempt     | the claim's lease runs out; another attempt is made    |
 *
 * Every error is retried: a reset or an invitation is worth a second try even after a refusal
 * that looks final (a mailbox full today may take mail tomorrow), and the horizon is short.
 * A mail may, rarely, go out twice (a crash after the server accepted it, before `sent` was
 * written): harmless for a link that works once.
 */

/** Waits between attempts: quick at first (a server restarting), then spread over about a day. */
export const RETRY_DELAYS_MS = [
  30_000,
  2 * 60_000,
  10 * 60_000,
  60 * 60_000,
  6 * 60 * 60_000,
  12 * 60 * 60_000,
];
/** Attempts in all: the first and one per delay. A reset link expires after an hour anyway. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A claimed mail is not claimed again for this long: longer than one SMTP attempt can take. */
export const CLAIM_LEASE_MS = 2 * 60_000;
/** How often the outbox is looked at without a wake (retries falling due, other processes' mail). */
export const DELIVERY_INTERVAL_MS = 15_000;
/** Mails per pass: the rest waits for the next. */
export const MAILS_PER_PASS = 20;
/** Enough of an SMTP error for an admin to act on, never a whole transcript. */
const ERROR_TEXT_MAX = 500;

type Deps = Pick<ServiceDeps, "db" | "clock" | "logger">;

/** Sends the due pending mails once; returns how many were sent and how many failed for good. */
export async function deliverDueMails(
  deps: Deps,
  transport: MailTransport,
): Promise<{ sent: number; failed: number }> {
  const now = deps.clock();
  const due = await deps.db
    .selectFrom("account_mails")
    .select(["id", "to_email", "subject", "body", "attempts"])
    .where("status", "=", "pending")
    .where("next_attempt_at_ms", "<=", now)
    .orderBy("next_attempt_at_ms")
    .limit(MAILS_PER_PASS)
    .execute();
  let sent = 0;
  let failed = 0;
  for (const mail of due) {
    // Claimed by raising the attempt count: of two processes, one updates the row, one does not.
    const claimed = await deps.db
      .updateTable("account_mails")
      .set({ attempts: mail.attempts + 1, next_attempt_at_ms: now + CLAIM_LEASE_MS })
      .where("id", "=", mail.id)
      .where("status", "=", "pending")
      .where("attempts", "=", mail.attempts)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const attempt = mail.attempts + 1;
    try {
      await transport.send({ to: mail.to_email, subject: mail.subject, body: mail.body });
      await deps.db
        .updateTable("account_mails")
        .set({ status: "sent", sent_at_ms: deps.clock(), next_attempt_at_ms: null, last_error: null })
        .where("id", "=", mail.id)
        .execute();
      sent += 1;
    } catch (error) {
      const text = (error instanceof Error ? error.message : String(error)).slice(0, ERROR_TEXT_MAX);
      const last = attempt >= MAX_ATTEMPTS;
      await deps.db
        .updateTable("account_mails")
        .set({
          status: last ? "failed" : "pending",
          last_error: text,
          next_attempt_at_ms: last ? null : deps.clock() + (RETRY_DELAYS_MS[attempt - 1] ?? 0),
        })
        .where("id", "=", mail.id)
        .execute();
      if (last) failed += 1;
      deps.logger.warn({ mailId: mail.id, attempt, err: text, final: last }, "account mail not sent");
    }
  }
  return { sent, failed };
}

export interface MailDelivery {
  stop(): Promise<void>;
}

/**
 * Runs `deliverDueMails` every DELIVERY_INTERVAL_MS and whenever a mail is queued in this process
 * (`deps.mail.wake`), one pass at a time, until stopped.
 */
export function startMailDelivery(
  deps: Deps & Pick<ServiceDeps, "mail">,
  options: { readonly intervalMs?: number } = {},
): MailDelivery | undefined {
  const transport = deps.mail.transport;
  if (transport === undefined) return undefined;
  let running: Promise<unknown> = Promise.resolve();
  let queued = false;
  const pass = () => {
    // A wake while a pass is waiting to run adds nothing: that pass will see the new mail.
    if (queued) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      await deliverDueMails(deps, transport).catch((error: unknown) =>
        deps.logger.error({ err: error }, "delivering account mail failed"),
      );
    });
  };
  const timer = setInterval(pass, options.intervalMs ?? DELIVERY_INTERVAL_MS);
  timer.unref();
  const unsubscribe = deps.mail.onWake(pass);
  pass();
  return {
    async stop() {
      clearInterval(timer);
      unsubscribe();
      await running;
      transport.close();
    },
  };
}
