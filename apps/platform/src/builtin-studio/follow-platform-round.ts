import type { ServiceDeps } from "../deps.ts";
import { settleIfAbandoned } from "./abandoned-settle.ts";
import { txIds } from "./money.ts";
import { updateRound } from "./round-store.ts";
import type { StudioRoundRow, StudioRoundStatus } from "./tables.ts";

type Deps = Pick<ServiceDeps, "db" | "clock" | "logger">;

const UNFINISHED: readonly StudioRoundStatus[] = ["pending_bet", "in_play", "pending_win"];

/** Stuck rounds repaired per sweep at most: the rest wait for the next one (a minute). */
export const MAX_FOLLOWED_PER_SWEEP = 200;

/**
 * Brings the studio's record of a round in line with its platform round once the round engine
 * has closed it, whoever closed it and whether or not the studio was there to see it (a
 * `kill -9` between the engine's commit and the studio's own update leaves the row behind):
 *
 * - closed as abandoned: settled with the sweeper's credit (`settleIfAbandoned`);
 * - closed by the studio's own closing win (`<round>-win` recorded by the engine): `settled`;
 * - void (no stake of it stood: rolled back and acknowledged), or still open with the round's
 *   stake refused for good: `refused`, nothing shown, as a stake returned by the studio's own
 *   recovery.
 *
 * Nothing is sent: the engine holds the round's money and delivers what it recorded. Returns the
 * changed row, or undefined when the round is still open, is demo, or was already in line.
 * Guarded by status and version like every change of a round, so it is safe to race.
 */
export async function followPlatformRound(
  deps: Deps,
  row: StudioRoundRow,
): Promise<StudioRoundRow | undefined> {
  const abandoned = await settleIfAbandoned(deps, row);
  if (abandoned !== undefined) return abandoned;
  if (row.platform_round_id === null || row.abandoned === 1 || !UNFINISHED.includes(row.status))
    return undefined;
  const round = await deps.db
    .selectFrom("rounds")
    .select(["status", "closed_at_ms"])
    .where("round_id", "=", row.platform_round_id)
    .executeTakeFirst();
  if (round === undefined) return undefined;
  const log = deps.logger.child({ round_ref: row.round_ref, round_id: row.platform_round_id });
  let changes: Parameters<typeof updateRound>[2];
  if (round.status === "open") {
    // A stake refused for good leaves the platform round open (the engine lets a game take a
    // smaller stake in the same round; the sweep voids it later), but this studio round is over.
    if (row.status !== "pending_bet" || !(await stakeRefused(deps, row))) return undefined;
    changes = { status: "refused", error_code: "TRY_AGAIN", bet_minor: 0 };
  } else if (round.status === "closed" && row.status === "pending_win") {
    const win = await deps.db
      .selectFrom("wallet_calls")
      .select("call_id")
      .where("round_id", "=", row.platform_round_id)
      .where("ref", "=", `win:${txIds.win(row.round_ref)}`)
      .executeTakeFirst();
    if (win === undefined) {
      log.error(
        "built-in studio: the round was closed without the studio's win; the row is left for a person",
      );
      return undefined;
    }
    changes = { status: "settled", settled_at_ms: round.closed_at_ms ?? deps.clock(), error_code: null };
  } else if (round.status === "void" && row.status === "pending_bet") {
    changes = { status: "refused", error_code: "TRY_AGAIN", bet_minor: 0 };
  } else {
    log.error(
      { platform_status: round.status, studio_status: row.status },
      "built-in studio: the platform closed a round the studio cannot follow; the row is left for a person",
    );
    return undefined;
  }
  if (!(await updateRound(deps, row, changes))) return undefined;
  log.info({ status: changes.status }, "built-in studio: round brought in line with the platform's");
  return { ...row, ...changes, updated_at_ms: deps.clock() } as StudioRoundRow;
}

/** Whether the round's first stake got a definite "no" (refused, or never sent) from the engine. */
async function stakeRefused(deps: Deps, row: StudioRoundRow): Promise<boolean> {
  const debit = await deps.db
    .selectFrom("wallet_calls")
    .select("state")
    .where("round_id", "=", row.platform_round_id!)
    .where("ref", "=", `bet:${txIds.bet(row.round_ref)}`)
    .executeTakeFirst();
  return debit?.state === "refused" || debit?.state === "not_sent";
}

/** `rows` with those the platform has closed brought in line (see {@link followPlatformRound}). */
export async function withPlatformFollowed(
  deps: Deps,
  rows: readonly StudioRoundRow[],
): Promise<StudioRoundRow[]> {
  const out: StudioRoundRow[] = [];
  for (const row of rows) out.push((await followPlatformRound(deps, row)) ?? row);
  return out;
}

/**
 * The repair behind the abandoned-round sweep (and at start): every studio round still pending
 * although its platform round is closed or its stake was refused, whatever session it belongs to
 * and whether its player ever comes back. Returns how many rows it changed.
 */
export async function followClosedPlatformRounds(
  deps: Deps,
  limit = MAX_FOLLOWED_PER_SWEEP,
): Promise<number> {
  const stuck = await deps.db
    .selectFrom("studio_rounds")
    .innerJoin("rounds", "rounds.round_id", "studio_rounds.platform_round_id")
    .selectAll("studio_rounds")
    .where("studio_rounds.status", "in", UNFINISHED)
    .where("studio_rounds.abandoned", "=", 0)
    .where("rounds.status", "!=", "open")
    .orderBy("studio_rounds.created_at_ms")
    .limit(limit)
    .execute();
  // Rounds whose stake was refused for good stay open on the platform (see followPlatformRound).
  const refused = await deps.db
    .selectFrom("studio_rounds")
    .innerJoin("wallet_calls", "wallet_calls.round_id", "studio_rounds.platform_round_id")
    .selectAll("studio_rounds")
    .where("studio_rounds.status", "=", "pending_bet")
    .where("studio_rounds.abandoned", "=", 0)
    .where("wallet_calls.action", "=", "debit")
    .where("wallet_calls.rb", "=", 0)
    .where("wallet_calls.state", "in", ["refused", "not_sent"])
    .orderBy("studio_rounds.created_at_ms")
    .limit(limit)
    .execute();
  const rows = new Map([...stuck, ...refused].map((row) => [row.round_ref, row]));
  let changed = 0;
  for (const row of rows.values()) {
    try {
      if ((await followPlatformRound(deps, row)) !== undefined) changed += 1;
    } catch (error) {
      deps.logger.error(
        { err: error, round_ref: row.round_ref },
        "built-in studio: following a closed round failed",
      );
    }
  }
  return changed;
}
