/**
 * Errors as values at the engine boundary: the platform maps `code` to its own error catalogue.
 *
 * | code              | meaning                                                                  |
 * | ----------------- | ------------------------------------------------------------------------ |
 * | `INVALID_BET`     | stake not a safe integer, outside the title's limits or not a multiple of its unit |
 * | `INVALID_OPTIONS` | game options malformed (a roulette bet on impossible numbers, keno picks) |
 * | `INVALID_ACTION`  | a blackjack action that is not legal in the current state                |
 * | `INVALID_DRAWS`   | replay draws out of range, too few or too many                           |
 * | `INVALID_TITLE`   | a title file failed validation (the message names the field)             |
 * | `UNKNOWN_TITLE`   | no title with that id                                                    |
 */
export type GameErrorCode =
  "INVALID_BET" | "INVALID_OPTIONS" | "INVALID_ACTION" | "INVALID_DRAWS" | "INVALID_TITLE" | "UNKNOWN_TITLE";

/** A failed engine call: a stable code plus a message for humans. */
export interface GameError {
  readonly ok: false;
  readonly code: GameErrorCode;
  readonly message: string;
}

/**
 * Result of every engine call that can be refused.
 *
 * @example
 * const r = game.play({ betMinor: 100 }, rng);
 * if (!r.ok) return reply(400, r.code, r.message);
 */
export type Result<T> = ({ readonly ok: true } & T) | GameError;

/**
 * Builds a {@link GameError}.
 *
 * @example
 * return fail("INVALID_BET", "betMinor must be a multiple of 20");
 */
export function fail(code: GameErrorCode, message: string): GameError {
  return { ok: false, code, message };
}
