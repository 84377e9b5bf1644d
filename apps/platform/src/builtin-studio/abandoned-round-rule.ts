import { createCryptoRng, type BlackjackGame, type BlackjackState, type Rng } from "@croupier/games";
import type { ServiceDeps } from "../deps.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import {
  DEFAULT_ABANDON_AFTER_MS,
  DEFAULT_SWEEP_INTERVAL_MS,
  type AbandonedRoundPayout,
  type ResolveAbandonedRound,
  type SweepOptions,
} from "../round-engine/abandoned-rounds.ts";
import { blackjackOf, stakesOf, standEveryHand, standingState } from "./abandoned-hand.ts";
import { followClosedPlatformRounds } from "./follow-platform-round.ts";
import { RECOVER_AFTER_MS } from "./recover.ts";
import { roundMoney, type RoundMoney } from "./round-money.ts";
import type { StudioRoundRow } from "./tables.ts";
import { returnUnseenStakes } from "./unseen-stake-sweep.ts";

export interface AbandonedRoundRuleOptions {
  /**
   * The sweeper's own `abandonAfterMs` (or less). A round with a call younger than this is left
   * open by the sweeper, so the rule claims nothing for it (it answers 0, which is never paid).
   */
  readonly abandonAfterMs: number;
  /** The dealer's cards for a hand finished by the rule; default `createCryptoRng()`. */
  readonly rng?: Rng;
}

type RuleDeps = Pick<ServiceDeps, "db" | "clock">;

/**
 * The built-in studio's rule for a round the platform closes as abandoned
 * (`closeAbandonedRounds`' `resolveAbandonedRound`): what the game's rules pay.
 * - A slot, roulette or keno round pays its stored win (the outcome was drawn before the stake).
 * - A blackjack hand pays what it pays once every undecided hand stands and the dealer plays,
 *   on the stakes that stand at the wallet (a double or split whose debit was acknowledged
 *   counts). The dealer's new cards are drawn once and stored on the studio round
 *   (`abandoned_state`, first writer wins, guarded by the row's version), so every later call
 *   for the round answers the same amount and the replay shows what was paid; the hand takes no
 *   more decisions from then on.
 * - A round of another studio (no studio round has its platform round id) pays 0: its studio
 *   owns its rules, as with `payNothing`.
 * A round whose money is not decided yet (a stake in flight, a decision being made) answers
 * `{ later }`: the sweeper leaves it open until a later sweep. What needs a person (stakes that
 * differ from the wallet's) throws.
 *
 * @example
 * startRoundSweeper(engine, {
 *   abandonAfterMs: 600_000,
 *   resolveAbandonedRound: studioAbandonedRoundRule(deps, { abandonAfterMs: 600_000 }),
 * });
 */
export function studioAbandonedRoundRule(
  deps: RuleDeps,
  options: AbandonedRoundRuleOptions,
): ResolveAbandonedRound {
  const rng = options.rng ?? createCryptoRng();
  return async (round) => {
    const row = await deps.db
      .selectFrom("studio_rounds")
      .selectAll()
      .where("platform_round_id", "=", round.roundId)
      .executeTakeFirst();
    if (row === undefined || row.session_id !== round.sessionId) return 0;
    const money = await roundMoney(deps, round.roundId);
    // The sweeper leaves a round with a recent call open (it checks again in the transaction of
    // the close, against an earlier instant than this one), so what is answered here is never
    // paid: claim nothing for a round that is still being played.
    const lastActivityMs = Math.max(round.openedAtMs, money.lastCallAtMs ?? 0);
    if (lastActivityMs > deps.clock() - options.abandonAfterMs) return 0;
    // It also leaves a round with a debit in flight open; were the debit to land before
    // its check, an answer computed without it would be paid.
    if (money.debitPending) return { later: `${row.round_ref}: a stake of the round awaits the wallet` };
    // Nothing stands: the sweeper voids the round without a call, whatever is answered here.
    if (money.standingMinor === 0) return 0;
    if (row.state === null) return row.win_minor ?? 0;
    return blackjackPayout(deps, rng, row, money);
  };
}

