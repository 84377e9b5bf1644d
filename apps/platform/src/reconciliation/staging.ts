import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { Kysely } from "kysely";
import { from as copyFrom, type CopyStreamQuery } from "pg-copy-streams";
import type { DriverHandle } from "../db/connect.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { Database } from "../db/database.ts";
import { UploadRefused, type LedgerLine } from "./read-upload.ts";
import { sqliteStager } from "./stage-lines.ts";
import type { StagingProgress } from "./staging-progress.ts";

/** Writes one batch of lines after those before it; rejects with UploadRefused on a repeated call_id. */
export type BatchWriter = (lines: readonly LedgerLine[], progress: StagingProgress) => Promise<void>;

/** Progress is written at most this often on PostgreSQL, where it is a commit of its own. */
const PROGRESS_EVERY_MS = 500;

/**
 * Lines per staged batch. SQLite commits each (its one connection is shared with the round
 * engine); PostgreSQL writes each into one COPY that runs for the whole upload. Small, so that the
 * lines of a batch die young and memory stays flat however large the upload.
 */
export const STAGING_BATCH_LINES = 250;

const COPY_LINES = `copy reconciliation_lines
  (reconciliation_id, call_id, line_no, action, amount_minor, currency, rb, status, time_text) from stdin`;

/**
 * Runs `stage` with a writer of staged batches (of STAGING_BATCH_LINES). PostgreSQL stages the
 * whole upload in one transaction on a connection of its own, as one COPY fed as the upload is
 * read (no statement per batch, no round trip: a batch is text on the copy's stream, and the
 * stream's backpressure paces the reading), so a refusal rolls everything back. SQLite's one
 * connection is shared with the round engine, so each batch commits with its progress (in
 * process, a commit costs little).
 */
export async function inStaging<T>(
  db: Kysely<Database>,
  driver: DriverHandle,
  reconciliationId: string,
  stage: (write: BatchWriter) => Promise<T>,
): Promise<T> {
  const setProgress = (on: Kysely<Database>, progress: StagingProgress) =>
    on
      .updateTable("reconciliations")
      .set({ bytes_read: progress.bytesRead, lines_read: progress.linesRead, progress_at_ms: progress.atMs })
      .where("id", "=", reconciliationId)
      .execute();
  if (driver.dialect === "sqlite") {
    const stageBatch = sqliteStager(db, driver.connection);
    return stage((lines, progress) => stageBatch(reconciliationId, lines, progress));
  }
  const client = await driver.pool.connect();
  let broken: Error | undefined;
  let copy: CopyStreamQuery | undefined;
  const rows = new CopyRows();
  try {
    await client.query("begin");
    copy = client.query(copyFrom(COPY_LINES));
    const copying = copy;
    // The copy fails (a repeated call_id) while later batches are still written: the next write,
    // or the end, reports it.
    let failure: unknown;
    const failed = new Promise<never>((_, reject) =>
      copying.once("error", (error) => {
        failure = error;
        reject(error);
      }),
    );
    failed.catch(() => undefined);
    let progressAt = 0;
    const result = await stage(async (lines, progress) => {
      if (failure !== undefined) throw rows.refusalFor(failure);
      rows.add(lines);
      if (!copying.write(copyText(reconciliationId, lines))) {
        await Promise.race([once(copying, "drain"), failed]).catch((error: unknown) => {
          throw rows.refusalFor(error);
        });
      }
      // Outside the staging transaction, so that it shows while the upload is still read.
      if (Date.now() - progressAt >= PROGRESS_EVERY_MS) {
        progressAt = Date.now();
        await setProgress(db, progress);
      }
    });
    copying.end();
    await Promise.race([finished(copying), failed]).catch((error: unknown) => {
      throw rows.refusalFor(error);
    });
    copy = undefined;
    await client.query("commit");
    return result;
  } catch (error) {
    // A copy still open is failed first (CopyFail), which ends it; then the transaction goes.
    if (copy !== undefined && !copy.destroyed)
      copy.destroy(error instanceof Error ? error : new Error(String(error)));
    await client.query("rollback").catch((failed: Error) => (broken = failed));
    throw error;
  } finally {
    // A connection that could not roll back is closed, not returned to the pool.
    client.release(broken);
  }
}

/**
 * Which upload line each row of the copy came from, kept as runs of consecutive lines (a run
 * breaks only where blank lines were skipped): PostgreSQL names a failing row by its place in
 * the copy.
 */
class CopyRows {
  /** [first row (1-based), its line], one per run. */
  readonly #runs: Array<readonly [number, number]> = [];
  #rows = 0;
  #nextLine = -1;

  add(lines: readonly LedgerLine[]): void {
    for (const line of lines) {
      this.#rows += 1;
      if (line.line_no !== this.#nextLine) this.#runs.push([this.#rows, line.line_no]);
      this.#nextLine = line.line_no + 1;
    }
  }

  lineOf(row: number): number | undefined {
    for (let i = this.#runs.length - 1; i >= 0; i--) {
      const [first, line] = this.#runs[i]!;
      if (row >= first) return line + (row - first);
    }
    return undefined;
  }

  /** A repeated call_id as the upload's refusal (the key and the row are in the error); anything else as it is. */
  refusalFor(error: unknown): unknown {
    if (!isUniqueViolation(error)) return error;
    const { detail, where } = error as { detail?: unknown; where?: unknown };
    const callId = /\(reconciliation_id, call_id\)=\([^,]*, ([^)]*)\)/.exec(String(detail ?? ""))?.[1];
    const row = /COPY reconciliation_lines, line (\d+)/.exec(String(where ?? ""))?.[1];
    const line = row === undefined ? undefined : this.lineOf(Number(row));
    return new UploadRefused([
      {
        line: line ?? 0,
        field: "call_id",
        message: `${callId ?? "its call_id"} is also on an earlier line`,
      },
    ]);
  }
}

/**
 * COPY's text format: tab-separated, with backslash, tab and line breaks escaped. Joined from an
 * array: appending each line to one string kept every piece of it alive until the batch was sent
 * (a rope), long enough for the young generation to promote it: a million lines' worth of
 * garbage in the old one.
 */
function copyText(reconciliationId: string, lines: readonly LedgerLine[]): string {
  const id = copyField(reconciliationId);
  const rows = lines.map(
    (l) =>
      `${id}\t${copyField(l.call_id)}\t${l.line_no}\t${copyField(l.action)}\t${l.amount_minor}\t${copyField(l.currency)}\t${l.rb}\t${copyField(l.status)}\t${copyField(l.time_text)}\n`,
  );
  return rows.join("");
}

const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function copyField(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : value;
}
