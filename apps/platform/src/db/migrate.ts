import { PostgresAdapter, sql, type Kysely } from "kysely";
import { migrations } from "./migrations/index.ts";

/** The table that remembers which migrations ran, in the connection's own schema. */
const MIGRATIONS_TABLE = "croupier_migrations";

/**
 * Brings the schema to the latest version; runs on every start. Throws with the failing
 * migration's name, and leaves the schema as it was before that migration (each run is one
 * transaction: PostgreSQL and SQLite both have transactional DDL).
 *
 * Not Kysely's Migrator: it introspects every schema of the database to find its own tables,
 * which is slow with many schemas and fails outright when another schema is dropped at that
 * moment (parallel test files, other apps sharing the database). Several platform nodes may
 * start at once; on PostgreSQL an advisory lock makes them take turns.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.transaction().execute(async (trx) => {
    if (isPostgres) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.${sql.raw(MIGRATIONS_TABLE)}'))`.execute(
        trx,
      );
    }
    await sql`CREATE TABLE IF NOT EXISTS ${sql.table(MIGRATIONS_TABLE)} (
      name VARCHAR(200) PRIMARY KEY,
      applied_at_ms BIGINT NOT NULL
    )`.execute(trx);
    const rows = await trx.selectFrom(MIGRATIONS_TABLE).select("name").execute();
    const applied = new Set(rows.map((row: { name: string }) => row.name));
    for (const name of Object.keys(migrations).sort()) {
      if (applied.has(name)) continue;
      try {
        await migrations[name]!.up(trx);
      } catch (error) {
        throw new Error(`database migration failed (${name}): ${(error as Error).message}`, { cause: error });
      }
      await trx.insertInto(MIGRATIONS_TABLE).values({ name, applied_at_ms: Date.now() }).execute();
    }
  });
}
