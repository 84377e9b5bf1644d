// Test support: every row the database holds for one operator (and environment), table by table,
// found by column name so tables added later are included without touching this file.
import { sql } from "kysely";
import type { Environment } from "../../callbacks/wallet-endpoint.ts";
import type { PlatformDb } from "../../db/connect.ts";

async function columnsByTable(db: PlatformDb): Promise<Map<string, Set<string>>> {
  const rows =
    db.dialect === "postgres"
      ? (
          await sql<{ table_name: string; column_name: string }>`
            select table_name, column_name from information_schema.columns
            where table_schema = current_schema()`.execute(db.db)
        ).rows
      : (
          await sql<{ table_name: string; column_name: string }>`
            select m.name as table_name, p.name as column_name
            from sqlite_master m join pragma_table_info(m.name) p
            where m.type = 'table'`.execute(db.db)
        ).rows;
  const tables = new Map<string, Set<string>>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Set<string>();
    columns.add(row.column_name);
    tables.set(row.table_name, columns);
  }
  return tables;
}

/**
 * A JSON snapshot of the operator's rows in every table with an `operator_id` column (only the
 * environment's, where the table has an `environment` column). Compare two to prove nothing changed.
 */
export async function ownedRows(
  db: PlatformDb,
  operatorId: string,
  environment?: Environment,
): Promise<string> {
  const tables = await columnsByTable(db);
  const snapshot: Record<string, unknown[]> = {};
  for (const [table, columns] of [...tables].sort(([a], [b]) => a.localeCompare(b))) {
    if (!columns.has("operator_id")) continue;
    const filterEnvironment = environment !== undefined && columns.has("environment");
    const rows = await sql<Record<string, unknown>>`
      select * from ${sql.table(table)}
      where operator_id = ${operatorId}
      ${filterEnvironment ? sql`and environment = ${environment}` : sql``}`.execute(db.db);
    snapshot[table] = rows.rows
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)),
      )
      .sort();
  }
  return JSON.stringify(snapshot);
}
