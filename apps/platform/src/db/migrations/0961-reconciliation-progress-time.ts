import type { Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// When a reconciliation last showed progress (a staged batch, a page of comparisons): one that
// stops showing any (its process died mid-upload or mid-matching) is marked failed by the sweeper
// (reconciliation/stalled.ts) instead of reading forever. Null on rows from before: their
// created_at stands in.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("reconciliations").addColumn("progress_at_ms", "bigint").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("reconciliations").dropColumn("progress_at_ms").execute();
}
