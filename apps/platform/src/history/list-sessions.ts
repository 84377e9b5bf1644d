import type { ServiceDeps } from "../deps.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import { presentSession, type SessionView } from "../sessions/sessions.ts";
import type { SessionStatus } from "../sessions/tables.ts";
import type { HistoryScope } from "./scope.ts";
import type { TimeRange } from "./time-range.ts";

export interface SessionFilter extends TimeRange {
  readonly playerId?: string | undefined;
  readonly gameId?: string | undefined;
  readonly status?: SessionStatus | undefined;
  readonly limit?: number | undefined;
  readonly after?: CursorPosition | undefined;
}

/**
 * The operator's game sessions in one environment, newest first (by creation), filtered.
 *
 * @example
 * const page = await listSessions(deps, { operatorId, environment: "sandbox" }, { playerId: "p-1", limit: 20 });
 */
export async function listSessions(
  deps: Pick<ServiceDeps, "db">,
  scope: HistoryScope,
  filter: SessionFilter,
): Promise<Page<SessionView>> {
  let query = deps.db
    .selectFrom("game_sessions")
    .selectAll()
    .where("operator_id", "=", scope.operatorId)
    .where("environment", "=", scope.environment);
  if (filter.playerId !== undefined) query = query.where("player_id", "=", filter.playerId);
  if (filter.gameId !== undefined) query = query.where("game_id", "=", filter.gameId);
  if (filter.status !== undefined) query = query.where("status", "=", filter.status);
  if (filter.fromMs !== undefined) query = query.where("created_at_ms", ">=", filter.fromMs);
  if (filter.toMs !== undefined) query = query.where("created_at_ms", "<", filter.toMs);
  const page = await keysetPage(query, {
    sortColumn: "created_at_ms",
    idColumn: "id",
    direction: "desc",
    limit: filter.limit,
    after: filter.after,
    positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.id }),
  });
  return { items: page.items.map(presentSession), nextCursor: page.nextCursor };
}
