import type { Kysely } from "kysely";
import { Migrator } from "kysely/migration";
import { migrations } from "./migrations/index.ts";

/** Brings the schema to the latest version; runs on every start. Throws with the failing migration's name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error !== undefined) {
    const name = failed === undefined ? "" : ` (${failed.migrationName})`;
    throw new Error(`database migration failed${name}: ${(error as Error).message}`, { cause: error });
  }
}
