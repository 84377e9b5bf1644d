import type { Readable } from "node:stream";
import { sql } from "kysely";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { ServiceDeps } from "../deps.ts";
import { fail, type Failure } from "../operators/problems.ts";
import { matchLines } from "./match.ts";
import { readUpload, UploadRefused, type LedgerLine, type LineError } from "./read-upload.ts";
import { inStaging, STAGING_BATCH_LINES } from "./staging.ts";
import type { ReconciliationsTable } from "./tables.ts";

export interface ReconcileInput {
  readonly operatorId: string;
  readonly environment: Environment;
  readonly fromMs: number;
  readonly toMs: number;
  readonly format: "csv" | "jsonl";
  readonly body: Readable;
  readonly actorId: string;
  readonly maxBytes?: number;
}

export type ReconcileResult =
  { ok: true; reconciliation: ReconciliationsTable } | Failure<"LEDGER_UPLOAD_REFUSED" | "LEDGER_TOO_LARGE">;

/**
 * Reconciles an operator's uploaded ledger with our calls of the period: streams the upload into
 * a staging table (progress visible on the reconciliation while it reads), refuses it whole on any
 * bad line, duplicate call_id or id of a call that is not this operator's in this environment
 * (then nothing is kept), else matches by call_id and keeps each difference with its fix.
 */
