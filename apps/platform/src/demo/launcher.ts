// `npm start` at the repository root: the platform (SQLite in DATA_DIR, port PORT) and the
// reference wallet beside it (port WALLET_PORT, its data in DATA_DIR/wallet), seeded on first
// start with a sandbox operator wired to that wallet. Both listen on loopback unless HOST says
// otherwise. DEMO ONLY: private callback URLs are allowed (explicitly), and the demo credential's
// plain text is kept in DATA_DIR/demo-credentials.json.
// Each server is a child process with its output prefixed; Ctrl-C or SIGTERM stops both (the
// platform first, so its last wallet calls complete), and if either dies the other is stopped too.
import { join, resolve } from "node:path";
import { ensureFirstAdmin } from "../admin/admins.ts";
import { composePlatform } from "../compose.ts";
import { loadConfig } from "../config.ts";
import { connectDb } from "../db/connect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { checkSecretKey } from "../secrets/key-check.ts";
import { loadOrCreateKeyFile } from "../secrets/key-file.ts";
import { startChild, stopChild, waitForHealth, type NamedChild } from "./child-process.ts";
import { demoBanner } from "./demo-banner.ts";
import { DEMO_CREDENTIALS_FILE } from "./demo-credentials.ts";
import { demoPlatformEnv } from "./demo-env.ts";
import { seedDemoPlatform, seedDemoWallet } from "./seed-demo.ts";
import { PLATFORM_NODE_FLAGS } from "../node-flags.ts";

const PLATFORM_SERVER = new URL("../server.ts", import.meta.url).pathname;
const WALLET_SERVER = new URL("../../../reference-wallet/src/server.ts", import.meta.url).pathname;
/** The demo admin, unless ADMIN_EMAIL / ADMIN_PASSWORD say otherwise. */
const DEFAULT_ADMIN = { email: "admin@croupier.local", password: "croupier-demo-admin" };
const START_DEADLINE_MS = 60_000;
const STOP_GRACE_MS = 15_000;

const say = (line: string) => process.stdout.write(`${"[launcher]".padEnd(11)}${line}\n`);
const print = (line: string) => process.stdout.write(`${line}\n`);

if (process.env.NODE_ENV === "production") {
  console.error(
    "The demo launcher refuses NODE_ENV=production: run apps/platform/src/server.ts with real settings.",
  );
  process.exit(1);
}

const dataDir = resolve(process.env.DATA_DIR ?? "./data");
const port = process.env.PORT ?? "8080";
const walletPort = process.env.WALLET_PORT ?? "3100";
const walletUrl = `http://127.0.0.1:${walletPort}`;
const admin = {
  email: process.env.ADMIN_EMAIL ?? DEFAULT_ADMIN.email,
  password: process.env.ADMIN_PASSWORD ?? DEFAULT_ADMIN.password,
};
const platformEnv = demoPlatformEnv(process.env, { dataDir, port, admin });
const credentialsFile = join(dataDir, DEMO_CREDENTIALS_FILE);

/** The platform's side of the seed, on the database server.ts will open (then closed again). */
async function seedPlatform() {
  const loaded = loadConfig(platformEnv);
  if (!loaded.ok) throw new Error(`invalid configuration:\n  - ${loaded.errors.join("\n  - ")}`);
  const config = loaded.config;
  let secretKey: Buffer;
  if (config.secretKey.source === "env") secretKey = config.secretKey.key;
  else {
    const key = loadOrCreateKeyFile(config.secretKey.path);
    if (!key.ok) throw new Error(key.error);
    secretKey = key.key;
  }
  const db = connectDb(
    config.database.kind === "postgres"
      ? { databaseUrl: config.database.url }
      : { sqliteFile: config.database.file },
  );
  try {
    await migrateToLatest(db.db);
    const platform = composePlatform({ db, secretKey, allowPrivateNetworks: true });
    const keyCheck = await checkSecretKey(platform.deps);
    if (!keyCheck.ok) throw new Error(keyCheck.message);
    await ensureFirstAdmin(platform.deps, config.firstAdmin);
    return {
      publicUrl: config.publicUrl,
      demo: await seedDemoPlatform(platform.deps, {
        credentialsFile,
        walletCallbackUrl: `${walletUrl}/wallet`,
      }),
    };
  } finally {
    await db.close();
  }
}

const children: NamedChild[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  stopping = true;
  // The platform first: it finishes its in-flight wallet calls before the wallet goes away.
  for (const child of [...children].reverse()) {
    const result = await stopChild(child, STOP_GRACE_MS);
    say(`${child.name} stopped (${result})`);
  }
  process.exit(code);
}

function watch(child: NamedChild): void {
  children.push(child);
  say(`${child.name} started, pid ${child.process.pid}`);
  void child.exited.then((result) => {
    if (stopping) return;
    say(`${child.name} exited (${result}); stopping everything`);
    void stopAll(1);
  });
}

process.once("SIGINT", () => void stopAll(0));
process.once("SIGTERM", () => void stopAll(0));

try {
  say(`data in ${dataDir}`);
  const { publicUrl, demo } = await seedPlatform();
  // SALT_KEYS carries the operator's current salts at every start, so the two never drift apart.
  watch(
    startChild(
      "wallet",
      WALLET_SERVER,
      {
        ...process.env,
        PORT: walletPort,
        HOST: "127.0.0.1",
        DATA_DIR: join(dataDir, "wallet"),
        DATABASE_URL: "",
        SALT_KEYS: demo.salts.join(","),
        ADMIN_TOKEN: demo.credentials.walletAdminToken,
        DEMO_MODE: "true",
        LOG_LEVEL: process.env.WALLET_LOG_LEVEL ?? "warn",
      },
      print,
    ),
  );
  await waitForHealth(`${walletUrl}/healthz`, children[0]!, START_DEADLINE_MS);
  await seedDemoWallet(walletUrl, demo.credentials.walletAdminToken);
  watch(startChild("platform", PLATFORM_SERVER, platformEnv, print, PLATFORM_NODE_FLAGS));
  await waitForHealth(`http://127.0.0.1:${port}/healthz`, children[1]!, START_DEADLINE_MS);
  print(demoBanner({ platformUrl: publicUrl, walletUrl, admin, demo, credentialsFile }));
} catch (error) {
  say(`cannot start: ${(error as Error).message}`);
  await stopAll(1);
}
