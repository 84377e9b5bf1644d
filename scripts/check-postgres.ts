// Runs before the test suites: the PostgreSQL half of every store test must never be
// skipped silently, so an unreachable server fails `npm test` here, with the reason.
import pg from "pg";

const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  await client.query("SELECT 1");
  await client.end();
} catch (error) {
  console.error(
    `PostgreSQL is not reachable at ${url.replace(/\/\/[^@]*@/, "//***@")}: ${(error as Error).message}\n` +
      "The store tests run on SQLite and PostgreSQL; start PostgreSQL or set TEST_DATABASE_URL.",
  );
  process.exit(1);
}