export async function reconcileUpload(
  deps: Pick<ServiceDeps, "db" | "dialect" | "driver" | "clock" | "ids" | "logger">,
  input: ReconcileInput,
): Promise<ReconcileResult> {
  const { db } = deps;
  const id = deps.ids("rec");
  const row: ReconciliationsTable = {
    id,
    operator_id: input.operatorId,
    environment: input.environment,
    from_ms: input.fromMs,
    to_ms: input.toMs,
    format: input.format,
    status: "reading",
    bytes_read: 0,
    lines_read: 0,
    calls_to_compare: 0,
    calls_compared: 0,
    matched: 0,
    differences: 0,
    counts: "{}",
    created_by: input.actorId,
    created_at_ms: deps.clock(),
    finished_at_ms: null,
    progress_at_ms: null,
  };
  await db.insertInto("reconciliations").values(row).execute();
  const discard = async () => {
    await db.deleteFrom("reconciliation_lines").where("reconciliation_id", "=", id).execute();
    await db.deleteFrom("reconciliation_differences").where("reconciliation_id", "=", id).execute();
    await db.deleteFrom("reconciliations").where("id", "=", id).execute();
  };
  let bytes = 0;
  let lines = 0;
  // The batch being written while the next one is read (parsing and the database's work overlap);
  // awaited after the next one is handed over (at most two in flight) and before anything is
  // discarded.
  let writing: Promise<void> = Promise.resolve();
  const startedAt = performance.now();
  let readAt: number;
  try {
    await inStaging(db, deps.driver, id, async (write) => {
      let batch: LedgerLine[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const inBatch = new Set<string>();
        for (const l of batch) {
          if (inBatch.has(l.call_id)) throw duplicate(l, batch);
          inBatch.add(l.call_id);
        }
        lines += batch.length;
        // Handed over before the previous batch is awaited: on PostgreSQL that makes it text on
        // the copy's stream at once. Lines kept waiting while other work of the process allocates
        // (the round engine, the projector) were promoted by the young generation: 327 MB.
        const previous = writing;
        writing = write(batch, { linesRead: lines, bytesRead: bytes, atMs: deps.clock() });
        // Its failure is handled where it is awaited; until then it must not count as unhandled.
        writing.catch(() => undefined);
        batch = [];
        await previous;
      };
      for await (const read of readUpload(input.body, input.format, {
        maxBytes: input.maxBytes,
        onBytes: (n) => (bytes = n),
      })) {
        for (const line of read) {
          batch.push(line);
          if (batch.length >= STAGING_BATCH_LINES) await flush();
        }
      }
      await flush();
      await writing;
    });
    // Fresh statistics for the plans of the joins below: the table was empty when last analysed.
    if (deps.dialect === "postgres") await sql`analyze reconciliation_lines`.execute(db);
    readAt = performance.now();
  } catch (error) {
    await writing.catch(() => undefined);
    await discard();
    if (!(error instanceof UploadRefused)) throw error;
    return refusal(error);
  }

  try {
    // The progress bar's end: until our calls are compared, the lines (exact when every call of
    // ours has a line and every line is one of ours: a clean ledger); then exact (ours compared,
    // plus the lines left over). Counting our calls or the lines that pair with them up front was
    // seconds on PostgreSQL among millions of calls, for a progress bar.
    let toCompare = lines;
    await db
      .updateTable("reconciliations")
      .set({
        status: "matching",
        bytes_read: bytes,
        lines_read: lines,
        calls_to_compare: toCompare,
        progress_at_ms: deps.clock(),
      })
      .where("id", "=", id)
      .execute();
    // Written after each page of comparisons: the backoffice polls these while it waits.
    const counts = await matchLines(db, deps.dialect, { reconciliationId: id, ...input }, async (so) => {
      if (so.ourCallsDone) toCompare = so.callsCompared + lines - so.linesWithOurCall;
      await db
        .updateTable("reconciliations")
        .set({
          calls_to_compare: Math.max(toCompare, so.callsCompared),
          calls_compared: so.callsCompared,
          matched: so.matched,
          differences: so.differences,
          progress_at_ms: deps.clock(),
        })
        .where("id", "=", id)
        .execute();
    });
    const done = {
      status: "done" as const,
      calls_to_compare: counts.callsCompared,
      calls_compared: counts.callsCompared,
      matched: counts.matched,
      differences: counts.differences,
      counts: JSON.stringify(counts.byKind),
      finished_at_ms: deps.clock(),
    };
    await db.updateTable("reconciliations").set(done).where("id", "=", id).execute();
    await db.deleteFrom("reconciliation_lines").where("reconciliation_id", "=", id).execute();
    deps.logger.info(
      {
        reconciliationId: id,
        lines,
        callsCompared: counts.callsCompared,
        differences: counts.differences,
        readingMs: Math.round(readAt - startedAt),
        matchingMs: Math.round(performance.now() - readAt),
      },
      "reconciliation done",
    );
    return {
      ok: true,
      reconciliation: { ...row, ...done, status: "done", bytes_read: bytes, lines_read: lines },
    };
  } catch (error) {
    if (error instanceof UploadRefused) {
      // A line named a call that is not this operator's (found while matching the lines left over).
      await discard();
      return refusal(error);
    }
    deps.logger.error({ err: error, reconciliationId: id }, "reconciliation failed while matching");
    await db
      .updateTable("reconciliations")
      .set({ status: "failed", finished_at_ms: deps.clock() })
      .where("id", "=", id)
      .execute();
    await db.deleteFrom("reconciliation_lines").where("reconciliation_id", "=", id).execute();
    throw error;
  }
}

function duplicate(line: LedgerLine, batch: LedgerLine[]): UploadRefused {
  const first = batch.find((l) => l.call_id === line.call_id)!;
  const second = batch.filter((l) => l.call_id === line.call_id)[1]!;
  return new UploadRefused([
    { line: second.line_no, field: "call_id", message: `${line.call_id} is also on line ${first.line_no}` },
  ]);
}

function refusal(error: UploadRefused): Failure<"LEDGER_UPLOAD_REFUSED" | "LEDGER_TOO_LARGE"> {
  const errors: LineError[] = error.errors;
  if (error.tooLarge)
    return fail("LEDGER_TOO_LARGE", "The ledger is larger than the upload limit; nothing was kept.", {
      invalidLines: errors,
    });
  return fail(
    "LEDGER_UPLOAD_REFUSED",
    `The ledger was refused; nothing was kept. ${errors
      .slice(0, 3)
      .map((e) => `Line ${e.line}: ${e.field} ${e.message}.`)
      .join(" ")}`,
    { invalidLines: errors },
  );
}
