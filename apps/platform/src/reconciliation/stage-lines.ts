import { sql, type Transaction } from "kysely";
import type { DialectName } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import type { LedgerLine } from "./read-upload.ts";

/** Rows per `VALUES` statement on SQLite: 9 parameters a row stays far below its variable limit. */
const SQLITE_ROWS_PER_STATEMENT = 1_000;

/**
 * Writes a batch of uploaded lines to the staging table and says how many were new: a line whose
 * call_id is already staged for this reconciliation (an earlier batch) is skipped by the primary
 * key, so a shorter count means a duplicate, found without a read before every write. PostgreSQL
 * takes the batch as one statement over arrays (`unnest`: nine parameters whatever its size, one
 * round trip); SQLite, in process, as multi-row inserts.
 */
export async function stageLines(
  trx: Transaction<Database>,
  dialect: DialectName,
  reconciliationId: string,
  batch: readonly LedgerLine[],
): Promise<number> {
  if (dialect === "postgres") {
    const column = <K extends keyof LedgerLine>(key: K) => batch.map((l) => l[key]);
    const result = await sql`
      insert into reconciliation_lines
        (reconciliation_id, call_id, line_no, action, amount_minor, currency, rb, status, time_text)
      select ${reconciliationId}, v.* from unnest(
        ${column("call_id")}::text[], ${column("line_no")}::bigint[], ${column("action")}::text[],
        ${column("amount_minor")}::bigint[], ${column("currency")}::text[], ${column("rb")}::integer[],
        ${column("status")}::text[], ${column("time_text")}::text[]
      ) as v(call_id, line_no, action, amount_minor, currency, rb, status, time_text)
      on conflict (reconciliation_id, call_id) do nothing`.execute(trx);
    return Number(result.numAffectedRows ?? 0);
  }
  let inserted = 0;
  for (let start = 0; start < batch.length; start += SQLITE_ROWS_PER_STATEMENT) {
    const rows = batch
      .slice(start, start + SQLITE_ROWS_PER_STATEMENT)
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
