import { sql, type Selectable } from "kysely";
import type { ServiceDeps } from "../deps.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import type { OperatorStatus } from "./status.ts";
import type { OperatorsTable, VolumeRange } from "./tables.ts";

export type ExpectedVolume =
  { readonly amountMinor: number; readonly currency: string } | { readonly range: VolumeRange };

/** An operator as the APIs present it (camelCase, parsed lists). */
export interface Operator {
  readonly id: string;
  readonly companyName: string;
  readonly website: string;
  readonly contact: { readonly name: string; readonly email: string };
  readonly licenceJurisdictions: string[];
  readonly currencies: string[];
  readonly expectedMonthlyVolume: ExpectedVolume;
  readonly platformDescription: string;
  readonly status: OperatorStatus;
  readonly statusBeforeSuspension: "sandbox" | "live" | null;
  readonly statusReason: string | null;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
}

export function presentOperator(row: Selectable<OperatorsTable>): Operator {
  const expectedMonthlyVolume: ExpectedVolume =
    row.expected_volume_range !== null
      ? { range: row.expected_volume_range }
      : { amountMinor: row.expected_volume_minor ?? 0, currency: row.expected_volume_currency ?? "" };
  return {
    id: row.id,
    companyName: row.company_name,
    website: row.website,
    contact: { name: row.contact_name, email: row.contact_email },
    licenceJurisdictions: JSON.parse(row.licence_jurisdictions) as string[],
    currencies: JSON.parse(row.currencies) as string[],
    expectedMonthlyVolume,
    platformDescription: row.platform_description,
    status: row.status,
    statusBeforeSuspension: row.status_before_suspension,
    statusReason: row.status_reason,
    createdAtMs: row.created_at_ms,
    updatedAtMs: row.updated_at_ms,
  };
}

export async function getOperator(
  deps: Pick<ServiceDeps, "db">,
  operatorId: string,
): Promise<Operator | undefined> {
  const row = await deps.db
    .selectFrom("operators")
    .selectAll()
    .where("id", "=", operatorId)
    .executeTakeFirst();
  return row === undefined ? undefined : presentOperator(row);
}

export interface OperatorListQuery {
  readonly status?: OperatorStatus | undefined;
  /** Case-insensitive substring of the company name or contact email. */
  readonly search?: string | undefined;
  readonly limit?: number | undefined;
  readonly after?: CursorPosition | undefined;
}

/** Newest registrations first. */
export async function listOperators(
  deps: Pick<ServiceDeps, "db">,
  query: OperatorListQuery,
): Promise<Page<Operator>> {
  let q = deps.db.selectFrom("operators").selectAll();
  if (query.status !== undefined) q = q.where("status", "=", query.status);
  if (query.search !== undefined && query.search !== "") {
    const pattern = `%${escapeLike(query.search.toLowerCase())}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(company_name)`, "like", sql`${pattern} escape '\\'`),
        eb(sql`lower(contact_email)`, "like", sql`${pattern} escape '\\'`),
      ]),
    );
  }
  const page = await keysetPage(q, {
    sortColumn: "created_at_ms",
    idColumn: "id",
    direction: "desc",
    limit: query.limit,
    after: query.after,
    positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.id }),
  });
  return { items: page.items.map(presentOperator), nextCursor: page.nextCursor };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
