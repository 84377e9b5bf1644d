import { newCallRow } from "./outbox/call-rows.ts";
import { gaugeOn } from "../callbacks/metric-helpers.ts";
import type { OpResult } from "./write-model/batch-ops.ts";
import { callPartiesOf, isAmount, roundOf, type Round, type RoundDeps } from "./round-deps.ts";

/**
 * A round with no new call for this long is abandoned (the player left mid-round). Longer than
 * any game waits for a player's decision (a blackjack hand, a bonus pick), short enough that the
 * operator sees the round closed within the player's session.
 */
export const DEFAULT_ABANDON_AFTER_MS = 10 * 60_000;
/** How often the sweeper looks: abandoned rounds are not urgent, a minute is plenty. */
export const DEFAULT_SWEEP_INTERVAL_MS = 60_000;
/**
 * Rounds read and settled per page of a sweep: each page is one bounded read and its closes go
 * into the group commit together. A sweep goes through every idle open round, page after page.
 */
export const MAX_ROUNDS_PER_SWEEP_PAGE = 200;

/**
 * What a game's rule answers for an abandoned round: the amount it pays (a safe non-negative
 * integer in minor units), or `{ later }` when the round cannot be settled yet for an expected
 * reason (a stake still awaiting the wallet): it stays open for a later sweep, logged at info.
 * A rule that throws means something needs a person: the round stays open, logged as an error.
 */
export type AbandonedRoundPayout = number | { readonly later: string };

/**
 * The game's rule for a round its player abandoned: what it pays. The default pays 0 (the round
 * is lost as it stands); a game whose rules settle pending decisions (e.g. stand on a blackjack
 * hand) supplies its own.
 */
export type ResolveAbandonedRound = (round: Round) => AbandonedRoundPayout | Promise<AbandonedRoundPayout>;

export const payNothing: ResolveAbandonedRound = () => 0;

export interface SweepOptions {
  readonly abandonAfterMs?: number;
  readonly resolveAbandonedRound?: ResolveAbandonedRound;
  /** Rounds per page (at most MAX_ROUNDS_PER_SWEEP_PAGE). */
  readonly pageSize?: number;
}

export interface SweepReport {
  /** Rounds closed with a credit (round_closed), now in the outbox. */
  readonly closed: number;
  /** Rounds closed without a call: no debit of them was ever acknowledged. */
  readonly voided: number;
  /** Still active, a debit in flight, or closed meanwhile. */
  readonly skipped: number;
}

/**
 * Closes open rounds idle for `abandonAfterMs`: with a credit of what the game's rule pays
 * (`round_closed: true`, sent by the dispatcher like any credit), or as void when no bet of the
 * round was acknowledged. The idle check and the close happen in one transaction, so a round
 * the game touches meanwhile is left alone; any number of processes may sweep at once.
 */
export async function closeAbandonedRounds(
  deps: RoundDeps,
  options: SweepOptions = {},
): Promise<SweepReport> {
  const { outbox } = deps;
  const nowMs = outbox.clock();
  const idleSinceMs = nowMs - (options.abandonAfterMs ?? DEFAULT_ABANDON_AFTER_MS);
  const resolve = options.resolveAbandonedRound ?? payNothing;
  const pageSize = Math.min(options.pageSize ?? MAX_ROUNDS_PER_SWEEP_PAGE, MAX_ROUNDS_PER_SWEEP_PAGE);
  const total = { closed: 0, voided: 0, skipped: 0 };
  // Keyset pages in (opened_at_ms, round_id) order: rounds left open (still active, or their game
  // settles them later) are passed over, so however many there are, every idle round is reached.
  let after: { readonly openedAtMs: number; readonly roundId: string } | undefined;
  for (;;) {
    const rows = await outbox.db.db
      .selectFrom("rounds")
      .selectAll()
      .where("status", "=", "open")
      .where("opened_at_ms", "<=", idleSinceMs)
      .$if(after !== undefined, (query) =>
        query.where((eb) =>
          eb.or([
            eb("opened_at_ms", ">", after!.openedAtMs),
            eb.and([eb("opened_at_ms", "=", after!.openedAtMs), eb("round_id", ">", after!.roundId)]),
          ]),
        ),
      )
      .orderBy("opened_at_ms")
      .orderBy("round_id")
      .limit(pageSize)
      .execute();
    const page = await closePage(deps, rows.map(roundOf), { nowMs, idleSinceMs, resolve });
    total.closed += page.closed;
    total.voided += page.voided;
    total.skipped += page.skipped;
    const last = rows.at(-1);
    if (last === undefined || rows.length < pageSize) break;
    after = { openedAtMs: last.opened_at_ms, roundId: last.round_id };
  }
  if (total.closed > 0) outbox.wake();
  if (total.closed + total.voided > 0)
    outbox.logger.info({ closed: total.closed, voided: total.voided }, "abandoned rounds closed");
  return total;
}

