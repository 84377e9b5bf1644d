// Entry point of `npm start`: configuration from the environment, the store, the app, listen,
// a banner saying how to call it, and a clean stop on SIGTERM/SIGINT (server first, so
// in-flight callbacks finish and commit, then the store).
import { pino } from "pino";
import { buildWalletApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { seedDemoPlayers, type DemoPlayer } from "./demo/demo-players.ts";
import { createActiveSalts } from "./salts/active-salts.ts";
import { startupBanner } from "./startup-banner.ts";
import { openStore, type ReferenceWalletStore } from "./store/open-store.ts";

/** A stop that takes longer than this is stuck; exit anyway rather than hang a deploy. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

const loaded = loadConfig(process.env);
if (!loaded.ok) {
  console.error(
    `reference-wallet: invalid configuration:\n${loaded.errors.map((e) => `  - ${e}`).join("\n")}`,
  );
  process.exit(1);
}
const config = loaded.config;
const logger = pino({ level: config.logLevel });
for (const warning of config.warnings) logger.warn(warning);

let store: ReferenceWalletStore;
let seeded: readonly DemoPlayer[];
try {
  store = await openStore(config.store, {
    onPoolError: (error) => logger.error({ err: error }, "idle PostgreSQL connection failed"),
  });
  seeded = config.demoPlayers ? await seedDemoPlayers(store) : [];
} catch (error) {
  const where = config.store.kind === "sqlite" ? config.store.filename : "DATABASE_URL";
  logger.fatal({ err: error }, `cannot open the wallet store (${where})`);
  process.exit(1);
}
const app = buildWalletApp({
  store,
  salts: createActiveSalts(config.saltKeys),
  adminToken: config.adminToken,
  windowSeconds: config.windowSeconds,
  requireBodySignature: config.requireBodySignature,
  classicProfile: config.classicProfile,
  logger,
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping");
  const timer = setTimeout(() => {
    logger.error("shutdown timed out; exiting");
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  timer.unref();
  try {
    await app.close();
    await store.close();
    logger.info("stopped");
  } catch (error) {
    logger.error({ err: error }, "error while stopping");
    process.exitCode = 1;
  }
}
process.once("SIGTERM", () => void stop("SIGTERM"));
process.once("SIGINT", () => void stop("SIGINT"));

try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  logger.fatal({ err: error }, `cannot listen on ${config.host}:${config.port}`);
  await store.close();
  process.exit(1);
}
const address = app.server.address();
const port = typeof address === "object" && address !== null ? address.port : config.port;
const host = config.host.includes(":") ? `[${config.host}]` : config.host;
console.log(
  startupBanner({ config, baseUrl: `http://${host}:${port}`, seeded, nowMs: Date.now(), cwd: process.cwd() }),
);
