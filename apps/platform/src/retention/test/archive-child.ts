// Test support: a process that archives settled rounds in small batches, printing a line after
// each, until none is left; the kill test kills it (SIGKILL) in the middle.
import { connectDb } from "../../db/connect.ts";
import { archiveSettledRounds } from "../archive-rounds.ts";
import { AGE_MS, clock } from "./archive-fixture.ts";

const db = connectDb({ databaseUrl: process.env.DATABASE_URL, sqliteFile: process.env.SQLITE_FILE });
for (;;) {
  const report = await archiveSettledRounds(
    { db: db.db, dialect: db.dialect, clock },
    { archiveAfterMs: AGE_MS, batchRounds: 5 },
  );
  if (report.rounds === 0) break;
  console.log(`moved ${report.rounds}`);
}
await db.close();
