import type { Expression, Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectFeatures } from "../db/dialect.ts";
import type { ServiceDeps } from "../deps.ts";
import { checkCreditNotice } from "./credit-notices.ts";
import { chargeAwaitingRounds, chargeRounds, readCarry, writeCarry } from "./fee-charging.ts";
import { offsetCarry } from "./fee-math.ts";
import { loadRateBook } from "./rates.ts";
import { addToReports } from "./report-writer.ts";
import { ggrOf, NO_MONEY, roundMoney } from "./round-money.ts";
import type { BillingRoundsTable } from "./tables.ts";

/**
 * The round projector: takes closed rounds in, in close-time order past a durable watermark, and
 * in ONE transaction per batch writes each round's money (`billing_rounds`, keyed by round id, so
 * a round is never taken twice), its fee (carry, conversion, one ledger entry per operator,
 * provider and round currency), the report aggregates, and the new watermark. A crash anywhere
 * leaves the batch wholly done or wholly undone; the next run picks up where the committed one ended.
 *
 * It reads the round engine's tables and writes none of them, so the bet's path is untouched.
 *
 * Late commits: a round's close time is stamped just before its batch commits. Rounds are taken
 * only `lagMs` after they closed, and each run looks back `lookbackMs` behind the watermark for a
 * round not taken yet; a round committed later than that after its stamp would be missed, and the
 * self-check reports it (closed rounds ≠ projected rounds), never silently.
 */
export const PROJECTOR_NAME = "rounds";
export const DEFAULT_LAG_MS = 2_000;
export const DEFAULT_LOOKBACK_MS = 60_000;
/** Rounds per transaction: big enough to amortise the commit, small enough to hold locks briefly. */
export const MAX_BATCH_ROUNDS = 500;

/** Rows per insert into billing_rounds (19 columns: under SQLite's and PostgreSQL's parameter limits). */
const ROUNDS_PER_INSERT = 100;

type ProjectorDeps = Pick<ServiceDeps, "db" | "dialect" | "clock" | "ids" | "logger">;

export interface ProjectOptions {
  readonly lagMs?: number;
  readonly lookbackMs?: number;
  readonly batchRounds?: number;
}

export interface ProjectReport {
  readonly rounds: number;
  readonly charged: number;
  readonly awaitingRate: number;
  readonly watermarkMs: number;
}

interface Candidate {
  round_id: string;
  operator_id: string;
  environment: "sandbox" | "live";
  player_id: string;
  currency: string;
  game_id: string;
  closed_at_ms: number;
  provider_id: string;
}

/** One batch. Returns how many rounds it took in (0: nothing to do now). */
export async function projectClosedRounds(
  deps: ProjectorDeps,
  options: ProjectOptions = {},
): Promise<ProjectReport> {
  const lagMs = options.lagMs ?? DEFAULT_LAG_MS;
  const lookbackMs = options.lookbackMs ?? DEFAULT_LOOKBACK_MS;
  const limit = Math.min(options.batchRounds ?? MAX_BATCH_ROUNDS, MAX_BATCH_ROUNDS);
  const idle = await nothingToProject(deps, lagMs, lookbackMs);
  if (idle !== undefined) return { rounds: 0, charged: 0, awaitingRate: 0, watermarkMs: idle.watermarkMs };
  const touched = new Set<string>();
  const report = await deps.db.transaction().execute(async (trx) => {
    const state = await lockState(deps, trx);
    const nowMs = deps.clock();
    const candidates = (await unprojectedRounds(trx, state.watermark_ms - lookbackMs, nowMs - lagMs)
      .select([
        "r.round_id",
        "r.operator_id",
        "r.environment",
        "r.player_id",
        "r.currency",
        "r.game_id",
        "r.closed_at_ms",
        "s.studio_id as provider_id",
      ])
      .orderBy("r.closed_at_ms")
      .orderBy("r.round_id")
      .limit(limit)
      .execute()) as Candidate[];
    const awaiting = await chargeAwaitingRounds(deps, trx, touched);
    if (candidates.length === 0) {
      return { rounds: 0, charged: awaiting, awaitingRate: 0, watermarkMs: state.watermark_ms };
    }
    const money = await roundMoney(
      trx,
      candidates.map((c) => c.round_id),
    );
    const rates = await loadRateBook(trx);
    const rows: BillingRoundsTable[] = [];
    // The carry of each operator, provider and currency: read once, offset round by round in
    // close order, written once, in this transaction.
    const carries = new Map<string, { key: Candidate; carriedGgrMinor: number }>();
    for (const c of candidates) {
      const m = money.get(c.round_id) ?? NO_MONEY;
      const ggrMinor = ggrOf(m);
      let chargeableMinor = 0;
      if (c.environment === "live") {
        const carryKey = `${c.operator_id}\0${c.provider_id}\0${c.currency}`;
        let carry = carries.get(carryKey);
        if (carry === undefined) {
          const stored = await readCarry(trx, c.operator_id, c.provider_id, c.currency);
          carry = { key: c, carriedGgrMinor: stored.carried_ggr_minor };
          carries.set(carryKey, carry);
        }
        const offset = offsetCarry(carry.carriedGgrMinor, ggrMinor);
        chargeableMinor = offset.chargeableMinor;
        carry.carriedGgrMinor = offset.carriedGgrMinor;
      }
      rows.push({
        round_id: c.round_id,
        operator_id: c.operator_id,
        environment: c.environment,
        provider_id: c.provider_id,
        game_id: c.game_id,
        currency: c.currency,
        player_id: c.player_id,
        closed_at_ms: c.closed_at_ms,
        bets_minor: m.betsMinor,
        wins_minor: m.winsMinor,
        rb_bets_minor: m.rbBetsMinor,
        rb_wins_minor: m.rbWinsMinor,
        rollbacks: m.rollbacks,
        ggr_minor: ggrMinor,
        chargeable_minor: chargeableMinor,
        fee_status: c.environment === "live" ? "awaiting_rate" : "free",
        fee_minor: null,
        fee_entry_id: null,
        projected_at_ms: nowMs,
      });
    }
    for (const carry of carries.values())
      await writeCarry(trx, deps.clock(), carry.key, { carried_ggr_minor: carry.carriedGgrMinor });
    for (let i = 0; i < rows.length; i += ROUNDS_PER_INSERT)
      await trx
        .insertInto("billing_rounds")
        .values(rows.slice(i, i + ROUNDS_PER_INSERT))
        .execute();
    const charged = await chargeRounds(
      deps,
      trx,
      rates,
      rows.filter((r) => r.fee_status === "awaiting_rate"),
      touched,
    );
    await addToReports(trx, rows);
    const watermarkMs = Math.max(state.watermark_ms, ...candidates.map((c) => c.closed_at_ms));
    await trx
      .updateTable("billing_projector_state")
      .set({
        watermark_ms: watermarkMs,
        rounds_total: state.rounds_total + rows.length,
        updated_at_ms: nowMs,
      })
      .where("name", "=", PROJECTOR_NAME)
      .execute();
    for (const operatorId of touched) await checkCreditNotice(deps, trx, operatorId);
    const liveRows = rows.filter((r) => r.environment === "live").length;
    return {
      rounds: rows.length,
      charged: charged + awaiting,
      awaitingRate: liveRows - charged,
      watermarkMs,
    };
  });
  return report;
}

