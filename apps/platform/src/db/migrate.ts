import { PostgresAdapter, sql, type Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import { LATE_MIGRATIONS } from "./late-migrations.ts";
import { migrations as allMigrations } from "./migrations/index.ts";

/** The table that remembers which migrations ran, in the connection's own schema. */
const MIGRATIONS_TABLE = "croupier_migrations";

/**
 * Brings the schema to the latest version; runs on every start. Throws with the failing
 * migration's name, and leaves the schema as it was before that migration (each run is one
 * transaction: PostgreSQL and SQLite both have transactional DDL).
 *
 * Refuses, before running anything, a pending migration that sorts before one already applied
 * (`OutOfOrderMigrationError`, naming both): it would run in another order here than on a fresh
 * database, so the two could end up with different schemas. The few that were merged that way
 * before this check existed are listed, with the reason each is safe, in late-migrations.ts.
 *
 * Not Kysely's Migrator: it introspects every schema of the database to find its own tables,
 * which is slow with many schemas and fails outright when another schema is dropped at that
 * moment (parallel test files, other apps sharing the database). Several platform nodes may
 * start at once; on PostgreSQL an advisory lock makes them take turns.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function migrateToLatest(db: Kysely<any>, options: MigrateOptions = {}): Promise<void> {
  const migrations = options.migrations ?? allMigrations;
  const late = options.lateMigrations ?? LATE_MIGRATIONS;
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
    const pending = Object.keys(migrations)
      .sort()
      .filter((name) => !applied.has(name));
    const appliedNames = [...applied].sort();
    for (const name of pending) {
      const after = appliedNames.find((other) => other > name);
      if (after !== undefined && !Object.hasOwn(late, name)) throw new OutOfOrderMigrationError(name, after);
    }
    for (const name of pending) {
      try {
        await migrations[name]!.up(trx);
      } catch (error) {
        throw new Error(`database migration failed (${name}): ${(error as Error).message}`, { cause: error });
      }
      await trx.insertInto(MIGRATIONS_TABLE).values({ name, applied_at_ms: Date.now() }).execute();
    }
  });
}

export interface MigrateOptions {
  /** The migrations to apply, by name; default every migration of the platform. */
  readonly migrations?: Readonly<Record<string, Migration>>;
  /** Pending migrations allowed to run after later-named applied ones; default LATE_MIGRATIONS. */
  readonly lateMigrations?: Readonly<Record<string, string>>;
}

/** A pending migration that sorts before one the database already has: nothing was run. */
export class OutOfOrderMigrationError extends Error {
  override readonly name = "OutOfOrderMigrationError";
  readonly migration: string;
  readonly appliedAfter: string;

  constructor(migration: string, appliedAfter: string) {
    super(
      `database migration ${migration} is not applied, but ${appliedAfter}, which sorts after it, is: ` +
        `run here it would come after ${appliedAfter}, in another order than on a fresh database. ` +
        `Nothing was migrated. Rename ${migration} to sort after every applied migration ` +
        `(or, for a migration merged that way in the past, list it in db/late-migrations.ts).`,
    );
    this.migration = migration;
    this.appliedAfter = appliedAfter;
  }
}
