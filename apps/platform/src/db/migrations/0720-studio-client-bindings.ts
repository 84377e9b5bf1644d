import type { Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// The browser a built-in studio session's play token was first exchanged in: the play token sits
// in the page's URL (history, screenshots, shared links), so later exchanges must come from the
// same browser, which proves it with a cookie set at the first exchange. Only the cookie value's
// sha256 is stored. One row per session, written once.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("studio_client_bindings")
    .addColumn("session_id", "text", (c) => c.primaryKey().references("game_sessions.id"))
    .addColumn("binding_hash", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("studio_client_bindings").execute();
}