/**
 * Most runs find nothing new (every process runs the projector each second, idle or not), and a
 * batch's transaction — creating and locking the state row, the candidates, the rounds awaiting a
 * rate, the commit — is six statements. This one read says whether a batch would find work: a
 * round the candidates' query would take, or a round awaiting a rate. `undefined` when there is
 * work or no state row yet (the batch creates it); otherwise the watermark. Rounds that close
 * after it are taken on the next run, as they would have been anyway: the lag keeps the projector
 * behind play.
 */
async function nothingToProject(
  deps: Pick<ServiceDeps, "db" | "clock">,
  lagMs: number,
  lookbackMs: number,
): Promise<{ watermarkMs: number } | undefined> {
  const nowMs = deps.clock();
  const state = await deps.db
    .selectFrom("billing_projector_state as p")
    .select((eb) => [
      "p.watermark_ms",
      eb
        .exists(
          unprojectedRounds(deps.db, eb("p.watermark_ms", "-", lookbackMs), nowMs - lagMs).select(
            "r.round_id",
          ),
        )
        .as("due"),
      eb
        .exists(
          eb
            .selectFrom("billing_rounds as w")
            .select("w.round_id")
            .where("w.fee_status", "=", "awaiting_rate"),
        )
        .as("awaiting"),
    ])
    .where("p.name", "=", PROJECTOR_NAME)
    .executeTakeFirst();
  // SQLite answers EXISTS with 0 or 1, PostgreSQL with a boolean.
  if (state === undefined || Boolean(state.due) || Boolean(state.awaiting)) return undefined;
  return { watermarkMs: state.watermark_ms };
}

/**
 * Closed rounds without their `billing_rounds` row, closed after `afterMs` and by `untilMs`: what a
 * batch takes in, and what the idle check asks about (one query for both, so they cannot drift).
 */
function unprojectedRounds(db: Kysely<Database>, afterMs: number | Expression<number>, untilMs: number) {
  return db
    .selectFrom("rounds as r")
    .innerJoin("game_sessions as s", "s.id", "r.session_id")
    .leftJoin("billing_rounds as b", "b.round_id", "r.round_id")
    .where("r.closed_at_ms", "is not", null)
    .where("r.closed_at_ms", ">", afterMs)
    .where("r.closed_at_ms", "<=", untilMs)
    .where("b.round_id", "is", null);
}

/** The projector's state row, created on first use and locked (PostgreSQL): one projector at a time. */
async function lockState(deps: Pick<ServiceDeps, "dialect" | "clock">, trx: Kysely<Database>) {
  await trx
    .insertInto("billing_projector_state")
    .values({ name: PROJECTOR_NAME, watermark_ms: 0, rounds_total: 0, updated_at_ms: deps.clock() })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  return trx
    .selectFrom("billing_projector_state")
    .selectAll()
    .where("name", "=", PROJECTOR_NAME)
    .$if(dialectFeatures(deps.dialect).rowLocks, (q) => q.forUpdate())
    .executeTakeFirstOrThrow();
}

/** Runs batches until nothing is left (tests, the CLI, catching up after a stop). */
export async function projectAll(deps: ProjectorDeps, options: ProjectOptions = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await projectClosedRounds(deps, options);
    total += batch.rounds;
    if (batch.rounds === 0) return total;
  }
}
