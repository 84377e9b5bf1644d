import type { ServiceDeps } from "../deps.ts";
import { decodeCursor, keysetPage, type Page } from "../pagination/cursor.ts";
import type { SessionRow } from "../sessions/tables.ts";
import type { StudioRoundRow } from "./tables.ts";

/**
 * Whose rounds a player's history shows: the session's player at the session's operator and
 * environment, in the session's game, real play or demo as the session is. A returning player
 * (a new session, a new launch) sees the rounds of their earlier sessions too; nobody else's.
 */
function playerRounds(deps: Pick<ServiceDeps, "db">, session: SessionRow) {
  return deps.db
    .selectFrom("studio_rounds")
    .selectAll()
    .where("operator_id", "=", session.operator_id)
    .where("environment", "=", session.environment)
    .where("player_id", "=", session.player_id)
    .where("game_id", "=", session.game_id)
    .where("demo", "=", session.demo);
}

/** The player's rounds in this game across sessions, newest first. Undefined: a cursor we did not make. */
export async function listPlayerRounds(
  deps: Pick<ServiceDeps, "db">,
  session: SessionRow,
  query: { limit?: number | undefined; cursor?: string | undefined },
): Promise<Page<StudioRoundRow> | undefined> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, "number");
  if (query.cursor !== undefined && after === undefined) return undefined;
  return keysetPage(playerRounds(deps, session).where("status", "!=", "refused"), {
    sortColumn: "created_at_ms",
    idColumn: "round_ref",
    direction: "desc",
    limit: query.limit,
    after,
    positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.round_ref }),
  });
}

/** One of the player's rounds in this game (any of their sessions), for its replay. */
export function getPlayerRound(
  deps: Pick<ServiceDeps, "db">,
  session: SessionRow,
  roundRef: string,
): Promise<StudioRoundRow | undefined> {
  return playerRounds(deps, session).where("round_ref", "=", roundRef).executeTakeFirst();
}
