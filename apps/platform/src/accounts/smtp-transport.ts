import nodemailer from "nodemailer";
import type { MailTransport } from "./mail-service.ts";

/**
 * Every default of the SMTP client, spelled out. Short: a mail is retried by the delivery loop
 * (mail-delivery.ts), so one attempt need not wait long for a server that is down or slow.
 */
/** A TCP (and TLS) connection not up within this is an attempt failed. */
const CONNECTION_TIMEOUT_MS = 10_000;
/** The server's greeting after connecting. */
const GREETING_TIMEOUT_MS = 10_000;
/** Silence on an open connection (e.g. after DATA) longer than this fails the attempt. */
const SOCKET_TIMEOUT_MS = 30_000;

/**
 * The SMTP transport of SMTP_URL (`smtp://user:pass@host:587` upgrades with STARTTLS when the
 * server offers it; `smtps://…:465` is TLS from the start), sending from MAIL_FROM. One
 * connection per mail (no pool): account mail is rare, and a pooled connection would outlive
 * a server restart.
 *
 * @example
 * const transport = createSmtpTransport({ url: "smtp://mail.example.com:587", from: "Croupier <no-reply@example.com>" });
 */
export function createSmtpTransport(options: { url: string; from: string }): MailTransport {
  const transporter = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  return {
    async send(mail) {
      await transporter.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.body });
    },
    close: () => transporter.close(),
  };
}
