// The migration runner on SQLite and PostgreSQL: name order on a fresh database, an out-of-order
// migration refused with both names and nothing run, and the historical late migration (0200,
// merged after 0300-0302) applied on a database migrated in between.
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { sql, type Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import { LATE_MIGRATIONS } from "./late-migrations.ts";
import { migrateToLatest, OutOfOrderMigrationError } from "./migrate.ts";
import { migrations } from "./migrations/index.ts";
import { openTestDb, testDialects, type TestDb } from "./test-databases.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
type AnyDb = Kysely<any>;

/** A migration that creates one table and notes that it ran, in order. */
function tableMigration(table: string, ran: string[]): Migration {
  return {
    async up(db: AnyDb) {
      ran.push(table);
      await db.schema.createTable(table).addColumn("id", "text").execute();
    },
  };
}

async function appliedNames(db: AnyDb): Promise<string[]> {
  const rows = await db.selectFrom("croupier_migrations").select("name").orderBy("name").execute();
  return rows.map((row: { name: string }) => row.name);
}

async function tableExists(db: AnyDb, table: string): Promise<boolean> {
  try {
    await sql`SELECT 1 FROM ${sql.table(table)} LIMIT 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

for (const kind of testDialects) {
  describe(`migration runner (${kind})`, () => {
    const opened: TestDb[] = [];
    const emptyDb = async () => {
      const db = await openTestDb(kind, { migrated: false });
      opened.push(db);
      return db.db as AnyDb;
    };
    afterEach(async () => {
      for (const db of opened.splice(0)) await db.dispose();
    });

    test("a fresh database runs every migration once, in name order", async () => {
      const db = await emptyDb();
      const ran: string[] = [];
      const set = {
        "0002-b": tableMigration("t_b", ran),
        "0001-a": tableMigration("t_a", ran),
        "0010-c": tableMigration("t_c", ran),
      };
      await migrateToLatest(db, { migrations: set, lateMigrations: {} });
      await migrateToLatest(db, { migrations: set, lateMigrations: {} });
      assert.deepEqual(ran, ["t_a", "t_b", "t_c"]);
      assert.deepEqual(await appliedNames(db), ["0001-a", "0002-b", "0010-c"]);
    });

    test("a pending migration that sorts before an applied one is refused, naming both, and nothing runs", async () => {
      const db = await emptyDb();
      const ran: string[] = [];
      await migrateToLatest(db, {
        migrations: { "0001-a": tableMigration("t_a", ran), "0003-c": tableMigration("t_c", ran) },
        lateMigrations: {},
      });
      const next = {
        "0001-a": tableMigration("t_a", ran),
        "0002-late": tableMigration("t_late", ran),
        "0003-c": tableMigration("t_c", ran),
        "0004-d": tableMigration("t_d", ran),
      };
      await assert.rejects(
        migrateToLatest(db, { migrations: next, lateMigrations: {} }),
        (error: unknown) => {
          assert.ok(error instanceof OutOfOrderMigrationError);
          assert.equal(error.migration, "0002-late");
          assert.equal(error.appliedAfter, "0003-c");
          assert.match(error.message, /0002-late is not applied, but 0003-c, which sorts after it, is/);
          return true;
        },
      );
      // Refused before anything ran: not even 0004-d, which is in order.
      assert.deepEqual(ran, ["t_a", "t_c"]);
      assert.deepEqual(await appliedNames(db), ["0001-a", "0003-c"]);
      assert.equal(await tableExists(db, "t_d"), false);

      // Listed as a known late migration, it runs (after the applied ones, as it must here).
      await migrateToLatest(db, { migrations: next, lateMigrations: { "0002-late": "independent" } });
      assert.deepEqual(ran, ["t_a", "t_c", "t_late", "t_d"]);
      assert.deepEqual(await appliedNames(db), ["0001-a", "0002-late", "0003-c", "0004-d"]);
    });

    test("a database migrated while 0300-0302 existed but 0200 did not is brought to the latest schema", async () => {
      assert.ok(Object.hasOwn(LATE_MIGRATIONS, "0200-catalogue"));
      const db = await emptyDb();
      // The platform's migrations as of the commit that added 0300-0302, before 0200 was merged.
      const before200 = Object.fromEntries(
        Object.entries(migrations).filter(([name]) => name < "0400" && name !== "0200-catalogue"),
      );
      await migrateToLatest(db, { migrations: before200 });
      assert.equal(await tableExists(db, "catalogue_games"), false);
      assert.equal(await tableExists(db, "gateway_transactions"), true);

      await migrateToLatest(db);
      assert.deepEqual(await appliedNames(db), Object.keys(migrations).sort());
      assert.equal(await tableExists(db, "catalogue_games"), true);
      assert.equal(await tableExists(db, "catalogue_operator_games"), true);
    });

    test("without its entry in the list of late migrations, that database would be refused", async () => {
      const db = await emptyDb();
      const before200 = Object.fromEntries(
        Object.entries(migrations).filter(([name]) => name < "0400" && name !== "0200-catalogue"),
      );
      await migrateToLatest(db, { migrations: before200 });
      await assert.rejects(
        migrateToLatest(db, { lateMigrations: {} }),
        /0200-catalogue is not applied, but 0300-game-studios/,
      );
    });
  });
}
