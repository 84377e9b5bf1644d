import { sql, type Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// How the round engine names the studio rounds of a session (provider-gateway/studio-session.ts,
// `platformRoundId`; ADR 0014): `hash` (`gr_` and a hash of studio and round reference, every
// session before this migration) or `studio_ref` (`gr_<studio>_<reference>`, which keeps a
// studio's rounds in the order of its references in the round-keyed indexes). A session keeps its
// form for life, so a round opened before the change settles under the id it was opened with.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("game_sessions")
    .addColumn("round_id_form", "text", (c) =>
      c
        .notNull()
        .defaultTo("hash")
        .check(sql`round_id_form in ('hash', 'studio_ref')`),
    )
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("game_sessions").dropColumn("round_id_form").execute();
}
