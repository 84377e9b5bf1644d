/**
 * The platform in a child process, for the kill -9 test: opens the database named by
 * TEST_DATABASE_URL or TEST_SQLITE_FILE with the base64 key in TEST_SECRET_KEY, listens on a free
 * loopback port and prints `{"port": …}` on one line.
 */
import { buildApp } from "../../app.ts";
import { composePlatform } from "../../compose.ts";
import { connectDb } from "../../db/connect.ts";

const db = connectDb({
  databaseUrl: process.env.TEST_DATABASE_URL,
  sqliteFile: process.env.TEST_SQLITE_FILE,
});
const platform = composePlatform({
  db,
  secretKey: Buffer.from(process.env.TEST_SECRET_KEY ?? "", "base64"),
  allowPrivateNetworks: "tests-any-environment",
});
const app = buildApp(platform.deps, { allowPrivateCallbackUrls: "tests-any-environment" });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
process.stdout.write(
  `${JSON.stringify({ port: typeof address === "object" && address !== null ? address.port : 0 })}\n`,
);
