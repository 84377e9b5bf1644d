import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, test } from "node:test";
import { sql } from "kysely";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { archiveSettledRounds } from "./archive-rounds.ts";
import { AGE_MS, clock, counts, insertRound, OLD_MS, TABLES } from "./test/archive-fixture.ts";

const CHILD = fileURLToPath(new URL("./test/archive-child.ts", import.meta.url));
const ROUNDS = 200;

/** Rounds (hot or archived) whose rows are not all on one side: a calls/attempts/gateway split. */
async function splitRounds(db: TestDb): Promise<number> {
  const row = await sql<{ n: number }>`SELECT count(*) AS n FROM rounds_archive r WHERE
      EXISTS (SELECT 1 FROM wallet_calls c WHERE c.round_id = r.round_id)
      OR EXISTS (SELECT 1 FROM gateway_transactions g WHERE g.round_id = r.round_id)
      OR (SELECT count(*) FROM wallet_calls_archive c WHERE c.round_id = r.round_id) <> 2
      OR (SELECT count(*) FROM gateway_transactions_archive g WHERE g.round_id = r.round_id) <> 2`.execute(
    db.db,
  );
  return Number(row.rows[0]!.n);
}

for (const kind of testDialects) {
  describe(`retention: the archiver killed with SIGKILL mid-run (${kind})`, () => {
    let db: TestDb;
    beforeEach(async () => {
      db = await openTestDb(kind);
    });
    afterEach(async () => db.dispose());

    test("loses nothing, doubles nothing, and a new run finishes the move", async () => {
      for (let i = 0; i < ROUNDS; i++) await insertRound(db.db, { id: `rnd_${i}`, closedAtMs: OLD_MS + i });
      const before = await counts(db.db);
      const child = spawn(process.execPath, [CHILD], {
        env: {
          ...process.env,
          DATABASE_URL: db.location.databaseUrl ?? "",
          SQLITE_FILE: db.location.sqliteFile ?? "",
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let lines = 0;
      child.stdout.setEncoding("utf8");
      // Killed once a few batches are in: the next one is under way.
      child.stdout.on("data", (chunk: string) => {
        lines += chunk.split("\n").filter((l) => l.startsWith("moved")).length;
        if (lines >= 3) child.kill("SIGKILL");
      });
      const [code, signal] = (await once(child, "exit")) as [number | null, string | null];
      assert.equal(signal, "SIGKILL", `the archiver ended on its own (code ${code}) before it was killed`);

      const after = await counts(db.db);
      assert.ok(
        after.rounds_archive >= 15 && after.rounds_archive < ROUNDS,
        `${after.rounds_archive} archived`,
      );
      for (const table of TABLES)
        assert.equal(after[table] + after[`${table}_archive`], before[table], table);
      assert.equal(await splitRounds(db), 0);
      const attemptsOfArchivedCalls = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM wallet_call_attempts_archive a
        WHERE NOT EXISTS (SELECT 1 FROM wallet_calls_archive c WHERE c.call_id = a.call_id)`.execute(db.db);
      assert.equal(Number(attemptsOfArchivedCalls.rows[0]!.n), 0);

      while (
        (await archiveSettledRounds({ db: db.db, dialect: db.dialect, clock }, { archiveAfterMs: AGE_MS }))
          .rounds > 0
      );
      const done = await counts(db.db);
      assert.deepEqual(
        [done.rounds, done.rounds_archive, done.wallet_calls_archive, done.wallet_call_attempts_archive],
        [0, ROUNDS, 2 * ROUNDS, 2 * ROUNDS],
      );
    });
  });
}
