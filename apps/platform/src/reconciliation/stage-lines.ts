import type { Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { LedgerLine } from "./read-upload.ts";

/** Rows per `VALUES` statement: 9 parameters a row stays far below SQLite's variable limit. */
const ROWS_PER_STATEMENT = 1_000;

/**
 * Writes a batch of uploaded lines to the staging table on SQLite (PostgreSQL copies them:
 * staging.ts) and says how many were new: a line whose call_id is already staged for this
 * reconciliation (an earlier batch) is skipped by the primary key, so a shorter count means a
 * duplicate, found without a read before every write.
 */
export async function stageLines(
  trx: Transaction<Database>,
  reconciliationId: string,
  batch: readonly LedgerLine[],
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < batch.length; start += ROWS_PER_STATEMENT) {
    const rows = batch
      .slice(start, start + ROWS_PER_STATEMENT)
      .map((l) => ({ ...l, reconciliation_id: reconciliationId }));
    const result = await trx
      .insertInto("reconciliation_lines")
      .values(rows)
      .onConflict((oc) => oc.columns(["reconciliation_id", "call_id"]).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}
