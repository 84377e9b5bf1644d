/**
 * `npm run self-check -w @croupier/platform -- [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: re-derives
 * round money from the wallet calls, report totals from the rounds and fees from the rounds they
 * charged, for rounds closed in the period (default yesterday, UTC), and compares them with what
 * the platform keeps. Prints the result as JSON and records it (listed at /admin/billing/self-checks).
 * Exit 0: the records agree; 2: differences (nothing is changed); 1: it could not run.
 */
import { parseArgs } from "node:util";
import pino from "pino";
import { loadConfig } from "../config.ts";
import { connectDb } from "../db/connect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { systemClock } from "../deps.ts";
import { timeOrderedIds } from "../ids/platform-ids.ts";
import { parsePeriod } from "./period.ts";
import { dayOf } from "./rates.ts";
import { recordSelfCheck } from "./self-check-runs.ts";

const DAY_MS = 86_400_000;
const yesterday = dayOf(systemClock() - DAY_MS);
const { values } = parseArgs({
  options: { from: { type: "string", default: yesterday }, to: { type: "string" } },
});
const period = parsePeriod(values.from, values.to ?? values.from, 31);
const config = loadConfig(process.env);
if (!period.ok || !config.ok) {
  console.error(
    period.ok ? `invalid configuration: ${config.ok ? "" : config.errors.join("; ")}` : period.message,
  );
  process.exit(1);
}
const db = connectDb(
  config.config.database.kind === "postgres"
    ? { databaseUrl: config.config.database.url }
    : { sqliteFile: config.config.database.file },
);
try {
  await migrateToLatest(db.db);
  const run = await recordSelfCheck(
    { db: db.db, clock: systemClock, ids: timeOrderedIds, logger: pino({ level: "silent" }) },
    { trigger: "manual", fromMs: period.fromMs, toMs: period.toMs },
  );
  console.log(JSON.stringify({ id: run?.id, ...run?.report }, null, 2));
  process.exitCode = (run?.report.differences ?? 0) > 0 ? 2 : 0;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db.close();
}
