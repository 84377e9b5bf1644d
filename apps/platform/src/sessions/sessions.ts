import { randomSecret, sha256Hex } from "../auth/tokens.ts";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { ServiceDeps } from "../deps.ts";
import { sql } from "kysely";
import { batchedLookup, rowsByPosition } from "../db/batched-lookup.ts";
import { preparedQueryOne } from "../db/prepared-query.ts";
import { recordSessionActivityLater } from "../round-engine/ride-along.ts";
import type { GameSession, RoundDeps } from "../round-engine/round-deps.ts";
import type { SessionActivity } from "../round-engine/write-model/riding-writes.ts";
import { sessionFail, type SessionFailure } from "./problems.ts";
import { ACTIVITY_RESOLUTION_MS } from "./settings.ts";
import type { SessionRow, SessionStatus } from "./tables.ts";

/** Single-use launch token (in the launch URL): `lt_` + 256 random bits. */
export function newLaunchToken(): string {
  return `lt_${randomSecret()}`;
}

/** The studio's session token (handed over at launch, presented on every gateway call): `sst_` + 256 random bits. */
export function newStudioToken(): string {
  return `sst_${randomSecret()}`;
}

/** Tokens are stored as sha256 only; lookups hash what they are given. */
export const tokenHash = sha256Hex;

/** A session as the operator API presents it (snake_case, like the wallet protocol). */
export interface SessionView {
  readonly session_id: string;
  readonly status: SessionStatus;
  readonly environment: Environment;
  readonly player_id: string;
  readonly currency: string;
  readonly game_id: string;
  readonly studio_id: string;
  readonly language: string;
  readonly demo: boolean;
  /** Demo: the play-money balance. Real play: the last balance the wallet reported, or null. */
  readonly balance: number | null;
  readonly created_at_ms: number;
  readonly launched_at_ms: number | null;
  readonly last_activity_at_ms: number;
  readonly ended_at_ms: number | null;
  readonly end_reason: string | null;
}

export function presentSession(row: SessionRow): SessionView {
  return {
    session_id: row.id,
    status: row.status,
    environment: row.environment,
    player_id: row.player_id,
    currency: row.currency,
    game_id: row.game_id,
    studio_id: row.studio_id,
    language: row.language,
    demo: row.demo === 1,
    balance: row.demo === 1 ? row.demo_balance_minor : row.last_balance_minor,
    created_at_ms: row.created_at_ms,
    launched_at_ms: row.launched_at_ms,
    last_activity_at_ms: row.last_activity_at_ms,
    ended_at_ms: row.ended_at_ms,
    end_reason: row.end_reason,
  };
}

/** The round engine's view of a session. */
export function gameSessionOf(row: SessionRow): GameSession {
  return {
    operatorId: row.operator_id,
    environment: row.environment,
    sessionId: row.id,
    playerId: row.player_id,
    currency: row.currency,
    gameId: row.game_id,
  };
}

/** The session a studio token opens, only for the studio it was handed to. */
export async function findStudioSession(
  deps: Pick<ServiceDeps, "db">,
  studioId: string,
  studioToken: string,
): Promise<SessionRow | undefined> {
  const row = await sessionByStudioTokenHash(deps.db, tokenHash(studioToken));
  return row === undefined || row.studio_id !== studioId ? undefined : row;
}

/**
 * Each gateway request's read: compiled once (see preparedQuery), and on PostgreSQL the reads of
 * requests arriving together as one statement (see batchedLookup).
 */
const sessionByStudioTokenHash = batchedLookup(
  preparedQueryOne(1, (db, hash: string) =>
    db.selectFrom("game_sessions").selectAll().where("studio_token_hash", "=", hash),
  ),
  async (db, lookups: ReadonlyArray<readonly [hash: string]>) => {
    const { rows } = await sql<Record<string, unknown>>`
      select q.lookup_position, s.*
      from unnest(${lookups.map(([hash]) => hash)}::text[]) with ordinality as q(hash, lookup_position)
      join game_sessions s on s.studio_token_hash = q.hash`.execute(db);
    return rowsByPosition<SessionRow>(lookups.length, rows, "lookup_position");
  },
);

/** An operator's session, only in the environment of its credential (a sandbox key never sees live play). */
export async function getOperatorSession(
  deps: Pick<ServiceDeps, "db">,
  query: { operatorId: string; environment: Environment; sessionId: string },
): Promise<SessionRow | undefined> {
  return deps.db
    .selectFrom("game_sessions")
    .selectAll()
    .where("id", "=", query.sessionId)
    .where("operator_id", "=", query.operatorId)
    .where("environment", "=", query.environment)
    .executeTakeFirst();
}

