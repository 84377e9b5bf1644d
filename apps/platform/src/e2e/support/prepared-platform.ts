// Test support: a platform database made ready for `server.ts` child processes: migrated, with
// an admin, an operator wired to a wallet, the catalogue and a studio key — set up through the
// real HTTP surfaces of an in-process app on the same database, which is then closed.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { createAdmin } from "../../admin/admins.ts";
import { buildApp } from "../../app.ts";
import { composeEngine, composePlatform } from "../../compose.ts";
import { openTestDb, type TestDb, type testDialects } from "../../db/test-databases.ts";
import { createMetrics } from "../../http/metrics.ts";
import { httpClient } from "./http.ts";
import { provisionGames, provisionOperator, type ProvisionedOperator } from "./provision.ts";

export const PREPARED_ADMIN = { email: "root@croupier.test", password: "correct horse battery staple" };

export interface PreparedPlatform {
  readonly db: TestDb;
  readonly operator: ProvisionedOperator;
  readonly studioKey: { readonly keyId: string; readonly secret: string };
  /** What a `server.ts` process needs to open the same database with the same key. */
  readonly env: Readonly<Record<string, string>>;
}

export async function preparePlatform(
  kind: (typeof testDialects)[number],
  options: { readonly callbackUrl: string; readonly timeoutMs: number; readonly maxConcurrency?: number },
): Promise<PreparedPlatform> {
  const db = await openTestDb(kind);
  const secretKey = randomBytes(32);
  const platform = composePlatform({ db, secretKey, allowPrivateNetworks: "tests-any-environment" });
  await createAdmin(platform.deps, { ...PREPARED_ADMIN, actor: { kind: "system", id: "e2e" } });
  // An engine that is never started: nothing in this process may send wallet calls.
  const metrics = createMetrics();
  const engine = composeEngine(platform, { registry: metrics.registry });
  const app = buildApp(platform.deps, {
    allowPrivateCallbackUrls: "tests-any-environment",
    metrics,
    engine: engine.engine,
  });
  try {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const http = httpClient(() => baseUrl);
    const login = await http("POST", "/admin/login", { body: PREPARED_ADMIN });
    const adminToken = login.json.token as string;
    const operator = await provisionOperator(http, adminToken, options);
    const studioKey = await provisionGames(http, platform.deps, adminToken);
    const location = db.location;
    return {
      db,
      operator,
      studioKey,
      env: {
        CROUPIER_SECRET_KEY: secretKey.toString("base64"),
        ...(location.databaseUrl !== undefined
          ? { DATABASE_URL: location.databaseUrl }
          : { DATA_DIR: location.sqliteFile!.replace(/\/platform\.sqlite$/, "") }),
      },
    };
  } catch (error) {
    await db.dispose();
    throw error;
  } finally {
    await app.close();
    await engine.stop();
  }
}
