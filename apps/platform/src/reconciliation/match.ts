import { sql, type Kysely } from "kysely";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { Database } from "../db/database.ts";
import { classify, type OurCall, type TheirLine, type Verdict } from "./classify.ts";
import type { DifferenceKind, ReconciliationDifferencesTable } from "./tables.ts";

const PAGE = 1_000;
/** Progress is written every this many pages: each write is a durable commit of its own. */
const PAGES_PER_PROGRESS = 10;

export interface MatchCounts {
  callsCompared: number;
  matched: number;
  differences: number;
  byKind: Record<DifferenceKind, number>;
}

const OUR_COLUMNS = [
  "c.call_id",
  "c.action",
  "c.amount_minor",
  "c.currency",
  "c.rb",
  "c.rb_call_id",
  "c.round_id",
  "c.state",
  "c.created_at_ms",
  "c.tx_id",
] as const;

/**
 * Compares the staged lines with our money calls of the period, page by page (memory stays at a
 * page): first our calls in created-at order with their line if any, then the lines left over
 * (ours from outside the period are compared too; unknown ones are missing on our side). Each
 * difference is written with both sides and its fix.
 */
export async function matchLines(
  db: Kysely<Database>,
  input: {
    reconciliationId: string;
    operatorId: string;
    environment: Environment;
    fromMs: number;
    toMs: number;
  },
  onProgress: (counts: MatchCounts) => Promise<void>,
): Promise<MatchCounts> {
  const counts: MatchCounts = {
    callsCompared: 0,
    matched: 0,
    differences: 0,
    byKind: {
      missing_on_operator_side: 0,
      missing_on_our_side: 0,
      amount_mismatch: 0,
      currency_mismatch: 0,
      status_mismatch: 0,
      rollback_mismatch: 0,
    },
  };
  let pending: ReconciliationDifferencesTable[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    await db.insertInto("reconciliation_differences").values(pending).execute();
    pending = [];
  };
  const record = async (verdict: Verdict, ours: OurCall | undefined, theirs: TheirLine | undefined) => {
    if (verdict.kind === "not_expected") return;
    counts.callsCompared += 1;
    if (verdict.kind === "matched") {
      counts.matched += 1;
      return;
    }
    counts.differences += 1;
    counts.byKind[verdict.kind] += 1;
    pending.push({
      reconciliation_id: input.reconciliationId,
      seq: counts.differences,
      kind: verdict.kind,
      call_id: ours?.call_id ?? theirs!.call_id,
      round_id: ours?.round_id ?? null,
      ours:
        ours === undefined
          ? null
          : JSON.stringify({
              action: ours.action,
              amount: ours.amount_minor,
              currency: ours.currency,
              rb: ours.rb,
              state: ours.state,
              time: new Date(ours.created_at_ms).toISOString(),
            }),
      theirs:
        theirs === undefined
          ? null
          : JSON.stringify({
              line: theirs.line_no,
              action: theirs.action,
              amount: theirs.amount_minor,
              currency: theirs.currency,
              rb: theirs.rb,
              status: theirs.status,
              time: theirs.time_text,
            }),
      fix: verdict.fix ?? "",
    });
    if (pending.length >= PAGE) await flush();
  };

  let pages = 0;
  const progress = async () => {
    pages += 1;
    if (pages % PAGES_PER_PROGRESS === 0) await onProgress(counts);
  };

  // 1. Our calls of the period, each with the operator's line for it. Each page starts where the
  // last one ended: the index range begins at its created_at (the row comparison alone does not
  // bound the index scan on SQLite, which would read the period from its start on every page).
  let after: [number, string] = [input.fromMs, ""];
  for (;;) {
    const rows = await db
      .selectFrom("wallet_calls_all as c")
      .leftJoin("reconciliation_lines as l", (join) =>
        join.onRef("l.call_id", "=", "c.call_id").on("l.reconciliation_id", "=", input.reconciliationId),
      )
      .select([
        ...OUR_COLUMNS,
        "l.call_id as l_call_id",
        "l.action as l_action",
        "l.amount_minor as l_amount_minor",
        "l.currency as l_currency",
        "l.rb as l_rb",
        "l.status as l_status",
        "l.time_text as l_time_text",
        "l.line_no as l_line_no",
      ])
      .where("c.operator_id", "=", input.operatorId)
      .where("c.environment", "=", input.environment)
      .where("c.action", "<>", "balance")
      .where("c.created_at_ms", ">=", after[0])
      .where("c.created_at_ms", "<", input.toMs)
      .where(sql<boolean>`(c.created_at_ms, c.call_id) > (${after[0]}, ${after[1]})`)
      .orderBy("c.created_at_ms")
      .orderBy("c.call_id")
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    const last = rows.at(-1)!;
    after = [last.created_at_ms, last.call_id];
    for (const r of rows) {
      const theirs: TheirLine | undefined =
        r.l_call_id === null
          ? undefined
          : {
              call_id: r.l_call_id,
              action: r.l_action!,
              amount_minor: Number(r.l_amount_minor),
              currency: r.l_currency!,
              rb: Number(r.l_rb) === 1 ? 1 : 0,
              status: r.l_status!,
              time_text: r.l_time_text!,
              line_no: Number(r.l_line_no),
            };
      await record(classify(r, theirs), r, theirs);
    }
    await progress();
  }

  // 2. Their lines without a call of ours in the period.
  let afterLine = -1;
  for (;;) {
    const rows = await db
      .selectFrom("reconciliation_lines as l")
      .leftJoin("wallet_calls_all as c", (join) =>
        join
          .onRef("c.call_id", "=", "l.call_id")
          .on("c.operator_id", "=", input.operatorId)
          .on("c.environment", "=", input.environment),
      )
      .select([
        "l.call_id",
        "l.action",
        "l.amount_minor",
        "l.currency",
        "l.rb",
        "l.status",
        "l.time_text",
        "l.line_no",
        "c.call_id as c_call_id",
        "c.action as c_action",
        "c.amount_minor as c_amount_minor",
        "c.currency as c_currency",
        "c.rb as c_rb",
        "c.rb_call_id as c_rb_call_id",
        "c.round_id as c_round_id",
        "c.state as c_state",
        "c.created_at_ms as c_created_at_ms",
        "c.tx_id as c_tx_id",
      ])
      .where("l.reconciliation_id", "=", input.reconciliationId)
      .where("l.line_no", ">", afterLine)
      .where((eb) =>
        eb.or([
          eb("c.call_id", "is", null),
          eb("c.created_at_ms", "<", input.fromMs),
          eb("c.created_at_ms", ">=", input.toMs),
        ]),
      )
      .orderBy("l.line_no")
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    afterLine = Number(rows.at(-1)!.line_no);
    const lastPage = rows.length < PAGE;
    for (const r of rows) {
      const ours: OurCall | undefined =
        r.c_call_id === null
          ? undefined
          : {
              call_id: r.c_call_id,
              action: r.c_action!,
              amount_minor: r.c_amount_minor,
              currency: r.c_currency!,
              rb: r.c_rb!,
              rb_call_id: r.c_rb_call_id,
              round_id: r.c_round_id,
              state: r.c_state!,
              created_at_ms: r.c_created_at_ms!,
              tx_id: r.c_tx_id,
            };
      const theirs: TheirLine = { ...r, line_no: Number(r.line_no), amount_minor: Number(r.amount_minor) };
      await record(classify(ours, theirs), ours, theirs);
    }
    await progress();
    // Each page reads every staged line: a short page is the last, no need to read them all again.
    if (lastPage) break;
  }
  await flush();
  return counts;
}
