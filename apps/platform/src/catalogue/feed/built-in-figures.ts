import { catalogueEntryOf } from "@croupier/games";
import type { GameInput } from "../game-input.ts";
import { BUILT_IN_PROVIDER } from "../built-in-provider.ts";
import { formatRtp, type Volatility } from "../vocabulary.ts";
import type { FieldProblem, RowFormat } from "./validate-row.ts";

/** The catalogue's figures of a built-in title, from the engine's exact computation. */
export interface BuiltInFigures {
  /** The exact RTP rounded half up to a basis point (95.4868 % → 9549). */
  readonly rtpBp: number;
  readonly volatility: Volatility;
  /** The engine's own figure, four decimals (`"95.4868"`), for messages and the player's info panel. */
  readonly rtpPercent: string;
}

/** The figures of bundled title `gameId`, or undefined when `@croupier/games` has no such title. */
export function builtInFigures(gameId: string): BuiltInFigures | undefined {
  const entry = catalogueEntryOf(gameId);
  if (entry === undefined) return undefined;
  const [num, den] = entry.rtp.exact.split("/").map((part) => BigInt(part));
  if (num === undefined || den === undefined || den === 0n)
    throw new Error(`${gameId}: the engine's RTP "${entry.rtp.exact}" is not a fraction`);
  // Integer arithmetic on the exact fraction: round(num / den × 10,000), halves up.
  const rtpBp = Number((num * 20_000n + den) / (2n * den));
  return { rtpBp, volatility: entry.volatility, rtpPercent: entry.rtp.percent };
}

/**
 * A feed row of the built-in studio must be one of its titles and state the figures its engine
 * computes: the RTP to the basis point, and the volatility class (filled in when absent).
 * Hand-typed figures that contradict the maths are refused, so operators and players are never
 * shown a return the game does not pay. Other providers' rows pass unchanged: their maths is
 * theirs.
 */
export function checkBuiltInFigures(
  game: GameInput,
  format: RowFormat,
): { readonly ok: true; readonly game: GameInput } | { readonly ok: false; readonly errors: FieldProblem[] } {
  if (game.providerId !== BUILT_IN_PROVIDER.id) return { ok: true, game };
  const figures = builtInFigures(game.id);
  if (figures === undefined) {
    return {
      ok: false,
      errors: [{ field: format.fieldName("id"), reason: "is not a title of the built-in studio" }],
    };
  }
  const errors: FieldProblem[] = [];
  if (game.rtpBp !== figures.rtpBp) {
    errors.push({
      field: format.fieldName("rtp"),
      reason: `must be ${formatRtp(figures.rtpBp)}: the engine pays exactly ${figures.rtpPercent} %`,
    });
  }
  if (game.volatility !== null && game.volatility !== figures.volatility) {
    errors.push({
      field: format.fieldName("volatility"),
      reason: `must be ${figures.volatility}: the class of the engine's exact standard deviation`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, game: { ...game, volatility: figures.volatility } };
}
