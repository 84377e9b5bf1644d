import pino from "pino";
import { ensureFirstAdmin } from "./admin/admins.ts";
import { buildApp } from "./app.ts";
import { composeEngine, composePlatform } from "./compose.ts";
import { createSmtpTransport } from "./accounts/smtp-transport.ts";
import { BUILT_IN_TITLES } from "./builtin-studio/catalogue-titles.ts";
import { seedBuiltInCatalogue } from "./catalogue/seed.ts";
import { loadConfig } from "./config.ts";
import { connectDb } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { createMetrics } from "./http/metrics.ts";
import { redactingDestination } from "./http/redact-tokens.ts";
import { checkSecretKey } from "./secrets/key-check.ts";
import { startArchiver } from "./retention/archiver.ts";
import { startReconciliationSweeper } from "./reconciliation/stalled.ts";
import { loadOrCreateKeyFile } from "./secrets/key-file.ts";
import { missingNodeFlags, PLATFORM_NODE_FLAGS } from "./node-flags.ts";

/** How long in-flight requests get to finish on SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

const configResult = loadConfig(process.env);
if (!configResult.ok) {
  console.error(`Croupier platform: invalid configuration\n  - ${configResult.errors.join("\n  - ")}`);
  process.exit(1);
}
const config = configResult.config;
// Written by a libuv thread, not by the event loop (flushed at shutdown; a kill -9 may lose the
// last lines, never a record: those are in the database).
const logger = pino(
  {
    level: config.logLevel,
    redact: { paths: ["req.headers.authorization", "req.headers.cookie"], remove: true },
  },
  // Every line passes through the token redaction: /play/sst_… and /launch/lt_… URLs, error
  // messages and stacks never carry a token into the log.
  redactingDestination(pino.destination({ dest: 1, sync: false })) as pino.DestinationStream,
);
for (const warning of config.warnings) logger.warn(warning);
const missingFlags = missingNodeFlags();
if (missingFlags.length > 0)
  logger.warn(
    `Started without ${missingFlags.join(" ")}: run \`node ${PLATFORM_NODE_FLAGS.join(" ")} src/server.ts\` (npm start does); without them memory under load grows well past the figures in the README.`,
  );

let secretKey: Buffer;
if (config.secretKey.source === "env") {
  secretKey = config.secretKey.key;
} else {
  const loaded = loadOrCreateKeyFile(config.secretKey.path);
  if (!loaded.ok) {
    logger.fatal(loaded.error);
    process.exit(1);
  }
  if (loaded.created) logger.warn(`Generated a new secret key in ${config.secretKey.path}; back it up.`);
  secretKey = loaded.key;
}

const db = connectDb(
  config.database.kind === "postgres"
    ? { databaseUrl: config.database.url }
    : { sqliteFile: config.database.file },
);
await migrateToLatest(db.db);

const platform = composePlatform({
  db,
  secretKey,
  logger,
  allowPrivateNetworks: config.allowPrivateCallbackUrls,
  mailTransport: config.smtp === undefined ? undefined : createSmtpTransport(config.smtp),
});
const keyCheck = await checkSecretKey(platform.deps);
if (!keyCheck.ok) {
  logger.fatal(keyCheck.message);
  await db.close();
  process.exit(1);
}

// The built-in studio and its titles, at every start: idempotent (nothing is written when nothing
// changed), so a production start offers them without a feed import, like the demo.
await seedBuiltInCatalogue(platform.deps, BUILT_IN_TITLES);

const firstAdmin = await ensureFirstAdmin(platform.deps, config.firstAdmin);
if (firstAdmin === "created") logger.info({ email: config.firstAdmin?.email }, "created the first admin");
if (firstAdmin === "missing") {
  logger.warn("No admin exists: set ADMIN_EMAIL and ADMIN_PASSWORD and restart to create the first one.");
}

// The round engine runs beside the app: the dispatcher delivers queued credits and rollbacks
// (and takes over calls a crashed process left leased), the sweepers close abandoned rounds and
// expire idle sessions. Its metrics share the app's registry, so /metrics shows them.
const metrics = createMetrics();
const engine = composeEngine(platform, {
  registry: metrics.registry,
  roundAbandonAfterMs: config.roundAbandonAfterMs,
  roundSweepIntervalMs: config.roundSweepIntervalMs,
});
const app = buildApp(platform.deps, {
  publicUrl: config.publicUrl,
  trustProxy: config.trustProxy,
  allowPrivateCallbackUrls: config.allowPrivateCallbackUrls,
  metricsToken: config.metricsToken,
  egressAddresses: config.egressAddresses,
  metrics,
  engine: engine.engine,
  ...(config.billingWorkers ? {} : { billingWorkers: false }),
});
await app.ready();
// Before listening: what a previous process left undone is picked up first.
engine.start();
// Retention: settled rounds past ARCHIVE_AFTER_DAYS move to the archive tables, in small batches.
const archiver =
  config.archiveAfterDays > 0
    ? startArchiver(platform.deps, { archiveAfterDays: config.archiveAfterDays, registry: metrics.registry })
    : undefined;
// A reconciliation whose process died mid-upload or mid-matching is marked failed, not left reading.
const reconciliationSweeper = startReconciliationSweeper(platform.deps);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down: no new connections, finishing in-flight requests");
  const forced = setTimeout(() => {
    logger.error("shutdown grace period over; exiting");
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  forced.unref();
  try {
    // Order matters: the app first (no new requests; in-flight ones finish and queue their
    // writes), then the engine (the dispatcher stops claiming and waits for the calls in hand to
    // be recorded, the sweepers stop, the outbox flushes its last batch), then the database.
    await app.close();
    await engine.stop();
    await archiver?.stop();
    await reconciliationSweeper.stop();
    await db.close();
    logger.info("stopped");
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, "error during shutdown");
    process.exit(1);
  }
}
// Before listening: a signal that arrives as the port opens still shuts down in order.
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
await app.listen({ port: config.port, host: config.host });
logger.info(
  {
    database: config.database.kind,
    publicUrl: config.publicUrl,
    roundAbandonAfterMs: config.roundAbandonAfterMs,
  },
  "Croupier platform listening",
);