/** One page of a sweep: asks the game's rule for each round and closes those it pays. */
async function closePage(
  deps: RoundDeps,
  rounds: readonly Round[],
  sweep: { readonly nowMs: number; readonly idleSinceMs: number; readonly resolve: ResolveAbandonedRound },
): Promise<SweepReport> {
  const { outbox } = deps;
  const { nowMs, idleSinceMs, resolve } = sweep;
  const pending: Promise<OpResult>[] = [];
  let skipped = 0;
  for (const round of rounds) {
    const log = outbox.logger.child({ round_id: round.roundId, operator_id: round.operatorId });
    let winMinor: AbandonedRoundPayout;
    try {
      winMinor = await resolve(round);
    } catch (error) {
      log.error({ err: error }, "the game's rule for an abandoned round failed; the round stays open");
      skipped += 1;
      continue;
    }
    if (typeof winMinor === "object" && winMinor !== null) {
      log.info({ reason: winMinor.later }, "the game settles this abandoned round at a later sweep");
      skipped += 1;
      continue;
    }
    if (!isAmount(winMinor)) {
      log.error(
        { winMinor },
        "the game's rule for an abandoned round returned no valid amount; the round stays open",
      );
      skipped += 1;
      continue;
    }
    const closingCall = newCallRow(
      {
        callId: deps.ids("c"),
        action: "credit",
        ...callPartiesOf(round),
        amountMinor: winMinor,
        roundClosed: true,
        ref: "close:abandoned",
      },
      { nowMs, horizonMs: outbox.retryHorizonMs },
    );
    pending.push(
      outbox.batcher.submit({
        kind: "close-abandoned",
        roundId: round.roundId,
        idleSinceMs,
        closingCall,
        nowMs,
      }),
    );
  }
  const results = await Promise.all(pending);
  const closed = results.filter((result) => result.kind === "closed").length;
  const voided = results.filter((result) => result.kind === "voided").length;
  return { closed, voided, skipped: skipped + results.length - closed - voided };
}

export interface RoundSweeper {
  stop(): Promise<void>;
}

/** Runs `closeAbandonedRounds` every `intervalMs` until stopped; also registers the open-rounds gauge. */
export function startRoundSweeper(
  deps: RoundDeps,
  options: SweepOptions & { readonly intervalMs?: number } = {},
): RoundSweeper {
  registerRoundGauges(deps);
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() =>
      closeAbandonedRounds(deps, options).catch((error: unknown) =>
        deps.outbox.logger.error({ err: error }, "sweeping abandoned rounds failed"),
      ),
    );
  }, options.intervalMs ?? DEFAULT_SWEEP_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** `croupier_rounds_open`, counted in the database when scraped. */
export function registerRoundGauges(deps: Pick<RoundDeps, "outbox">): void {
  const { outbox } = deps;
  gaugeOn(
    outbox.registry,
    "croupier_rounds_open",
    "Rounds open (bets may still be added)",
    [],
    async function () {
      try {
        const row = await outbox.db.db
          .selectFrom("rounds")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("status", "=", "open")
          .executeTakeFirstOrThrow();
        this.set(Number(row.n));
      } catch (error) {
        outbox.logger.warn({ err: error }, "open-rounds gauge query failed");
      }
    },
  );
}
