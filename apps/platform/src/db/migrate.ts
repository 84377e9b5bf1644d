import { sql, type Kysely } from "kysely";
import { Migrator } from "kysely/migration";
import { migrations } from "./migrations/index.ts";

/** Brings the schema to the latest version; runs on every start. Throws with the failing migration's name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const schema = await postgresSchema(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks for its migration tables in every schema of the database unless pinned to
    // one: a second schema holding them (a parallel test, another app) would hide ours and the
    // run fails with `relation "kysely_migration_lock" does not exist`.
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error !== undefined) {
    const name = failed === undefined ? "" : ` (${failed.migrationName})`;
    throw new Error(`database migration failed${name}: ${(error as Error).message}`, { cause: error });
  }
}

/** The schema PostgreSQL creates tables in (first of search_path); undefined on SQLite. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
async function postgresSchema(db: Kysely<any>): Promise<string | undefined> {
  try {
    const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    return rows[0]?.schema ?? undefined;
  } catch {
    return undefined; // SQLite: no schemas, no current_schema()
  }
}
