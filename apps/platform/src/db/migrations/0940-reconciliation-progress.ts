import type { Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// How many comparisons a reconciliation's matching will make (our calls of the period and the
// operator's lines without one), counted when matching starts: the backoffice draws its progress
// bar against it while `calls_compared`, `matched` and `differences` grow.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("reconciliations")
    .addColumn("calls_to_compare", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("reconciliations").dropColumn("calls_to_compare").execute();
}
