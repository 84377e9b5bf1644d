import { sql, type Kysely } from "kysely";
import type { Database } from "../db/database.ts";

/** A round's money as its wallet calls say, in the round currency. */
export interface RoundMoney {
  betsMinor: number;
  winsMinor: number;
  rbBetsMinor: number;
  rbWinsMinor: number;
  rollbacks: number;
}

export const NO_MONEY: RoundMoney = {
  betsMinor: 0,
  winsMinor: 0,
  rbBetsMinor: 0,
  rbWinsMinor: 0,
  rollbacks: 0,
};

/** GGR = bets − wins − rolled-back bets + rolled-back wins. */
export function ggrOf(m: RoundMoney): number {
  return m.betsMinor - m.winsMinor - m.rbBetsMinor + m.rbWinsMinor;
}

/**
 * Which calls count. A debit counts unless it was definitely refused or never sent (nothing
 * moved); a debit of unknown outcome counts with its rollback (queued with it), so the two cancel.
 * A credit counts in every state: it is owed until delivered, and a person resolves it otherwise.
 */
const COUNTED = sql<number>`case when action = 'credit' or state not in ('refused', 'not_sent') then 1 else 0 end`;

/** The money of each round in `roundIds` (rounds without calls are absent). */
export async function roundMoney(
  db: Kysely<Database>,
  roundIds: readonly string[],
): Promise<Map<string, RoundMoney>> {
  const out = new Map<string, RoundMoney>();
  if (roundIds.length === 0) return out;
  const amount = (action: "debit" | "credit", rb: 0 | 1) =>
    sql<number>`coalesce(sum(case when action = ${action} and rb = ${rb} and ${COUNTED} = 1 then amount_minor else 0 end), 0)`;
  const rows = await db
    .selectFrom("wallet_calls_all")
    .select([
      "round_id",
      amount("debit", 0).as("bets"),
      amount("credit", 0).as("wins"),
      amount("credit", 1).as("rb_bets"),
      amount("debit", 1).as("rb_wins"),
      sql<number>`coalesce(sum(case when rb = 1 and ${COUNTED} = 1 then 1 else 0 end), 0)`.as("rollbacks"),
    ])
    .where("round_id", "in", roundIds)
    .groupBy("round_id")
    .execute();
  for (const row of rows) {
    if (row.round_id === null) continue;
    out.set(row.round_id, {
      betsMinor: Number(row.bets),
      winsMinor: Number(row.wins),
      rbBetsMinor: Number(row.rb_bets),
      rbWinsMinor: Number(row.rb_wins),
      rollbacks: Number(row.rollbacks),
    });
  }
  return out;
}
