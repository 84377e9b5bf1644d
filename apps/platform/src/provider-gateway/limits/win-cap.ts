import { catalogueEntryOf } from "@croupier/games";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import type { SessionRow } from "../../sessions/tables.ts";
import { BUILT_IN_STUDIO_ID } from "../../studios/studios.ts";
import { cachedLimit } from "./limits-cache.ts";
import type { RoundTotals } from "./round-totals.ts";
import { DEFAULT_MAX_WIN_MULTIPLE, type WinCap } from "./tables.ts";

/**
 * What one round may pay in total, in the session's minor units. Decision table (the smallest
 * cap that applies wins):
 *
 * | cap                | where it comes from                                             |
 * | ------------------ | --------------------------------------------------------------- |
 * | `win_multiple`     | the round's standing stakes × the title's maximum win multiple  |
 * |                    | (built-in titles: the engine's exact upper bound, rounded up),  |
 * |                    | else the studio's `max_win_multiple` (default 10,000)           |
 * | `operator_max_win` | the operator's `max_win_per_round_minor` in the currency, if set |
 *
 * A win that would take the round's paid total past the cap is refused (`WIN_LIMIT_EXCEEDED`,
 * see `refuse-win.ts`), never paid and never trimmed silently.
 */
export interface RoundCap {
  readonly capMinor: number;
  readonly cap: WinCap;
}

/**
 * The maximum win multiple of the session's game: the built-in title's own, else its studio's
 * (through the limits cache, limits-cache.ts).
 */
export async function maxWinMultipleOf(
  db: Kysely<Database>,
  session: Pick<SessionRow, "studio_id" | "game_id">,
): Promise<number> {
  if (session.studio_id === BUILT_IN_STUDIO_ID) {
    const entry = catalogueEntryOf(session.game_id);
    if (entry !== undefined) return Math.ceil(entry.maxWinMultiplier);
  }
  return cachedLimit(db, `multiple\0${session.studio_id}`, async () => {
    const studio = await db
      .selectFrom("game_studios")
      .select("max_win_multiple")
      .where("id", "=", session.studio_id)
      .executeTakeFirst();
    return studio === undefined ? DEFAULT_MAX_WIN_MULTIPLE : Number(studio.max_win_multiple);
  });
}

/** The operator's maximum total win of one round in the session's currency, or undefined (cached). */
export function operatorMaxWinOf(
  db: Kysely<Database>,
  session: Pick<SessionRow, "operator_id" | "currency">,
): Promise<number | undefined> {
  return cachedLimit(db, `max-win\0${session.operator_id}\0${session.currency}`, async () => {
    const row = await db
      .selectFrom("operator_play_limits")
      .select("max_win_per_round_minor")
      .where("operator_id", "=", session.operator_id)
      .where("currency", "=", session.currency)
      .executeTakeFirst();
    return row?.max_win_per_round_minor === null || row === undefined
      ? undefined
      : Number(row.max_win_per_round_minor);
  });
}

/** The cap of a round with `totals`, given the multiple and the operator's maximum. */
export function roundCap(
  totals: RoundTotals,
  multiple: number,
  operatorMaxWin: number | undefined,
): RoundCap {
  // Integers only: the product stays exact below 2^53 and is clamped there (no stake is that large).
  const byMultiple = Math.min(totals.stakesMinor * multiple, Number.MAX_SAFE_INTEGER);
  if (operatorMaxWin !== undefined && operatorMaxWin < byMultiple)
    return { capMinor: operatorMaxWin, cap: "operator_max_win" };
  return { capMinor: byMultiple, cap: "win_multiple" };
}

/** Whether a win of `amountMinor` would take the round past `cap`. */
export function exceedsCap(totals: RoundTotals, cap: RoundCap, amountMinor: number): boolean {
  return totals.paidMinor + amountMinor > cap.capMinor;
}
