import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// Team accounts (roles, invitations), TOTP second factors and the account mail outbox
// (accounts/tables.ts). Existing operator users are their operators' owners.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("team_members")
    .addColumn("user_id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sqlRoleCheck()))
    .addColumn("invited_by", "text")
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("team_members_operator_idx").on("team_members").column("operator_id").execute();
  await db.schema
    .createTable("team_invites")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("operator_id", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sqlRoleCheck()))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("invited_by", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addColumn("expires_at_ms", "bigint", (c) => c.notNull())
    .addColumn("accepted_at_ms", "bigint")
    .addColumn("revoked_at_ms", "bigint")
    .execute();
  await db.schema.createIndex("team_invites_operator_idx").on("team_invites").column("operator_id").execute();
  await db.schema
    .createTable("account_totp")
    .addColumn("realm", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("secret_encrypted", "text", (c) => c.notNull())
    .addColumn("enabled_at_ms", "bigint")
    .addColumn("recovery_code_hashes", "text", (c) => c.notNull())
    .addColumn("last_step", "bigint")
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("account_totp_pk", ["realm", "subject_id"])
    .execute();
  await db.schema
    .createTable("account_mails")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("to_email", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("account_mails_time_idx").on("account_mails").column("created_at_ms").execute();
  const now = Date.now();
  const users = await db.selectFrom("operator_users").select(["id", "operator_id"]).execute();
  for (const user of users) {
    await db
      .insertInto("team_members")
      .values({
        user_id: user.id,
        operator_id: user.operator_id,
        role: "owner",
        invited_by: null,
        created_at_ms: now,
        updated_at_ms: now,
      })
      .execute();
  }
}

function sqlRoleCheck() {
  return sql`role in ('owner', 'developer', 'finance', 'viewer')`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("account_mails").execute();
  await db.schema.dropTable("account_totp").execute();
  await db.schema.dropTable("team_invites").execute();
  await db.schema.dropTable("team_members").execute();
}
