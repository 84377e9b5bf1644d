import type { Kysely, Transaction } from "kysely";
import type { DialectName } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { UploadRefused, type LedgerLine } from "./read-upload.ts";
import { stageLines } from "./stage-lines.ts";

/** How far the upload has been read: written on the reconciliation for those who poll it. */
export interface StagingProgress {
  readonly linesRead: number;
  readonly bytesRead: number;
}

/** Writes one batch of lines after those before it; rejects with UploadRefused on a repeated call_id. */
export type BatchWriter = (lines: readonly LedgerLine[], progress: StagingProgress) => Promise<void>;

/** Progress is written at most this often on PostgreSQL, where it is a commit of its own. */
const PROGRESS_EVERY_MS = 500;

/**
 * Runs `stage` with a writer of staged batches. PostgreSQL stages the whole upload in one
 * transaction on a connection of its own: a batch is one round trip with no commit of its own,
 * so batches can be small (the lines of a batch then die young: memory stays flat however large
 * the upload), and a refusal rolls everything back. SQLite's one connection is shared with the
 * round engine, so each batch commits with its progress (in process, a commit costs little).
 */
export async function inStaging<T>(
  db: Kysely<Database>,
  dialect: DialectName,
  reconciliationId: string,
  stage: (write: BatchWriter) => Promise<T>,
): Promise<T> {
  const writeBatch = async (trx: Transaction<Database>, lines: readonly LedgerLine[]) => {
    const inserted = await stageLines(trx, dialect, reconciliationId, lines);
    if (inserted < lines.length) throw await stagedEarlier(trx, reconciliationId, lines);
  };
  const setProgress = (on: Kysely<Database>, progress: StagingProgress) =>
    on
      .updateTable("reconciliations")
      .set({ bytes_read: progress.bytesRead, lines_read: progress.linesRead })
      .where("id", "=", reconciliationId)
      .execute();
  if (dialect === "sqlite") {
    return stage((lines, progress) =>
      db.transaction().execute(async (trx) => {
        await writeBatch(trx, lines);
        await setProgress(trx, progress);
      }),
    );
  }
  return db.transaction().execute(async (trx) => {
    let progressAt = 0;
    return stage(async (lines, progress) => {
      await writeBatch(trx, lines);
      // Outside the staging transaction, so that it shows while the upload is still read.
      if (Date.now() - progressAt >= PROGRESS_EVERY_MS) {
        progressAt = Date.now();
        await setProgress(db, progress);
      }
    });
  });
}

/** The refusal for a batch that repeats a call_id staged by an earlier one. */
async function stagedEarlier(
  trx: Transaction<Database>,
  reconciliationId: string,
  batch: readonly LedgerLine[],
): Promise<UploadRefused> {
  const earlier = await trx
    .selectFrom("reconciliation_lines")
    .select(["call_id", "line_no"])
    .where("reconciliation_id", "=", reconciliationId)
    .where(
      "call_id",
      "in",
      batch.map((l) => l.call_id),
    )
    .where("line_no", "<", batch[0]!.line_no)
    .orderBy("line_no")
    .executeTakeFirstOrThrow();
  const again = batch.find((l) => l.call_id === earlier.call_id)!;
  return new UploadRefused([
    { line: again.line_no, field: "call_id", message: `${again.call_id} is also on line ${earlier.line_no}` },
  ]);
}
