import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestSchema } from "@croupier/test-support";
import { connectDb, type PlatformDb } from "./connect.ts";
import { migrateToLatest } from "./migrate.ts";

/**
 * Store tests run once per dialect: `for (const kind of testDialects) describe(kind, …)`.
 * Each call gives a migrated, empty database of that kind and a disposer.
 */
export const testDialects = ["sqlite", "postgres"] as const;

export interface TestDb extends PlatformDb {
  /** Closes and deletes the database. */
  dispose(): Promise<void>;
  /** What to pass as DATABASE_URL / sqliteFile to open the same database again (e.g. in a child process). */
  readonly location: { databaseUrl?: string; sqliteFile?: string };
}

/** `migrated: false` gives an empty database (for the migration runner's own tests). */
export async function openTestDb(
  kind: (typeof testDialects)[number],
  options: { readonly migrated?: boolean } = {},
): Promise<TestDb> {
  const migrate = async (db: PlatformDb["db"]) => {
    if (options.migrated !== false) await migrateToLatest(db);
  };
  if (kind === "postgres") {
    const schema = await createTestSchema("platform");
    const opened = connectDb({ databaseUrl: schema.url });
    await migrate(opened.db);
    return {
      ...opened,
      location: { databaseUrl: schema.url },
      async dispose() {
        await opened.close();
        await schema.drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "croupier-platform-"));
  const sqliteFile = join(dir, "platform.sqlite");
  const opened = connectDb({ sqliteFile });
  await migrate(opened.db);
  return {
    ...opened,
    location: { sqliteFile },
    async dispose() {
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
