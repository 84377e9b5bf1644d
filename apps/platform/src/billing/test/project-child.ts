/**
 * Tests only: a process that runs the round projector batch after batch on the database given in
 * argv (JSON location) and prints `batch <n>` after each commit, so a test can kill -9 it mid-run.
 */
import pino from "pino";
import { connectDb } from "../../db/connect.ts";
import { timeOrderedIds } from "../../ids/platform-ids.ts";
import { projectClosedRounds } from "../round-projector.ts";

const location = JSON.parse(process.argv[2] ?? "{}") as { databaseUrl?: string; sqliteFile?: string };
const clockMs = Number(process.argv[3]);
const db = connectDb(location);
const deps = {
  db: db.db,
  dialect: db.dialect,
  clock: () => clockMs,
  ids: timeOrderedIds,
  logger: pino({ level: "silent" }),
};
for (let n = 1; ; n += 1) {
  const batch = await projectClosedRounds(deps, { lagMs: 0, batchRounds: 20 });
  process.stdout.write(`batch ${n} ${batch.rounds}\n`);
  if (batch.rounds === 0) break;
}
await db.close();
