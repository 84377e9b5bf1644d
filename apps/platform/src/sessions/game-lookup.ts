import type { Environment } from "../callbacks/wallet-endpoint.ts";
import { getGame } from "../catalogue/games/get-game.ts";
import { operatorAudience } from "../catalogue/routes/operator-audience.ts";
import type { ServiceDeps } from "../deps.ts";
import { BUILT_IN_STUDIO_ID } from "../studios/studios.ts";

/** What a launch needs to know about a game. */
export interface LaunchableGame {
  readonly gameId: string;
  /** Who runs it: the catalogue provider id (the built-in studio, or a registered studio). */
  readonly studioId: string;
  readonly demoAvailable: boolean;
  /** Currencies it has bet limits for; undefined: any. */
  readonly currencies: readonly string[] | undefined;
}

/**
 * Finds a game this operator may launch, or undefined. The seam between sessions and the game
 * catalogue: sessions never query catalogue tables themselves.
 */
export type GameLookup = (
  deps: Pick<ServiceDeps, "db">,
  query: { readonly operatorId: string; readonly environment: Environment; readonly gameId: string },
) => Promise<LaunchableGame | undefined>;

/**
 * The catalogue's view: a game enabled globally and by the operator, and not blocked in any of
 * its licence jurisdictions (the same rule as `GET /v1/games`).
 */
export const catalogueGameLookup: GameLookup = async (deps, query) => {
  const audience = await operatorAudience(deps, query.operatorId, undefined);
  if (!audience.ok) return undefined;
  const row = await getGame(deps, audience.audience, query.gameId);
  if (row === undefined) return undefined;
  return {
    gameId: row.id,
    studioId: row.provider_id,
    demoAvailable: row.demo_available === 1,
    currencies: Object.keys(JSON.parse(row.bet_limits) as Record<string, unknown>),
  };
};

/**
 * A fixed list of built-in studio games, any currency, demo allowed: for tests and for running
 * without a catalogue.
 *
 * @example
 * const games = fixedGameLookup(["fruit-fiesta", "european-roulette"]);
 */
export function fixedGameLookup(gameIds: readonly string[]): GameLookup {
  const known = new Set(gameIds);
  return async (_deps, query) =>
    known.has(query.gameId)
      ? { gameId: query.gameId, studioId: BUILT_IN_STUDIO_ID, demoAvailable: true, currencies: undefined }
      : undefined;
}
