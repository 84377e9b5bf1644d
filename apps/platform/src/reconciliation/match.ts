import { sql, type Kysely } from "kysely";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { DialectName } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { classify, type OurCall, type TheirLine, type Verdict } from "./classify.ts";
import { UploadRefused, type LineError } from "./read-upload.ts";
import type { WalletCallsTable } from "../round-engine/outbox/tables.ts";
import type { DifferenceKind, ReconciliationDifferencesTable } from "./tables.ts";

/** Our calls per page of the first pass (their keys are read; only the unmatched ones whole). */
const PAGE = 10_000;
/** Lines per page of the second pass, and differences per insert. */
const LINES_PAGE = 1_000;
/** Lines naming calls that are not the operator's listed in the refusal. */
const MAX_FOREIGN_LISTED = 10;

export interface MatchCounts {
  callsCompared: number;
  matched: number;
  differences: number;
  byKind: Record<DifferenceKind, number>;
  /** Staged lines found with one of our calls of the period (the first pass). */
  linesWithOurCall: number;
  /** The first pass is over: every call of ours in the period was compared. */
  ourCallsDone: boolean;
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
 * True when `classify` would call the pair matched, for the plain cases: the line is there and
 * agrees in action, rb, currency and amount, and its status agrees with an acknowledged call (or
 * the call's outcome is unknown, when any status agrees). Only a sufficient condition: every pair
 * it leaves out is still classified one by one.
 */
const surelyMatched = sql<boolean>`coalesce((
  l.call_id is not null and l.action = c.action and l.rb = c.rb and l.currency = c.currency
  and l.amount_minor = coalesce(c.amount_minor, 0)
  and ((c.state in ('ok', 'resolved') and l.status = 'ok') or c.state in ('unknown', 'not_sent'))), false)`;

/**
 * Compares the staged lines with our money calls of the period, page by page (memory stays at a
 * page): first our calls in created-at order with their line if any, then the lines left over
 * (ours from outside the period are compared too; unknown ones are missing on our side). Each
 * difference is written with both sides and its fix. Rejects with UploadRefused when a line names
 * a call that is not the operator's in this environment (the caller then keeps nothing).
 */
export async function matchLines(
  db: Kysely<Database>,
  dialect: DialectName,
  input: {
    reconciliationId: string;
    operatorId: string;
    environment: Environment;
    fromMs: number;
    toMs: number;
  },
  onProgress: (counts: MatchCounts) => Promise<void>,
  /** Our calls per page (smaller in tests, to cross page boundaries with few calls). */
  pageSize = PAGE,
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
    linesWithOurCall: 0,
    ourCallsDone: false,
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
    if (pending.length >= LINES_PAGE) await flush();
  };

  // 1. Our calls of the period, each with the operator's line for it, a page at a time: the page's
  // last key and its size first (read in the database: no key of the page leaves it), then only
  // the calls in it that the database cannot tell are matched: the rest — nearly all of a clean
  // ledger — are counted, not carried over, so a page's rows are few and short-lived. Each page
  // starts where the last one ended: the index range begins at its created_at (the row comparison
  // alone does not bound the index scan on SQLite, which would read the period from its start on
  // every page).
  const ourCalls = (trx: Kysely<Database>, from: [number, string]) =>
    trx
      .selectFrom("wallet_calls_all as c")
      .where("c.operator_id", "=", input.operatorId)
      .where("c.environment", "=", input.environment)
      .where("c.action", "<>", "balance")
      .where("c.created_at_ms", ">=", from[0])
      .where("c.created_at_ms", "<", input.toMs)
      .where(sql<boolean>`(c.created_at_ms, c.call_id) > (${from[0]}, ${from[1]})`);
  const pageOfOurCalls = <T>(read: (trx: Kysely<Database>) => Promise<T>) =>
    dialect === "postgres"
      ? db.transaction().setIsolationLevel("repeatable read").execute(read)
      : db.transaction().execute(read);
  let after: [number, string] | undefined = [input.fromMs, ""];
  while (after !== undefined) {
    const from: [number, string] = after;
    // All reads in one snapshot: a call written between them would be counted but not seen.
    const { last, size, rows } = await pageOfOurCalls(async (trx) => {
      // The page's last key: the pageSize-th one (found in the index, the keys before it stay in
      // the database); none means the rest of the period is the last page, then counted.
      const boundary = await ourCalls(trx, from)
        .select(["c.created_at_ms", "c.call_id"])
        .orderBy("c.created_at_ms")
        .orderBy("c.call_id")
        .limit(1)
        .offset(pageSize - 1)
        .executeTakeFirst();
      const last: [number, string] | undefined =
        boundary === undefined ? undefined : [Number(boundary.created_at_ms), boundary.call_id];
      const size =
        last !== undefined
          ? pageSize
          : Number(
              (
                await ourCalls(trx, from)
                  .select((eb) => eb.fn.countAll<number | string>().as("n"))
                  .executeTakeFirstOrThrow()
              ).n,
            );
      if (size === 0) return { last, size, rows: [] };
      const rows = await ourCalls(trx, from)
        .$if(last !== undefined, (q) =>
          q
            .where("c.created_at_ms", "<=", last![0])
            .where(sql<boolean>`(c.created_at_ms, c.call_id) <= (${last![0]}, ${last![1]})`),
        )
        .leftJoin("reconciliation_lines as l", (join) =>
          join.onRef("l.call_id", "=", "c.call_id").on("l.reconciliation_id", "=", input.reconciliationId),
        )
        .where((eb) => eb.not(surelyMatched))
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
        .orderBy("c.created_at_ms")
        .orderBy("c.call_id")
        .execute();
      return { last, size, rows };
    });
    after = last;
    const surely = size - rows.length;
    counts.callsCompared += surely;
    counts.matched += surely;
    counts.linesWithOurCall += surely;
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
      if (theirs !== undefined) counts.linesWithOurCall += 1;
      await record(classify(r, theirs), r, theirs);
    }
    await onProgress(counts);
  }
  counts.ourCallsDone = true;
  await onProgress(counts);

