import type { ServiceDeps } from "../deps.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import type { RoundStatus } from "../round-engine/tables.ts";
import { presentRound, type RoundView } from "./present.ts";
import { engineRoundIds } from "./round-id.ts";
import type { HistoryScope } from "./scope.ts";
import type { TimeRange } from "./time-range.ts";

export interface RoundFilter extends TimeRange {
  readonly playerId?: string | undefined;
  readonly roundId?: string | undefined;
  readonly sessionId?: string | undefined;
  readonly gameId?: string | undefined;
  readonly status?: RoundStatus | undefined;
  readonly limit?: number | undefined;
  readonly after?: CursorPosition | undefined;
}

/**
 * The operator's rounds in one environment, newest first (by opening), filtered; the time range
 * applies to when a round opened.
 *
 * @example
 * const open = await listRounds(deps, scope, { status: "open" });
 */
export async function listRounds(
  deps: Pick<ServiceDeps, "db">,
  scope: HistoryScope,
  filter: RoundFilter,
): Promise<Page<RoundView>> {
  let query = deps.db
    .selectFrom("rounds_all")
    .selectAll()
    .where("operator_id", "=", scope.operatorId)
    .where("environment", "=", scope.environment);
  if (filter.playerId !== undefined) query = query.where("player_id", "=", filter.playerId);
  if (filter.roundId !== undefined) query = query.where("round_id", "in", engineRoundIds(filter.roundId));
  if (filter.sessionId !== undefined) query = query.where("session_id", "=", filter.sessionId);
  if (filter.gameId !== undefined) query = query.where("game_id", "=", filter.gameId);
  if (filter.status !== undefined) query = query.where("status", "=", filter.status);
  if (filter.fromMs !== undefined) query = query.where("opened_at_ms", ">=", filter.fromMs);
  if (filter.toMs !== undefined) query = query.where("opened_at_ms", "<", filter.toMs);
  const page = await keysetPage(query, {
    sortColumn: "opened_at_ms",
    idColumn: "round_id",
    direction: "desc",
    limit: filter.limit,
    after: filter.after,
    positionOf: (row) => ({ sortKey: row.opened_at_ms, id: row.round_id }),
  });
  return { items: page.items.map(presentRound), nextCursor: page.nextCursor };
}
