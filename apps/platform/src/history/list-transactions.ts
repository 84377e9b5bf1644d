import type { WalletAction } from "@croupier/protocol";
import type { ServiceDeps } from "../deps.ts";
import type { CallState } from "../round-engine/outbox/tables.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import { presentTransaction, type TransactionView } from "./present.ts";
import { engineRoundIds } from "./round-id.ts";
import type { HistoryScope } from "./scope.ts";
import type { TimeRange } from "./time-range.ts";

export interface TransactionFilter extends TimeRange {
  readonly playerId?: string | undefined;
  readonly roundId?: string | undefined;
  readonly callId?: string | undefined;
  readonly sessionId?: string | undefined;
  readonly gameId?: string | undefined;
  readonly action?: WalletAction | undefined;
  readonly status?: CallState | undefined;
  readonly limit?: number | undefined;
  readonly after?: CursorPosition | undefined;
}

/**
 * The operator's wallet calls (balance checks, bets, wins, rollbacks) in one environment,
 * newest first, filtered; the time range applies to when a call was created. This is the list a
 * day's reconciliation walks.
 *
 * @example
 * const day = await listTransactions(deps, scope, { fromMs: Date.UTC(2026, 0, 1), toMs: Date.UTC(2026, 0, 2), status: "ok" });
 */
export async function listTransactions(
  deps: Pick<ServiceDeps, "db">,
  scope: HistoryScope,
  filter: TransactionFilter,
): Promise<Page<TransactionView>> {
  let query = deps.db
    .selectFrom("wallet_calls_all")
    .selectAll()
    .where("operator_id", "=", scope.operatorId)
    .where("environment", "=", scope.environment);
  if (filter.playerId !== undefined) query = query.where("player_id", "=", filter.playerId);
  if (filter.roundId !== undefined) query = query.where("round_id", "in", engineRoundIds(filter.roundId));
  if (filter.callId !== undefined) query = query.where("call_id", "=", filter.callId);
  if (filter.sessionId !== undefined) query = query.where("session_id", "=", filter.sessionId);
  if (filter.gameId !== undefined) query = query.where("game_id", "=", filter.gameId);
  if (filter.action !== undefined) query = query.where("action", "=", filter.action);
  if (filter.status !== undefined) query = query.where("state", "=", filter.status);
  if (filter.fromMs !== undefined) query = query.where("created_at_ms", ">=", filter.fromMs);
  if (filter.toMs !== undefined) query = query.where("created_at_ms", "<", filter.toMs);
  const page = await keysetPage(query, {
    sortColumn: "created_at_ms",
    idColumn: "call_id",
    direction: "desc",
    limit: filter.limit,
    after: filter.after,
    positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.call_id }),
  });
  return { items: page.items.map(presentTransaction), nextCursor: page.nextCursor };
}
