import type { Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// Account security for admins as for operator users, and mail through SMTP (accounts/):
// - password reset links name their realm (existing ones are operator users');
// - account mail becomes an outbox: `logged` (no SMTP: written to the log, listed for admins),
//   `pending` (to be sent, with attempts and the next try), `sent` or `failed` (retries spent);
//   rows written before this migration were logged;
// - TOTP requirements set by admins: one row per scope (`admins`, `operators`, `operator:<id>`).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("password_resets")
    .addColumn("realm", "text", (c) => c.notNull().defaultTo("backoffice"))
    .execute();
  await db.schema
    .alterTable("account_mails")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("logged"))
    .execute();
  await db.schema
    .alterTable("account_mails")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("account_mails").addColumn("next_attempt_at_ms", "bigint").execute();
  await db.schema.alterTable("account_mails").addColumn("last_error", "text").execute();
  await db.schema.alterTable("account_mails").addColumn("sent_at_ms", "bigint").execute();
  await db.schema
    .createIndex("account_mails_due_idx")
    .on("account_mails")
    .columns(["status", "next_attempt_at_ms"])
    .execute();
  await db.schema
    .createTable("totp_requirements")
    .addColumn("scope", "text", (c) => c.primaryKey())
    .addColumn("set_by_admin_id", "text", (c) => c.notNull())
    .addColumn("set_at_ms", "bigint", (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("totp_requirements").execute();
  await db.schema.dropIndex("account_mails_due_idx").execute();
  for (const column of ["sent_at_ms", "last_error", "next_attempt_at_ms", "attempts", "status"])
    await db.schema.alterTable("account_mails").dropColumn(column).execute();
  await db.schema.alterTable("password_resets").dropColumn("realm").execute();
}
