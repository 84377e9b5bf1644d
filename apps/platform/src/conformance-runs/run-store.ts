import type { Insertable, Kysely, Selectable } from "kysely";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { Database } from "../db/database.ts";
import { keysetPage, type CursorPosition, type Page } from "../pagination/cursor.ts";
import type { ConformanceRunStatus, ConformanceRunsTable } from "./tables.ts";

type Db = Kysely<Database>;
export type RunRow = Selectable<ConformanceRunsTable>;
/** A run without its report (the evidence can be large; lists and status reads skip it). */
export type RunHead = Omit<RunRow, "report">;

const HEAD_COLUMNS = [
  "id",
  "operator_id",
  "environment",
  "status",
  "callback_url",
  "players",
  "currency",
  "require_body_signature",
  "only_checks",
  "started_by_kind",
  "started_by_id",
  "created_at_ms",
  "heartbeat_at_ms",
  "finished_at_ms",
  "checks_total",
  "checks_done",
  "current_check_id",
  "last_check_id",
  "last_check_status",
  "summary",
  "failed_check_ids",
  "abort_code",
  "abort_message",
] as const satisfies readonly (keyof RunHead)[];

/** Whose runs a read may see: an operator's, optionally one environment's (a `/v1` credential). */
export interface RunScope {
  readonly operatorId: string;
  readonly environment?: Environment | undefined;
}

export async function insertRun(db: Db, row: Insertable<ConformanceRunsTable>): Promise<void> {
  await db.insertInto("conformance_runs").values(row).execute();
}

export async function findRunHead(db: Db, scope: RunScope, runId: string): Promise<RunHead | undefined> {
  let q = db
    .selectFrom("conformance_runs")
    .select(HEAD_COLUMNS)
    .where("id", "=", runId)
    .where("operator_id", "=", scope.operatorId);
  if (scope.environment !== undefined) q = q.where("environment", "=", scope.environment);
  return q.executeTakeFirst();
}

/** The run with its report, or undefined outside the scope. */
export async function findRunWithReport(db: Db, scope: RunScope, runId: string): Promise<RunRow | undefined> {
  let q = db
    .selectFrom("conformance_runs")
    .selectAll()
    .where("id", "=", runId)
    .where("operator_id", "=", scope.operatorId);
  if (scope.environment !== undefined) q = q.where("environment", "=", scope.environment);
  return q.executeTakeFirst();
}

export async function findRunningRun(
  db: Db,
  operatorId: string,
  environment: Environment,
): Promise<RunHead | undefined> {
  return db
    .selectFrom("conformance_runs")
    .select(HEAD_COLUMNS)
    .where("operator_id", "=", operatorId)
    .where("environment", "=", environment)
    .where("status", "=", "running")
    .executeTakeFirst();
}

export interface RunListQuery extends RunScope {
  readonly status?: ConformanceRunStatus | undefined;
  readonly limit?: number | undefined;
  readonly after?: CursorPosition | undefined;
}

/** Newest first. */
export async function listRunHeads(db: Db, query: RunListQuery): Promise<Page<RunHead>> {
  let q = db.selectFrom("conformance_runs").select(HEAD_COLUMNS).where("operator_id", "=", query.operatorId);
  if (query.environment !== undefined) q = q.where("environment", "=", query.environment);
  if (query.status !== undefined) q = q.where("status", "=", query.status);
  return keysetPage(q, {
    sortColumn: "created_at_ms",
    idColumn: "id",
    direction: "desc",
    limit: query.limit,
    after: query.after,
    positionOf: (row) => ({ sortKey: row.created_at_ms, id: row.id }),
  });
}

/** How many runs the operator started since `sinceMs`, and when the oldest of them started. */
export async function recentRuns(
  db: Db,
  operatorId: string,
  sinceMs: number,
): Promise<{ count: number; oldestAtMs: number | null }> {
  const row = await db
    .selectFrom("conformance_runs")
    .select((eb) => [eb.fn.countAll().as("count"), eb.fn.min("created_at_ms").as("oldest")])
    .where("operator_id", "=", operatorId)
    .where("created_at_ms", ">", sinceMs)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldestAtMs: row.oldest === null ? null : Number(row.oldest) };
}

