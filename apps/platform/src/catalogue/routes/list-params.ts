import type { GameListQuery } from "../games/list-games.ts";
import { catalogueProblem } from "../problems.ts";

type RouteListQuery = Omit<GameListQuery, "stakeMinor"> & { readonly stakeMinor?: string | undefined };

/**
 * Query fields → list query. `stakeMinor` arrives as digits (see the schema) and becomes an
 * integer here; the one cross-field rule a schema cannot say is checked too: a stake needs its
 * currency.
 */
export function gameListQuery<Q extends RouteListQuery>(
  query: Q,
): Omit<Q, "stakeMinor"> & { stakeMinor?: number } {
  const { stakeMinor, ...rest } = query;
  if (stakeMinor === undefined) return rest;
  if (query.currency === undefined) {
    throw catalogueProblem("VALIDATION_FAILED", "querystring field stakeMinor needs currency.", {
      errors: [
        { in: "querystring", field: "stakeMinor", message: "needs `currency` (the stake's currency)" },
      ],
    });
  }
  return { ...rest, stakeMinor: Number(stakeMinor) };
}

/** A list service's refusal as a problem. */
export function listFailure(failure: { readonly code: "INVALID_CURSOR"; readonly message: string }): Error {
  return catalogueProblem(failure.code, failure.message);
}
