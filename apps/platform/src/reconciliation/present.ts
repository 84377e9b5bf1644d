import { Readable } from "node:stream";
import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { csvLine } from "../reports/csv-writer.ts";
import type { ReconciliationDifferencesTable, ReconciliationsTable } from "./tables.ts";

export function presentReconciliation(r: ReconciliationsTable) {
  return {
    id: r.id,
    environment: r.environment,
    from: new Date(r.from_ms).toISOString().slice(0, 10),
    to: new Date(r.to_ms - 1).toISOString().slice(0, 10),
    format: r.format,
    status: r.status,
    progress: {
      bytesRead: r.bytes_read,
      linesRead: r.lines_read,
      callsToCompare: r.calls_to_compare,
      callsCompared: r.calls_compared,
    },
    matched: r.matched,
    differences: r.differences,
    byKind: JSON.parse(r.counts) as Record<string, number>,
    createdAtMs: r.created_at_ms,
    finishedAtMs: r.finished_at_ms,
  };
}

export function presentDifference(d: ReconciliationDifferencesTable) {
  return {
    seq: d.seq,
    kind: d.kind,
    callId: d.call_id,
    roundId: d.round_id,
    ours: d.ours === null ? null : (JSON.parse(d.ours) as Record<string, unknown>),
    theirs: d.theirs === null ? null : (JSON.parse(d.theirs) as Record<string, unknown>),
    fix: d.fix,
  };
}

const CSV_HEADER = [
  "kind",
  "call_id",
  "round_id",
  "our_action",
  "our_amount",
  "our_currency",
  "our_rb",
  "our_state",
  "our_time",
  "your_line",
  "your_action",
  "your_amount",
  "your_currency",
  "your_rb",
  "your_status",
  "your_time",
  "fix",
];

/** Every difference of a reconciliation as CSV, read a page at a time as the client downloads. */
export function differencesCsv(db: Kysely<Database>, reconciliationId: string): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield csvLine(CSV_HEADER);
    let after = 0;
    for (;;) {
      const rows = await db
        .selectFrom("reconciliation_differences")
        .selectAll()
        .where("reconciliation_id", "=", reconciliationId)
        .where("seq", ">", after)
        .orderBy("seq")
        .limit(1_000)
        .execute();
      if (rows.length === 0) return;
      after = rows.at(-1)!.seq;
      let chunk = "";
      for (const row of rows) {
        const d = presentDifference(row);
        const o = (d.ours ?? {}) as Record<string, string | number | undefined>;
        const t = (d.theirs ?? {}) as Record<string, string | number | undefined>;
        chunk += csvLine([
          d.kind,
          d.callId,
          d.roundId,
          o.action,
          o.amount,
          o.currency,
          o.rb,
          o.state,
          o.time,
          t.line,
          t.action,
          t.amount,
          t.currency,
          t.rb,
          t.status,
          t.time,
          d.fix,
        ]);
      }
      yield chunk;
    }
  }
  return Readable.from(lines(), { objectMode: false });
}
