import { sql } from "kysely";
import type { ServiceDeps } from "../deps.ts";
import { DEFAULT_LOOKBACK_MS, PROJECTOR_NAME } from "./round-projector.ts";
import { ggrOf, NO_MONEY, roundMoney } from "./round-money.ts";

/** Differences listed in one run's report (all are counted). */
export const MAX_LISTED_DIFFERENCES = 1_000;
const CHUNK = 500;
const DAY_MS = 86_400_000;

export interface Difference {
  readonly check: "rounds_projected" | "round_money" | "report_totals" | "fees_charged" | "credit_balance";
  readonly key: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

export interface SelfCheckReport {
  readonly fromMs: number;
  readonly toMs: number;
  readonly roundsChecked: number;
  readonly differences: number;
  readonly checks: Record<Difference["check"], { checked: number; differences: number }>;
  readonly listed: Difference[];
}

/**
 * The platform's own records agree, to the cent, for rounds closed in [fromMs, toMs):
 * 1. rounds_projected: every closed round the projector has passed is taken in;
 * 2. round_money: each taken round's money equals what its wallet calls say now;
 * 3. report_totals: the daily and hourly aggregates equal the sums over the taken rounds;
 * 4. fees_charged: each fee entry equals the fees of the rounds it charged;
 * 5. credit_balance: each account's balance equals the sum of its entries.
 * It reads only, and never fixes anything: a difference is for a person to look into.
 */
export async function runSelfCheck(
  deps: Pick<ServiceDeps, "db">,
  period: { fromMs: number; toMs: number },
): Promise<SelfCheckReport> {
  const listed: Difference[] = [];
  const checks = {
    rounds_projected: { checked: 0, differences: 0 },
    round_money: { checked: 0, differences: 0 },
    report_totals: { checked: 0, differences: 0 },
    fees_charged: { checked: 0, differences: 0 },
    credit_balance: { checked: 0, differences: 0 },
  };
  const differ = (d: Difference) => {
    checks[d.check].differences += 1;
    if (listed.length < MAX_LISTED_DIFFERENCES) listed.push(d);
  };
  const { db } = deps;
  const { fromMs, toMs } = period;

  // 1. Closed rounds the projector has passed (behind its watermark by more than its lookback).
  const state = await db
    .selectFrom("billing_projector_state")
    .selectAll()
    .where("name", "=", PROJECTOR_NAME)
    .executeTakeFirst();
  const passedMs = Math.min(toMs, (state?.watermark_ms ?? 0) - DEFAULT_LOOKBACK_MS);
  const missing = await db
    .selectFrom("rounds_all as r")
    .leftJoin("billing_rounds as b", "b.round_id", "r.round_id")
    .select(["r.round_id", "r.closed_at_ms"])
    .where("r.closed_at_ms", ">=", fromMs)
    .where("r.closed_at_ms", "<", passedMs)
    .where("b.round_id", "is", null)
    .execute();
  for (const m of missing)
    differ({ check: "rounds_projected", key: m.round_id, expected: "projected", actual: "missing" });

  // 2. Round money against the wallet calls, in chunks.
  let roundsChecked = 0;
  let after = "";
  for (;;) {
    const rows = await db
      .selectFrom("billing_rounds")
      .selectAll()
      .where("closed_at_ms", ">=", fromMs)
      .where("closed_at_ms", "<", toMs)
      .where("round_id", ">", after)
      .orderBy("round_id")
      .limit(CHUNK)
      .execute();
    if (rows.length === 0) break;
    after = rows.at(-1)!.round_id;
    const money = await roundMoney(
      db,
      rows.map((r) => r.round_id),
    );
    for (const row of rows) {
      roundsChecked += 1;
      const m = money.get(row.round_id) ?? NO_MONEY;
      const mine = [
        row.bets_minor,
        row.wins_minor,
        row.rb_bets_minor,
        row.rb_wins_minor,
        row.rollbacks,
        row.ggr_minor,
      ];
      const calls = [m.betsMinor, m.winsMinor, m.rbBetsMinor, m.rbWinsMinor, m.rollbacks, ggrOf(m)];
      if (mine.some((v, i) => v !== calls[i])) {
        differ({ check: "round_money", key: row.round_id, expected: calls, actual: mine });
      }
    }
  }
  checks.rounds_projected.checked = roundsChecked + missing.length;
  checks.round_money.checked = roundsChecked;

  // 3. Aggregates (whole days around the period) against the rounds taken in.
  const dayFrom = Math.floor(fromMs / DAY_MS) * DAY_MS;
  const dayTo = Math.ceil(toMs / DAY_MS) * DAY_MS;
  for (const [grain, size] of [
    ["day", DAY_MS],
    ["hour", 3_600_000],
  ] as const) {
    const bucket = sql<number>`(closed_at_ms - (closed_at_ms % ${sql.lit(size)}))`;
    const derived = await db
      .selectFrom("billing_rounds")
      .select([
        "operator_id",
        "environment",
        "provider_id",
        "game_id",
        "currency",
        bucket.as("bucket_ms"),
        sql<number>`count(*)`.as("rounds"),
        sql<number>`count(distinct player_id)`.as("players"),
        sql<number>`sum(bets_minor)`.as("bets"),
        sql<number>`sum(wins_minor)`.as("wins"),
        sql<number>`sum(rb_bets_minor)`.as("rb_bets"),
        sql<number>`sum(rb_wins_minor)`.as("rb_wins"),
        sql<number>`sum(rollbacks)`.as("rollbacks"),
        sql<number>`sum(ggr_minor)`.as("ggr"),
      ])
      .where("closed_at_ms", ">=", dayFrom)
      .where("closed_at_ms", "<", dayTo)
      .groupBy(["operator_id", "environment", "provider_id", "game_id", "currency", bucket])
      .execute();
    const kept = await db
      .selectFrom("report_aggregates")
      .selectAll()
      .where("grain", "=", grain)
      .where("bucket_ms", ">=", dayFrom)
      .where("bucket_ms", "<", dayTo)
      .execute();
    const keyOf = (r: {
      operator_id: string;
      environment: string;
      provider_id: string;
      game_id: string;
      currency: string;
      bucket_ms: number;
    }) =>
      `${grain}|${r.operator_id}|${r.environment}|${Number(r.bucket_ms)}|${r.provider_id}|${r.game_id}|${r.currency}`;
    const keptByKey = new Map(kept.map((k) => [keyOf(k), k]));
    for (const d of derived) {
      const key = keyOf(d);
      const k = keptByKey.get(key);
      keptByKey.delete(key);
      checks.report_totals.checked += 1;
      const want = [d.rounds, d.players, d.bets, d.wins, d.rb_bets, d.rb_wins, d.rollbacks, d.ggr].map(
        Number,
      );
      const have =
        k === undefined
          ? undefined
          : [
              k.rounds,
              k.players,
              k.bets_minor,
              k.wins_minor,
              k.rb_bets_minor,
              k.rb_wins_minor,
              k.rollbacks,
              k.ggr_minor,
            ];
      if (have === undefined || have.some((v, i) => v !== want[i])) {
        differ({ check: "report_totals", key, expected: want, actual: have ?? null });
      }
    }
    for (const [key, k] of keptByKey) {
      differ({ check: "report_totals", key, expected: null, actual: [k.rounds, k.ggr_minor] });
    }
  }

  // 4. Fee entries that charged the period's rounds, or were posted in it, against those rounds.
  const charging = db
    .selectFrom("billing_rounds")
    .select("fee_entry_id")
    .where("closed_at_ms", ">=", fromMs)
    .where("closed_at_ms", "<", toMs)
    .where("fee_entry_id", "is not", null);
  const entries = await db
    .selectFrom("billing_entries as e")
    .leftJoin("billing_rounds as b", "b.fee_entry_id", "e.id")
    .select([
      "e.id",
      "e.amount_minor",
      "e.rounds",
      "e.ggr_minor",
      sql<number>`count(b.round_id)`.as("charged_rounds"),
      sql<number>`coalesce(sum(b.fee_minor), 0)`.as("fees"),
      sql<number>`coalesce(sum(b.ggr_minor), 0)`.as("ggr"),
    ])
    .where("e.kind", "=", "fee")
    .where((eb) =>
      eb.or([
        eb.and([eb("e.created_at_ms", ">=", fromMs), eb("e.created_at_ms", "<", toMs)]),
        eb("e.id", "in", charging),
      ]),
    )
    .groupBy(["e.id", "e.amount_minor", "e.rounds", "e.ggr_minor"])
    .execute();
  for (const e of entries) {
    checks.fees_charged.checked += 1;
    const want = [-Number(e.fees), Number(e.charged_rounds), Number(e.ggr)];
    const have = [e.amount_minor, e.rounds ?? 0, e.ggr_minor ?? 0];
    if (have.some((v, i) => v !== want[i]))
      differ({ check: "fees_charged", key: e.id, expected: want, actual: have });
  }

  // 5. Every account's balance against its entries.
  const balances = await db
    .selectFrom("billing_accounts as a")
    .leftJoin("billing_entries as e", "e.operator_id", "a.operator_id")
    .select([
      "a.operator_id",
      "a.balance_minor",
      "a.last_seq",
      sql<number>`coalesce(sum(e.amount_minor), 0)`.as("sum"),
      sql<number>`count(e.id)`.as("entries"),
    ])
    .groupBy(["a.operator_id", "a.balance_minor", "a.last_seq"])
    .execute();
  for (const b of balances) {
    checks.credit_balance.checked += 1;
    if (b.balance_minor !== Number(b.sum) || b.last_seq !== Number(b.entries)) {
      differ({
        check: "credit_balance",
        key: b.operator_id,
        expected: [Number(b.sum), Number(b.entries)],
        actual: [b.balance_minor, b.last_seq],
      });
    }
  }

  const differences = Object.values(checks).reduce((sum, c) => sum + c.differences, 0);
  return { fromMs, toMs, roundsChecked, differences, checks, listed };
}