/**
 * Ends a session for the operator (the player logged out, was blocked…): no new bets; wins,
 * round ends and rollbacks of open rounds still settle. Idempotent: an ended or expired session
 * is returned as it is.
 */
export async function endSession(
  deps: Pick<ServiceDeps, "db" | "clock">,
  query: { operatorId: string; environment: Environment; sessionId: string; reason: string },
): Promise<{ ok: true; session: SessionRow } | SessionFailure<"SESSION_NOT_FOUND">> {
  const now = deps.clock();
  await deps.db
    .updateTable("game_sessions")
    .set({ status: "ended", ended_at_ms: now, end_reason: query.reason })
    .where("id", "=", query.sessionId)
    .where("operator_id", "=", query.operatorId)
    .where("environment", "=", query.environment)
    .where("status", "in", ["created", "active"])
    .execute();
  const row = await getOperatorSession(deps, query);
  if (row === undefined) return sessionFail("SESSION_NOT_FOUND", `No session ${query.sessionId} here.`);
  return { ok: true, session: row };
}

/** Whether an active session has been idle too long to take bets. */
export function isIdle(
  row: Pick<SessionRow, "status" | "last_activity_at_ms">,
  nowMs: number,
  idleTimeoutMs: number,
): boolean {
  return row.status === "active" && nowMs - row.last_activity_at_ms > idleTimeoutMs;
}

/**
 * The session's status now: an active session idle past the timeout is expired here and now
 * (conditionally, so a concurrent request's activity is never overwritten by a stale read).
 */
export async function currentStatus(
  deps: Pick<ServiceDeps, "db" | "clock">,
  row: SessionRow,
  idleTimeoutMs: number,
): Promise<SessionStatus> {
  const now = deps.clock();
  if (!isIdle(row, now, idleTimeoutMs)) return row.status;
  const result = await deps.db
    .updateTable("game_sessions")
    .set({ status: "expired", ended_at_ms: now, end_reason: "idle" })
    .where("id", "=", row.id)
    .where("status", "=", "active")
    .where("last_activity_at_ms", "<", now - idleTimeoutMs)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return "expired";
  const fresh = await deps.db
    .selectFrom("game_sessions")
    .select("status")
    .where("id", "=", row.id)
    .executeTakeFirst();
  return fresh?.status ?? row.status;
}

/**
 * What of a request's activity is worth a write: a new real-money balance always (returned),
 * the activity time alone at most every ACTIVITY_RESOLUTION_MS; undefined when nothing is.
 */
function activityToRecord(
  row: SessionRow,
  nowMs: number,
  balanceMinor: number | undefined,
): { readonly balanceMinor: number | undefined } | undefined {
  const balanceChanged =
    balanceMinor !== undefined && row.demo === 0 && balanceMinor !== row.last_balance_minor;
  if (!balanceChanged && nowMs - row.last_activity_at_ms < ACTIVITY_RESOLUTION_MS) return undefined;
  return { balanceMinor: balanceChanged ? balanceMinor : undefined };
}

/**
 * Records a studio request's activity (and the balance it learned) on an active session. Reads
 * rewrite the row at most every ACTIVITY_RESOLUTION_MS; a new balance is always written.
 */
export async function touchSession(
  deps: Pick<ServiceDeps, "db" | "clock">,
  row: SessionRow,
  balanceMinor?: number,
): Promise<void> {
  const now = deps.clock();
  const touch = activityToRecord(row, now, balanceMinor);
  if (touch === undefined) return;
  await deps.db
    .updateTable("game_sessions")
    .set({
      last_activity_at_ms: now,
      ...(touch.balanceMinor === undefined ? {} : { last_balance_minor: touch.balanceMinor }),
    })
    .where("id", "=", row.id)
    .where("status", "=", "active")
    .execute();
}

/**
 * The activity of a money request worth recording (see `activityToRecord`), as a write that rides
 * in the round engine's commits; undefined when nothing is worth a write.
 */
export function sessionActivityOf(
  row: SessionRow,
  nowMs: number,
  balanceMinor?: number,
): SessionActivity | undefined {
  const touch = activityToRecord(row, nowMs, balanceMinor);
  if (touch === undefined) return undefined;
  return { sessionId: row.id, atMs: nowMs, balanceMinor: touch.balanceMinor };
}

/**
 * `touchSession` for the money path: not awaited, the write joins the round engine's next group
 * commit instead of costing a commit (an fsync) of its own per request. Losing it in a crash
 * loses an activity time and a display balance, nothing else.
 */
export function touchSessionInBatch(
  engine: Pick<RoundDeps, "outbox">,
  row: SessionRow,
  balanceMinor?: number,
): void {
  const activity = sessionActivityOf(row, engine.outbox.clock(), balanceMinor);
  if (activity !== undefined) recordSessionActivityLater(engine, activity);
}
