import { ACCOUNT_TABLES, normalizeEmail } from "../auth/accounts.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { SessionRealm } from "../auth/tables.ts";
import { randomSecret, sha256Hex } from "../auth/tokens.ts";
import { recordAudit } from "../audit/audit-log.ts";
import type { ServiceDeps } from "../deps.ts";
import { accountActor } from "./account-subject.ts";
import { sendAccountMail } from "./mail.ts";

/** A reset link works once, for an hour. */
export const RESET_TTL_MS = 60 * 60 * 1000;

type Deps = Pick<ServiceDeps, "db" | "clock" | "ids" | "logger" | "mail" | "passwordCost">;

const WHAT: Record<SessionRealm, string> = {
  admin: "Croupier admin",
  backoffice: "Croupier backoffice",
};

/**
 * Mails a one-time reset link when the email belongs to an account of the realm (an operator
 * user, or an admin). The answer is the same either way, so the route reveals nothing about which
 * emails have accounts. `resetUrl` is the page the link opens; the token goes in its fragment
 * (never sent to a server, never in an access log).
 */
export async function requestPasswordReset(
  deps: Deps,
  input: { realm: SessionRealm; email: string; resetUrl: string },
): Promise<void> {
  const user = await deps.db
    .selectFrom(ACCOUNT_TABLES[input.realm])
    .select(["id", "email"])
    .where("email", "=", normalizeEmail(input.email))
    .executeTakeFirst();
  if (user === undefined) return;
  const token = `rst_${randomSecret()}`;
  const now = deps.clock();
  await deps.db
    .insertInto("password_resets")
    .values({
      id: deps.ids("rst"),
      realm: input.realm,
      user_id: user.id,
      token_hash: sha256Hex(token),
      created_at_ms: now,
      expires_at_ms: now + RESET_TTL_MS,
      used_at_ms: null,
    })
    .execute();
  await sendAccountMail(deps, {
    to: user.email,
    subject: `Reset your ${WHAT[input.realm]} password`,
    body: `Choose a new password here (the link works once, for one hour): ${input.resetUrl}#token=${token}\nIf you did not ask for this, ignore this mail.`,
  });
}

/**
 * Sets a new password with a reset link's token, for the account the link was made for; every
 * session of that account ends. A link of one realm is refused by the other's route.
 */
export async function resetPassword(
  deps: Deps,
  input: { realm: SessionRealm; token: string; password: string },
): Promise<{ ok: true } | { ok: false; code: "RESET_LINK_NOT_FOUND"; message: string }> {
  const now = deps.clock();
  const hash = await hashPassword(input.password, deps.passwordCost);
  const done = await deps.db.transaction().execute(async (trx) => {
    const reset = await trx
      .selectFrom("password_resets")
      .selectAll()
      .where("token_hash", "=", sha256Hex(input.token))
      .where("realm", "=", input.realm)
      .executeTakeFirst();
    if (reset === undefined || reset.used_at_ms !== null || reset.expires_at_ms <= now) return false;
    // Claimed before use: two requests with one link cannot both set a password.
    const claimed = await trx
      .updateTable("password_resets")
      .set({ used_at_ms: now })
      .where("id", "=", reset.id)
      .where("used_at_ms", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    await trx
      .updateTable(ACCOUNT_TABLES[input.realm])
      .set({ password_hash: hash })
      .where("id", "=", reset.user_id)
      .execute();
    await trx
      .deleteFrom("auth_sessions")
      .where("realm", "=", input.realm)
      .where("subject_id", "=", reset.user_id)
      .execute();
    const actor = accountActor({ realm: input.realm, subjectId: reset.user_id });
    await recordAudit(deps, trx, {
      actor,
      action: "account.password_reset",
      targetKind: actor.kind,
      targetId: reset.user_id,
    });
    return true;
  });
  return done
    ? { ok: true }
    : {
        ok: false,
        code: "RESET_LINK_NOT_FOUND",
        message: "This link is unknown, used or expired; ask for a new one.",
      };
}
