import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pino from "pino";
import { openTestDb, testDialects, type TestDb } from "../db/test-databases.ts";
import { failStalledReconciliations, RECONCILIATION_STALLED_AFTER_MS } from "./stalled.ts";
import type { ReconciliationsTable, ReconciliationStatus } from "./tables.ts";

const NOW = Date.parse("2026-12-07T12:00:00Z");
const STALLED = NOW - RECONCILIATION_STALLED_AFTER_MS - 1;

for (const kind of testDialects) {
  describe(`stalled reconciliations (${kind})`, () => {
    let db: TestDb;
    before(async () => {
      db = await openTestDb(kind);
    });
    after(() => db.dispose());

    const reconciliation = (
      id: string,
      status: ReconciliationStatus,
      times: { createdAtMs: number; progressAtMs: number | null },
    ): ReconciliationsTable => ({
      id,
      operator_id: "op_1",
      environment: "sandbox",
      from_ms: NOW - 86_400_000,
      to_ms: NOW,
      format: "csv",
      status,
      bytes_read: 100,
      lines_read: 2,
      calls_to_compare: 0,
      calls_compared: 0,
      matched: 0,
      differences: 0,
      counts: "{}",
      created_by: "someone",
      created_at_ms: times.createdAtMs,
      finished_at_ms: null,
      progress_at_ms: times.progressAtMs,
    });

    test("a reconciliation that stopped showing progress is marked failed and its staged lines go; live and finished ones stay", async () => {
      await db.db
        .insertInto("reconciliations")
        .values([
          // Its process died while reading: progress long ago.
          reconciliation("rec_dead_reading", "reading", {
            createdAtMs: STALLED - 5_000,
            progressAtMs: STALLED,
          }),
          // Died while matching, from before progress times were kept: its creation stands in.
          reconciliation("rec_dead_matching", "matching", { createdAtMs: STALLED, progressAtMs: null }),
          // Started long ago but still showing progress: a large upload, alive.
          reconciliation("rec_alive", "matching", {
            createdAtMs: STALLED - 60_000,
            progressAtMs: NOW - 1_000,
          }),
          // Finished long ago: not the sweeper's.
          reconciliation("rec_done", "done", { createdAtMs: STALLED, progressAtMs: STALLED }),
        ])
        .execute();
      const line = (reconciliationId: string, callId: string) => ({
        reconciliation_id: reconciliationId,
        call_id: callId,
        line_no: 2,
        action: "debit" as const,
        amount_minor: 100,
        currency: "EUR",
        rb: 0 as const,
        status: "ok",
        time_text: "1",
      });
      await db.db
        .insertInto("reconciliation_lines")
        .values([line("rec_dead_reading", "c1"), line("rec_alive", "c1")])
        .execute();

      const swept = await failStalledReconciliations({
        db: db.db,
        clock: () => NOW,
        logger: pino({ level: "silent" }),
      });
      assert.deepEqual(swept.sort(), ["rec_dead_matching", "rec_dead_reading"]);

      const rows = await db.db
        .selectFrom("reconciliations")
        .select(["id", "status", "finished_at_ms"])
        .orderBy("id")
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.id, r.status, r.finished_at_ms === null ? null : Number(r.finished_at_ms)]),
        [
          ["rec_alive", "matching", null],
          ["rec_dead_matching", "failed", NOW],
          ["rec_dead_reading", "failed", NOW],
          ["rec_done", "done", null],
        ],
      );
      const staged = await db.db.selectFrom("reconciliation_lines").select("reconciliation_id").execute();
      assert.deepEqual(
        staged.map((l) => l.reconciliation_id),
        ["rec_alive"],
      );
      // Once: a second sweep finds nothing more.
      assert.deepEqual(
        await failStalledReconciliations({ db: db.db, clock: () => NOW, logger: pino({ level: "silent" }) }),
        [],
      );
    });
  });
}
