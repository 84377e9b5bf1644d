import type { Updateable } from "kysely";
import type { ServiceDeps } from "../deps.ts";
import { platformRoundId } from "../provider-gateway/studio-session.ts";
import type { SessionRow } from "../sessions/tables.ts";
import type { StudioRoundRow, StudioRoundStatus, StudioRoundsTable } from "./tables.ts";
import { BUILT_IN_CALLER } from "./studio-deps.ts";
import { recordTitleVersion } from "./title-versions.ts";
import type { StudioTitle } from "./titles.ts";

type Db = Pick<ServiceDeps, "db" | "clock">;

/** A new round of `session`: its outcome (or blackjack's opening state) is stored before any money moves. */
export async function insertRound(
  deps: Db,
  session: SessionRow,
  input: {
    roundRef: string;
    /** The title as played: its engine and the version of its maths (kept before the round). */
    title: Pick<StudioTitle, "game" | "engine" | "version">;
    request: unknown;
    draws: readonly number[];
    display: unknown;
    state?: unknown;
    winMinor: number | null;
  },
): Promise<StudioRoundRow> {
  await recordTitleVersion(deps, input.title);
  const now = deps.clock();
  const row: StudioRoundRow = {
    round_ref: input.roundRef,
    session_id: session.id,
    operator_id: session.operator_id,
    environment: session.environment,
    player_id: session.player_id,
    game_id: session.game_id,
    engine: input.title.engine,
    currency: session.currency,
    demo: session.demo,
    platform_round_id:
      session.demo === 1
        ? null
        : platformRoundId(BUILT_IN_CALLER.studioId, input.roundRef, session.round_id_form),
    status: "pending_bet",
    request: JSON.stringify(input.request),
    draws: JSON.stringify(input.draws),
    display: JSON.stringify(input.display),
    state: input.state === undefined ? null : JSON.stringify(input.state),
    pending_state: null,
    pending_tx_id: null,
    version: 0,
    bet_minor: 0,
    win_minor: input.winMinor,
    error_code: null,
    created_at_ms: now,
    updated_at_ms: now,
    settled_at_ms: null,
    abandoned_state: null,
    abandoned: 0,
    title_version: input.title.version,
  };
  await deps.db.insertInto("studio_rounds").values(row).execute();
  return row;
}

/**
 * Changes a round if it is still as the caller read it (status and version): a concurrent
 * request that changed it first makes this a no-op, reported as false.
 */
export async function updateRound(
  deps: Db,
  row: Pick<StudioRoundRow, "round_ref" | "status" | "version">,
  changes: Omit<Updateable<StudioRoundsTable>, "round_ref" | "updated_at_ms">,
): Promise<boolean> {
  const result = await deps.db
    .updateTable("studio_rounds")
    .set({ ...changes, updated_at_ms: deps.clock() })
    .where("round_ref", "=", row.round_ref)
    .where("status", "=", row.status)
    .where("version", "=", row.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A round of this session only. */
export function getSessionRound(
  deps: Pick<ServiceDeps, "db">,
  sessionId: string,
  roundRef: string,
): Promise<StudioRoundRow | undefined> {
  return deps.db
    .selectFrom("studio_rounds")
    .selectAll()
    .where("round_ref", "=", roundRef)
    .where("session_id", "=", sessionId)
    .executeTakeFirst();
}

/** Rounds that wait for money to settle (or a blackjack hand in play), oldest first. */
export function unfinishedRounds(
  deps: Pick<ServiceDeps, "db">,
  sessionId: string,
  statuses: readonly StudioRoundStatus[],
  limit: number,
): Promise<StudioRoundRow[]> {
  return deps.db
    .selectFrom("studio_rounds")
    .selectAll()
    .where("session_id", "=", sessionId)
    .where("status", "in", statuses)
    .orderBy("created_at_ms")
    .limit(limit)
    .execute();
}
