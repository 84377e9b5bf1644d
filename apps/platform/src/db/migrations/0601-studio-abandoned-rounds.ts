import type { Kysely } from "kysely";

// Frozen: change the schema with a new migration.
// The built-in studio's rule for rounds the platform closes as abandoned (builtin-studio/abandoned-round-rule.ts):
// - `abandoned_state`: a blackjack hand finished by that rule (every undecided hand stood, the
//   dealer played), stored once so that the payout is the same on every sweep and the replay
//   shows what was paid; the hand takes no decision once it is set;
// - `abandoned`: 1 once the round is settled by the platform's closing credit, not by the game.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("studio_rounds").addColumn("abandoned_state", "text").execute();
  await db.schema
    .alterTable("studio_rounds")
    .addColumn("abandoned", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("studio_rounds").dropColumn("abandoned").execute();
  await db.schema.alterTable("studio_rounds").dropColumn("abandoned_state").execute();
}
