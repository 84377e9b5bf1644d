import type { ServiceDeps } from "../deps.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import type { BillingEntryKind, BillingEntryRow } from "./tables.ts";

/** An operator's credit entries, newest first, in keyset pages by `seq`. */
export async function listEntries(
  deps: Pick<ServiceDeps, "db">,
  input: {
    operatorId: string;
    kind?: BillingEntryKind | undefined;
    limit?: number | undefined;
    after?: CursorPosition | undefined;
  },
): Promise<Page<BillingEntryRow>> {
  const query = deps.db
    .selectFrom("billing_entries")
    .selectAll()
    .where("operator_id", "=", input.operatorId)
    .$if(input.kind !== undefined, (q) => q.where("kind", "=", input.kind!));
  return keysetPage(query, {
    sortColumn: "seq",
    idColumn: "id",
    direction: "desc",
    limit: input.limit,
    after: input.after,
    positionOf: (row) => ({ sortKey: row.seq, id: row.id }),
  });
}