async function blackjackPayout(
  deps: RuleDeps,
  rng: Rng,
  row: StudioRoundRow,
  money: RoundMoney,
): Promise<AbandonedRoundPayout> {
  const game = blackjackOf(row.game_id);
  if (game === undefined)
    throw new Error(`${row.round_ref}: title ${row.game_id} is not a bundled blackjack`);
  if (row.abandoned_state !== null) return payout(game, row, money, row.abandoned_state);
  // A stake the engine never saw counts as not placed once the studio has stopped driving it.
  const driverGone = row.updated_at_ms <= deps.clock() - RECOVER_AFTER_MS;
  const standing = standingState(row, money, driverGone ? "not_taken" : "undecided");
  if (!standing.ok) {
    // An extra stake still being decided settles later; anything else needs a person.
    if (row.pending_tx_id !== null) return { later: `${row.round_ref}: ${standing.why}` };
    throw new Error(`${row.round_ref}: ${standing.why}`);
  }
  if (standing.state.phase === "complete") return payout(game, row, money, standing.state);

  const finished = standEveryHand(game, standing.state, rng);
  const claimed = await deps.db
    .updateTable("studio_rounds")
    .set({ abandoned_state: JSON.stringify(finished), version: row.version + 1 })
    .where("round_ref", "=", row.round_ref)
    .where("version", "=", row.version)
    .where("status", "=", row.status)
    .where("abandoned_state", "is", null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 1) return payout(game, row, money, finished);
  // Another sweeper claimed it first (its cards are the round's), or the player acted meanwhile.
  const again = await deps.db
    .selectFrom("studio_rounds")
    .select("abandoned_state")
    .where("round_ref", "=", row.round_ref)
    .executeTakeFirst();
  if (again === undefined || again.abandoned_state === null) {
    return { later: `${row.round_ref}: the hand changed while it was being finished` };
  }
  return payout(game, row, money, again.abandoned_state);
}

/** The credit of a finished hand, on the condition that its stakes are exactly those standing at the wallet. */
function payout(
  game: BlackjackGame,
  row: StudioRoundRow,
  money: RoundMoney,
  state: BlackjackState | string,
): number {
  const finished = typeof state === "string" ? (JSON.parse(state) as BlackjackState) : state;
  const settled = game.settle(finished);
  if (!settled.ok) throw new Error(`${row.round_ref}: ${settled.message}`);
  if (stakesOf(finished) !== money.standingMinor) {
    // Paying a hand on stakes the wallet does not hold (or not on ones it does) needs a person.
    throw new Error(
      `${row.round_ref}: the hand's stakes (${stakesOf(finished)}) differ from the debits standing at the wallet (${money.standingMinor})`,
    );
  }
  return settled.totalWinMinor;
}

/**
 * The abandoned-round sweep of a platform that runs the built-in studio: its rule for the
 * studio's rounds (other studios' rounds pay 0), with the same `abandonAfterMs` for the sweeper
 * and the rule, as the rule requires. After every sweep (and once at start) the studio's rows
 * whose player may never return are repaired: those whose platform round is closed or whose
 * stake was refused follow it, and first stakes the engine never saw are returned (the gateway
 * calls of the latter need the play deps).
 */
export function studioRoundSweep(
  deps: GamePlayDeps,
  options: { readonly abandonAfterMs?: number; readonly intervalMs?: number } = {},
): SweepOptions & { readonly intervalMs: number } {
  const abandonAfterMs = options.abandonAfterMs ?? DEFAULT_ABANDON_AFTER_MS;
  return {
    abandonAfterMs,
    intervalMs: options.intervalMs ?? DEFAULT_SWEEP_INTERVAL_MS,
    resolveAbandonedRound: studioAbandonedRoundRule(deps, { abandonAfterMs }),
    afterSweep: async () => (await followClosedPlatformRounds(deps)) + (await returnUnseenStakes(deps)),
  };
}
