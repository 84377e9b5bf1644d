import type { BlackjackGame, BlackjackState, Rng } from "@croupier/games";
import type { RoundMoney } from "./round-money.ts";
import type { StudioRoundRow } from "./tables.ts";
import { studioTitle } from "./titles.ts";

/** The blackjack engine of a round's title, or undefined when the title is not blackjack (or gone). */
export function blackjackOf(gameId: string): BlackjackGame | undefined {
  const game = studioTitle(gameId)?.game;
  return game?.kind === "multi-step" ? game : undefined;
}

export type StandingState =
  { readonly ok: true; readonly state: BlackjackState } | { readonly ok: false; readonly why: string };

/**
 * The hand the player has paid for. A decision that costs an extra stake (double, split) is
 * claimed on the row (`pending_state`) before its debit: it counts once that debit stands at
 * the wallet, and not when the debit was refused, lost or rolled back. `missing`: how to read
 * a debit the round engine never saw (the request placing it may still be on its way).
 */
export function standingState(
  row: Pick<StudioRoundRow, "state" | "pending_state" | "pending_tx_id">,
  money: RoundMoney,
  missing: "not_taken" | "undecided",
): StandingState {
  if (row.state === null) return { ok: false, why: "blackjack round without a state" };
  const state = JSON.parse(row.state) as BlackjackState;
  if (row.pending_tx_id === null || row.pending_state === null) return { ok: true, state };
  const stake = money.stakeOf(row.pending_tx_id);
  if (stake === "stands") return { ok: true, state: JSON.parse(row.pending_state) as BlackjackState };
  if (stake === "not_taken" || (stake === "missing" && missing === "not_taken")) return { ok: true, state };
  return { ok: false, why: `the extra stake ${row.pending_tx_id} is not decided yet (${stake})` };
}

/** Hands in a round at most, with room to spare: bounds the loop below whatever the state holds. */
const MAX_STANDS = 64;

/**
 * The hand as the rules finish it when the player is gone: every undecided hand stands (a split
 * hand still waiting for its second card gets it first, as in play), then the dealer draws to
 * the table's rule. Decisions and draws are appended as in play, so the engine's `replay`
 * rebuilds the result from the stored draws.
 */
export function standEveryHand(game: BlackjackGame, state: BlackjackState, rng: Rng): BlackjackState {
  let s = state;
  for (let i = 0; s.phase === "player"; i++) {
    if (i >= MAX_STANDS) throw new Error("the hand does not complete by standing");
    const acted = game.act(s, "stand", rng);
    if (!acted.ok) throw new Error(`standing failed: ${acted.message}`);
    s = acted.state;
  }
  return s;
}

/** Every stake of the hand (base bet, doubles, splits), minor units. */
export function stakesOf(state: BlackjackState): number {
  return state.hands.reduce((sum, hand) => sum + hand.betMinor, 0);
}