  // 2. Their lines without a call of ours in the period (an anti-join: PostgreSQL hashes the
  // period's calls once instead of looking up every line), with the call of that id if there is
  // one, whosever it is: a line naming another operator's call, or a call of another environment,
  // refuses the upload (UploadRefused, after the first few are found; the caller keeps nothing);
  // ours from outside the period are compared; unknown ones are missing on our side. Joined to the
  // hot and the archive table each (a call is in one of them), not to their union: SQLite
  // materializes a union view on the right of a left join — every call, in memory — instead of
  // looking lines up.
  const ours = <C extends keyof WalletCallsTable>(column: C) =>
    sql<WalletCallsTable[C] | null>`coalesce(${sql.ref(`h.${column}`)}, ${sql.ref(`a.${column}`)})`;
  const foreign: LineError[] = [];
  let afterLine = -1;
  for (;;) {
    const rows = await db
      .selectFrom("reconciliation_lines as l")
      .leftJoin("wallet_calls as h", "h.call_id", "l.call_id")
      .leftJoin("wallet_calls_archive as a", "a.call_id", "l.call_id")
      .select([
        "l.call_id",
        "l.action",
        "l.amount_minor",
        "l.currency",
        "l.rb",
        "l.status",
        "l.time_text",
        "l.line_no",
        ours("call_id").as("c_call_id"),
        ours("action").as("c_action"),
        ours("amount_minor").as("c_amount_minor"),
        ours("currency").as("c_currency"),
        ours("rb").as("c_rb"),
        ours("rb_call_id").as("c_rb_call_id"),
        ours("round_id").as("c_round_id"),
        ours("state").as("c_state"),
        ours("created_at_ms").as("c_created_at_ms"),
        ours("tx_id").as("c_tx_id"),
        ours("operator_id").as("c_operator_id"),
        ours("environment").as("c_environment"),
      ])
      .where("l.reconciliation_id", "=", input.reconciliationId)
      .where("l.line_no", ">", afterLine)
      .where((eb) =>
        eb.and(
          (["wallet_calls", "wallet_calls_archive"] as const).map((table) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom(`${table} as p`)
                  .select(sql`1`.as("one"))
                  .whereRef("p.call_id", "=", "l.call_id")
                  .where("p.operator_id", "=", input.operatorId)
                  .where("p.environment", "=", input.environment)
                  .where("p.action", "<>", "balance")
                  .where("p.created_at_ms", ">=", input.fromMs)
                  .where("p.created_at_ms", "<", input.toMs),
              ),
            ),
          ),
        ),
      )
      .orderBy("l.line_no")
      .limit(LINES_PAGE)
      .execute();
    if (rows.length === 0) break;
    afterLine = Number(rows.at(-1)!.line_no);
    const lastPage = rows.length < LINES_PAGE;
    for (const r of rows) {
      const theirs: TheirLine = { ...r, line_no: Number(r.line_no), amount_minor: Number(r.amount_minor) };
      if (
        r.c_call_id !== null &&
        (r.c_operator_id !== input.operatorId || r.c_environment !== input.environment)
      ) {
        foreign.push({
          line: theirs.line_no,
          field: "call_id",
          message: `${theirs.call_id} is not a call of yours in ${input.environment}`,
        });
        if (foreign.length >= MAX_FOREIGN_LISTED) break;
        continue;
      }
      if (foreign.length > 0) continue;
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
      await record(classify(ours, theirs), ours, theirs);
    }
    if (foreign.length >= MAX_FOREIGN_LISTED) break;
    if (foreign.length === 0) await onProgress(counts);
    // Each page reads every staged line: a short page is the last, no need to read them all again.
    if (lastPage) break;
  }
  if (foreign.length > 0) throw new UploadRefused(foreign);
  await flush();
  return counts;
}
