import type { ServiceDeps } from "../../deps.ts";
import { keysetPage, type CursorPosition, type Page } from "../../pagination/cursor.ts";
import type { WinCap, WinRefusalRow } from "./tables.ts";

/** A refused win as the admin list shows it. */
export interface WinRefusal {
  readonly id: string;
  readonly studioId: string;
  readonly transactionId: string;
  readonly operatorId: string;
  readonly environment: string;
  readonly sessionId: string;
  readonly playerId: string;
  readonly gameId: string;
  readonly currency: string;
  readonly roundId: string;
  readonly demo: boolean;
  readonly amountMinor: number;
  readonly stakesMinor: number;
  readonly paidMinor: number;
  readonly capMinor: number;
  readonly cap: WinCap;
  readonly createdAtMs: number;
}

function present(row: WinRefusalRow): WinRefusal {
  return {
    id: row.id,
    studioId: row.studio_id,
    transactionId: row.tx_id,
    operatorId: row.operator_id,
    environment: row.environment,
    sessionId: row.session_id,
    playerId: row.player_id,
    gameId: row.game_id,
    currency: row.currency,
    roundId: row.round_ref,
    demo: row.demo === 1,
    amountMinor: Number(row.amount_minor),
    stakesMinor: Number(row.stakes_minor),
    paidMinor: Number(row.paid_minor),
    capMinor: Number(row.cap_minor),
    cap: row.cap,
    createdAtMs: Number(row.created_at_ms),
  };
}

/** Wins refused for a cap, newest first, optionally of one studio or operator. */
export async function listWinRefusals(
  deps: Pick<ServiceDeps, "db">,
  query: {
    studioId?: string | undefined;
    operatorId?: string | undefined;
    limit?: number | undefined;
    after?: CursorPosition | undefined;
  },
): Promise<Page<WinRefusal>> {
  let q = deps.db.selectFrom("gateway_win_refusals").selectAll();
  if (query.studioId !== undefined) q = q.where("studio_id", "=", query.studioId);
  if (query.operatorId !== undefined) q = q.where("operator_id", "=", query.operatorId);
  const page = await keysetPage(q, {
    sortColumn: "created_at_ms",
    idColumn: "id",
    direction: "desc",
    limit: query.limit,
    after: query.after,
    positionOf: (row) => ({ sortKey: Number(row.created_at_ms), id: row.id }),
  });
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}
