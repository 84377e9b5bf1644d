import { fail, type Result } from "./result.ts";
import { recordDraws, replayDraws, ReplayMismatch } from "./rng/recording.ts";
import type { Rng } from "./rng/rng.ts";
import type { InstantGame, PlayRequest, RoundOutcome } from "./types.ts";

/**
 * Runs `play` against a recording wrapper of `rng` so the outcome carries its draws. Every
 * engine's `play` goes through here; that is what makes every round replayable.
 */
export function withDraws<D>(
  rng: Rng,
  play: (rng: Rng) => Result<Omit<RoundOutcome<D>, "draws">>,
): Result<RoundOutcome<D>> {
  const recorder = recordDraws(rng);
  const outcome = play(recorder.rng);
  if (!outcome.ok) return outcome;
  return { ...outcome, draws: recorder.draws };
}

/**
 * Replays a single-step round from its recorded draws: same title, same request, same draws
 * give an identical outcome. Draws that do not fit the round (out of range, too few, too many)
 * are refused with `INVALID_DRAWS`.
 *
 * @example
 * const again = replayRound(game, { betMinor: 100 }, outcome.draws);
 * assert.deepEqual(again, outcome);
 */
export function replayRound<O, D>(
  game: InstantGame<O, D>,
  request: PlayRequest<O>,
  draws: readonly number[],
): Result<RoundOutcome<D>> {
  const rng = replayDraws(draws);
  try {
    const outcome = game.play(request, rng);
    if (outcome.ok && rng.remaining() !== 0) {
      return fail("INVALID_DRAWS", `${rng.remaining()} draws left unused: they belong to another round`);
    }
    return outcome;
  } catch (error) {
    if (error instanceof ReplayMismatch) return fail("INVALID_DRAWS", error.message);
    throw error;
  }
}
