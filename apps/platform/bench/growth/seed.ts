// Seeds a platform database with settled rounds (see seed-rounds.ts), migrating it first:
//
//   node bench/growth/seed.ts --rounds 1000000 (--database-url postgres://… | --sqlite-file data/platform.sqlite)
//
// The database needs an operator, a catalogue game and a studio (a provisioned platform's).
import { parseArgs } from "node:util";
import { connectDb } from "../../src/db/connect.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { DEFAULT_SPAN_DAYS, progressLine, seedSettledRounds } from "./seed-rounds.ts";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "1000000" },
    "database-url": { type: "string" },
    "sqlite-file": { type: "string" },
    "span-days": { type: "string", default: String(DEFAULT_SPAN_DAYS) },
  },
});
const opened = connectDb({ databaseUrl: values["database-url"], sqliteFile: values["sqlite-file"] });
try {
  await migrateToLatest(opened.db);
  const started = Date.now();
  await seedSettledRounds(opened.db, opened.dialect, {
    rounds: Number(values.rounds),
    spanDays: Number(values["span-days"]),
    progress: (done, total) => console.log(progressLine(done, total, started)),
  });
} finally {
  await opened.close();
}