export interface ProgressFields {
  readonly checks_total?: number;
  readonly checks_done?: number;
  readonly current_check_id?: string | null;
  readonly last_check_id?: string | null;
  readonly last_check_status?: string | null;
}

/** Progress of a run still `running` (a run already marked interrupted stays so). Also a heartbeat. */
export async function writeProgress(
  db: Db,
  runId: string,
  fields: ProgressFields,
  nowMs: number,
): Promise<void> {
  await db
    .updateTable("conformance_runs")
    .set({ ...fields, heartbeat_at_ms: nowMs })
    .where("id", "=", runId)
    .where("status", "=", "running")
    .execute();
}

export async function writeHeartbeats(db: Db, runIds: readonly string[], nowMs: number): Promise<void> {
  if (runIds.length === 0) return;
  await db
    .updateTable("conformance_runs")
    .set({ heartbeat_at_ms: nowMs })
    .where("id", "in", runIds)
    .where("status", "=", "running")
    .execute();
}

export interface FinishFields {
  readonly status: Exclude<ConformanceRunStatus, "running">;
  readonly finished_at_ms: number;
  readonly checks_total?: number | null;
  readonly checks_done?: number;
  readonly summary: string | null;
  readonly failed_check_ids: string | null;
  readonly abort_code: string | null;
  readonly abort_message: string | null;
  readonly report: string | null;
}

/**
 * Stores a run's outcome. Also over an `interrupted` mark without a report: a run whose
 * heartbeat looked stale (or whose process was shutting down) but that did finish keeps its
 * real verdict and evidence.
 */
export async function finishRun(db: Db, runId: string, fields: FinishFields): Promise<void> {
  await db
    .updateTable("conformance_runs")
    .set({ ...fields, current_check_id: null, heartbeat_at_ms: fields.finished_at_ms })
    .where("id", "=", runId)
    .where((eb) =>
      eb.or([
        eb("status", "=", "running"),
        eb.and([eb("status", "=", "interrupted"), eb("report", "is", null)]),
      ]),
    )
    .execute();
}

const INTERRUPTED_MESSAGE =
  "The platform stopped or restarted while this run was going; the kit's calls ended there. Start a new run.";

/**
 * Marks `running` runs interrupted: those whose heartbeat is older than `staleBeforeMs`
 * (their process is gone), or exactly the given ones (a shutdown). Returns how many.
 */
export async function interruptRuns(
  db: Db,
  nowMs: number,
  which:
    { staleBeforeMs: number; operatorId?: string; environment?: Environment } | { runIds: readonly string[] },
): Promise<number> {
  let q = db
    .updateTable("conformance_runs")
    .set({
      status: "interrupted",
      finished_at_ms: nowMs,
      current_check_id: null,
      abort_code: "INTERRUPTED",
      abort_message: INTERRUPTED_MESSAGE,
    })
    .where("status", "=", "running");
  if ("runIds" in which) {
    if (which.runIds.length === 0) return 0;
    q = q.where("id", "in", which.runIds);
  } else {
    q = q.where("heartbeat_at_ms", "<", which.staleBeforeMs);
    if (which.operatorId !== undefined) q = q.where("operator_id", "=", which.operatorId);
    if (which.environment !== undefined) q = q.where("environment", "=", which.environment);
  }
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The newest run of every check that passed in an environment, for the go-live gate; only
 * runs against `callbackUrl` when given.
 */
export async function latestFullPass(
  db: Db,
  operatorId: string,
  environment: Environment,
  callbackUrl?: string,
): Promise<RunHead | undefined> {
  let q = db
    .selectFrom("conformance_runs")
    .select(HEAD_COLUMNS)
    .where("operator_id", "=", operatorId)
    .where("environment", "=", environment)
    .where("status", "=", "passed")
    .where("only_checks", "=", "[]");
  if (callbackUrl !== undefined) q = q.where("callback_url", "=", callbackUrl);
  return q.orderBy("finished_at_ms", "desc").orderBy("id", "desc").limit(1).executeTakeFirst();
}
