import type { ServiceDeps } from "../deps.ts";
import type { CursorPosition } from "../pagination/cursor.ts";
import { listRounds, type RoundFilter } from "./list-rounds.ts";
import type { RoundView } from "./present.ts";
import type { HistoryScope } from "./scope.ts";

/** Most rows one export holds: a day of a busy casino is narrowed by the time filter, not paged here. */
export const CSV_MAX_ROWS = 10_000;
const PAGE = 200;

const COLUMNS = [
  "round_id",
  "status",
  "player_id",
  "session_id",
  "game_id",
  "currency",
  "bet_minor",
  "win_minor",
  "opened_at",
  "closed_at",
  "close_reason",
] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
function cell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Acknowledged stakes and wins per round (minor units), rolled-back calls left out. */
async function totalsOf(deps: Pick<ServiceDeps, "db">, scope: HistoryScope, roundIds: string[]) {
  const totals = new Map<string, { bet: number; win: number }>();
  if (roundIds.length === 0) return totals;
  const calls = await deps.db
    .selectFrom("wallet_calls_all")
    .select(["round_id", "action", "amount_minor", "rb"])
    .where("operator_id", "=", scope.operatorId)
    .where("environment", "=", scope.environment)
    .where("round_id", "in", roundIds)
    .where("state", "=", "ok")
    .execute();
  for (const call of calls) {
    if (call.round_id === null || call.amount_minor === null) continue;
    const sums = totals.get(call.round_id) ?? { bet: 0, win: 0 };
    const sign = call.rb === 1 ? -1 : 1;
    // A rollback undoes the debit it names: subtract it from the stakes.
    if (call.action === "debit" || call.rb === 1) sums.bet += sign * call.amount_minor;
    else if (call.action === "credit") sums.win += call.amount_minor;
    totals.set(call.round_id, sums);
  }
  return totals;
}

function rowOf(round: RoundView, sums: { bet: number; win: number } | undefined): string {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return [
    round.round_id,
    round.status,
    round.player_id,
    round.session_id,
    round.game_id,
    round.currency,
    sums?.bet ?? 0,
    sums?.win ?? 0,
    iso(round.opened_at_ms),
    iso(round.closed_at_ms),
    round.close_reason,
  ]
    .map(cell)
    .join(",");
}

/**
 * The rounds a filter selects as CSV (header line first, newest first, at most CSV_MAX_ROWS),
 * with each round's acknowledged stakes and wins in minor units.
 *
 * @example
 * const csv = await roundsCsv(deps, scope, { playerId: "p-42" });
 */
export async function roundsCsv(
  deps: Pick<ServiceDeps, "db">,
  scope: HistoryScope,
  filter: Omit<RoundFilter, "limit" | "after">,
): Promise<string> {
  const lines: string[] = [COLUMNS.join(",")];
  let after: CursorPosition | undefined;
  let rows = 0;
  for (;;) {
    const page = await listRounds(deps, scope, { ...filter, limit: PAGE, after });
    const items = page.items.slice(0, CSV_MAX_ROWS - rows);
    const totals = await totalsOf(
      deps,
      scope,
      items.map((r) => r.round_id),
    );
    for (const round of items) lines.push(rowOf(round, totals.get(round.round_id)));
    rows += items.length;
    if (page.nextCursor === null || rows >= CSV_MAX_ROWS) break;
    after = { sortKey: items.at(-1)!.opened_at_ms, id: items.at(-1)!.round_id };
  }
  return `${lines.join("\r\n")}\r\n`;
}
