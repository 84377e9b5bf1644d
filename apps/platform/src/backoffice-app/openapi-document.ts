import { randomBytes } from "node:crypto";
import pino from "pino";
import { buildApp } from "../app.ts";
import { composePlatform } from "../compose.ts";
import { connectDb } from "../db/connect.ts";
import { migrateToLatest } from "../db/migrate.ts";

/**
 * The OpenAPI document the platform serves at `/openapi.json`, built from the route schemas of a
 * throwaway app on an in-memory SQLite database (nothing listens, nothing is kept).
 *
 * @example
 * const document = await platformOpenApiDocument();
 */
export async function platformOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = connectDb({ sqliteFile: ":memory:" });
  try {
    await migrateToLatest(db.db);
    const platform = composePlatform({
      db,
      secretKey: randomBytes(32),
      allowPrivateNetworks: false,
      logger: pino({ level: "silent" }),
    });
    const app = buildApp(platform.deps);
    try {
      await app.ready();
      return app.swagger() as unknown as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}
