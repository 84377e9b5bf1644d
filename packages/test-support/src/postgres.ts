import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Where the PostgreSQL tests find their server. CI and developer machines run one at
 * 127.0.0.1:5432 with trust auth and a database `test`; TEST_DATABASE_URL overrides it.
 */
export const testPostgresUrl: string =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestSchema {
  /** A connection string whose sessions use only this schema (search_path). */
  readonly url: string;
  readonly schema: string;
  drop(): Promise<void>;
}

/**
 * Creates a fresh, empty schema so that test files running in parallel never see each
 * other's rows. The returned URL pins `search_path` to it through the `options` parameter,
 * which every `pg` client honours, so code under test needs nothing test-specific.
 */
export async function createTestSchema(prefix = "t"): Promise<TestSchema> {
  const schema = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(testPostgresUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    async drop() {
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
