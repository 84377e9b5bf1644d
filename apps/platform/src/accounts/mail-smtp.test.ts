// Account mail through SMTP: a real SMTP server on loopback receives the password reset mail and
// the link in it works; while the server refuses, the request still answers at once and the mail
// waits in the outbox with its error for admins to see, is retried, and gives up after the last
// attempt. SQLite and PostgreSQL.
import assert from "node:assert/strict";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { testDialects } from "../db/test-databases.ts";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  startHarness,
  USER_PASSWORD,
  type Harness,
} from "../test/platform-harness.ts";
import { MAX_ATTEMPTS, RETRY_DELAYS_MS, deliverDueMails } from "./mail-delivery.ts";
import type { MailTransport } from "./mail-service.ts";
import { createSmtpTransport } from "./smtp-transport.ts";

interface Received {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** A loopback SMTP server that keeps what it receives, and can be told to refuse for a while. */
async function startSmtpServer() {
  const received: Received[] = [];
  const waiting: ((mail: Received) => void)[] = [];
  const state = { refusing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.refusing) {
        const error = new Error("mailbox unavailable, try later") as Error & { responseCode: number };
        error.responseCode = 451;
        callback(error);
      } else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail = {
            to: Array.isArray(parsed.to) ? (parsed.to[0]?.text ?? "") : (parsed.to?.text ?? ""),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
          };
          received.push(mail);
          for (const resolve of waiting.splice(0)) resolve(mail);
          callback();
        })
        .catch(callback);
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    state,
    received,
    /** The next mail to `to` (already received, or when it arrives). */
    async mailTo(to: string): Promise<Received> {
      for (;;) {
        const found = received.find((m) => m.to === to);
        if (found !== undefined) return found;
        await new Promise<Received>((resolve) => waiting.push(resolve));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

for (const kind of testDialects) {
  describe(`account mail through SMTP (${kind})`, () => {
    let h: Harness;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let transport: MailTransport;
    let now = Date.now();

    before(async () => {
      smtp = await startSmtpServer();
      transport = createSmtpTransport({ url: smtp.url, from: "Croupier <no-reply@croupier.test>" });
      h = await startHarness(kind, {
        clock: () => (now += 1),
        mailTransport: transport,
        appOptions: { limits: { registrationsPerHour: 1_000 } },
      });
    });
    after(async () => {
      await h?.close();
      await smtp?.close();
    });

    const outbox = async (to: string, token = h.adminToken) => {
      const answer = await h.request("GET", "/admin/account-mails", { token });
      assert.equal(answer.status, 200, answer.text);
      return answer.json.items.find((m: { to: string }) => m.to === to);
    };

    test("the reset mail reaches the SMTP server and its link sets the password", async () => {
      const operator = await h.approvedOperator();
      const asked = await h.request("POST", "/backoffice/password-resets", {
        body: { email: operator.email },
      });
      assert.equal(asked.status, 202);
      const mail = await smtp.mailTo(operator.email);
      assert.match(mail.subject, /Reset your Croupier backoffice password/);
      const link = /(http\S+\/ui\/reset-password)#token=(\S+)/.exec(mail.text);
      assert.ok(link, mail.text);
      assert.equal(link[1], `${h.baseUrl}/ui/reset-password`);
      const reset = await h.request("POST", "/backoffice/password-resets/confirm", {
        body: { token: link[2], password: "a password from the mail" },
      });
      assert.equal(reset.status, 204, reset.text);
      await h.login(operator.email, "a password from the mail");
      assert.equal(
        (
          await h.request("POST", "/backoffice/login", {
            body: { email: operator.email, password: USER_PASSWORD },
          })
        ).status,
        401,
      );
      // Sent mail is listed for admins without its text: the link was the recipient's alone.
      const listed = await outbox(operator.email);
      assert.equal(listed.status, "sent");
      assert.equal(listed.body, null);
      assert.equal(listed.attempts, 1);
    });

    test("a refusing server: the request answers, the mail is retried, then marked failed for admins", async () => {
      const operator = await h.approvedOperator();
      smtp.state.refusing = true;
      const asked = await h.request("POST", "/backoffice/password-resets", {
        body: { email: operator.email },
      });
      assert.equal(asked.status, 202, "the request does not wait for, or fail with, the mail server");
      // The delivery loop's first attempt runs after the answer; wait until it is recorded (read
      // from the table: polling the admin route would run into its rate limit).
      const firstAttempt = () =>
        h.db.db
          .selectFrom("account_mails")
          .select("last_error")
          .where("to_email", "=", operator.email)
          .executeTakeFirstOrThrow();
      while ((await firstAttempt()).last_error === null) await new Promise((r) => setTimeout(r, 10));
      let mail = await outbox(operator.email);
      assert.equal(mail.status, "pending");
      assert.match(mail.lastError, /451|unavailable/);
      assert.ok(mail.nextAttemptAtMs > now, "the next try waits");

      // Not yet due: nothing is tried.
      assert.deepEqual(await deliverDueMails(h.platform.deps, transport), { sent: 0, failed: 0 });
      for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) {
        now += RETRY_DELAYS_MS[attempt - 2]! + 1;
        const pass = await deliverDueMails(h.platform.deps, transport);
        assert.equal(pass.failed, attempt === MAX_ATTEMPTS ? 1 : 0);
      }
      // The retries spanned more than a day: the harness admin's session is gone, sign in again.
      const admin = await h.request("POST", "/admin/login", {
        body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      });
      mail = await outbox(operator.email, admin.json.token);
      assert.equal(mail.status, "failed");
      assert.equal(mail.attempts, MAX_ATTEMPTS);
      assert.equal(mail.nextAttemptAtMs, null);
      assert.equal(smtp.received.filter((m) => m.to === operator.email).length, 0);

      // A server back up takes the next mail at once.
      smtp.state.refusing = false;
      await h.request("POST", "/backoffice/password-resets", { body: { email: operator.email } });
      const delivered = await smtp.mailTo(operator.email);
      assert.match(delivered.text, /#token=rst_/);
    });
  });
}
