import type SqliteDatabase from "better-sqlite3";
import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { immediateTransaction } from "../db/sqlite-immediate.ts";
import { UploadRefused, type LedgerLine } from "./read-upload.ts";
import type { StagingProgress } from "./staging-progress.ts";

type Statement = SqliteDatabase.Statement;

interface Statements {
  readonly insertLine: Statement;
  readonly earlierLine: Statement;
  readonly setProgress: Statement;
}

function prepareStatements(sqlite: SqliteDatabase.Database): Statements {
  return {
    // A call_id already staged for this reconciliation (an earlier batch) is skipped by the key:
    // a change count of 0 is a duplicate, found without a read before every write.
    insertLine: sqlite.prepare(
      `insert into reconciliation_lines
         (reconciliation_id, call_id, line_no, action, amount_minor, currency, rb, status, time_text)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (reconciliation_id, call_id) do nothing`,
    ),
    earlierLine: sqlite.prepare(
      `select line_no from reconciliation_lines where reconciliation_id = ? and call_id = ? and line_no < ?`,
    ),
    setProgress: sqlite.prepare(
      `update reconciliations set bytes_read = ?, lines_read = ?, progress_at_ms = ? where id = ?`,
    ),
  };
}

/** Writes a batch of a reconciliation's upload with its progress, in one transaction. */
export type SqliteStager = (
  reconciliationId: string,
  lines: readonly LedgerLine[],
  progress: StagingProgress,
) => Promise<void>;

/**
 * Staging on SQLite, as the round engine's batches write (write-model/sqlite-batch-store.ts): a
 * batch is one transaction of statements prepared once and run per line (in process, a few
 * microseconds each), synchronously while holding Kysely's only connection (so no Kysely
 * transaction is open on it meanwhile). Why not a Kysely multi-row insert: building and compiling
 * 250 rows of 9 values each batch cost more than the insert, and its nodes, alive across the
 * transaction's awaits, were promoted to the old generation: a million-line upload peaked past
 * 420 MB. A line whose call_id an earlier line staged refuses the upload (UploadRefused naming
 * both lines); the batch is then rolled back.
 */
export function sqliteStager(db: Kysely<Database>, sqlite: SqliteDatabase.Database): SqliteStager {
  let statements: Statements | undefined;
  const stage = immediateTransaction(
    sqlite,
    (reconciliationId: string, lines: readonly LedgerLine[], progress: StagingProgress) => {
      statements ??= prepareStatements(sqlite);
      for (const l of lines) {
        const { changes } = statements.insertLine.run(
          reconciliationId,
          l.call_id,
          l.line_no,
          l.action,
          l.amount_minor,
          l.currency,
          l.rb,
          l.status,
          l.time_text,
        );
        if (changes === 0) {
          const earlier = statements.earlierLine.get(reconciliationId, l.call_id, l.line_no) as
            { line_no: number } | undefined;
          throw new UploadRefused([
            {
              line: l.line_no,
              field: "call_id",
              message:
                earlier === undefined
                  ? `${l.call_id} is also on an earlier line`
                  : `${l.call_id} is also on line ${earlier.line_no}`,
            },
          ]);
        }
      }
      statements.setProgress.run(progress.bytesRead, progress.linesRead, progress.atMs, reconciliationId);
    },
  );
  return (reconciliationId, lines, progress) =>
    db.connection().execute(async () => {
      stage(reconciliationId, lines, progress);
    });
}
