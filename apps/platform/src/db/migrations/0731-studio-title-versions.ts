import type { Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// A built-in studio round records the version of its title's maths (issue 12, item 20):
// - `studio_rounds.title_version`: `sha256:<hex>` of the title definition's canonical JSON; null
//   for rounds played before versions were recorded;
// - `studio_title_versions`: every definition a round was played with, by version, so that an
//   edited title still replays its old rounds with the maths they were played with.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("studio_rounds").addColumn("title_version", "text").execute();
  await db.schema
    .createTable("studio_title_versions")
    .addColumn("version", "text", (c) => c.primaryKey())
    .addColumn("title_id", "text", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("created_at_ms", "bigint", (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("studio_title_versions").execute();
  await db.schema.alterTable("studio_rounds").dropColumn("title_version").execute();
}
