import type { Environment } from "../callbacks/wallet-endpoint.ts";

/**
 * - `running`: the kit is calling the wallet now (one at a time per operator and environment).
 * - `passed` / `failed`: the kit reached a verdict (`failed`: a required check failed).
 * - `aborted`: the run could not start or finish for a setup reason (unreachable URL, wrong
 *   salt or players, clock, the run's time limit); `abort_code` says which.
 * - `interrupted`: the platform stopped or restarted while the run was going.
 */
export const CONFORMANCE_RUN_STATUSES = ["running", "passed", "failed", "aborted", "interrupted"] as const;
export type ConformanceRunStatus = (typeof CONFORMANCE_RUN_STATUSES)[number];

/** Who started a run: an operator user in the backoffice, or an API credential on `/v1`. */
export type RunStarterKind = "operator_user" | "api_credential";

export interface ConformanceRunsTable {
  /** `cfr_<16 base32>`; the random part is also the kit's run id, so the wallet's call ids name the run. */
  id: string;
  operator_id: string;
  environment: Environment;
  status: ConformanceRunStatus;
  /** The callback URL tested, as it was when the run started. */
  callback_url: string;
  /** JSON array of the test players' ids. */
  players: string;
  currency: string;
  /** 0 or 1. */
  require_body_signature: number;
  /** JSON array of check ids or areas; `[]` runs every check (only such runs count for going live). */
  only_checks: string;
  started_by_kind: RunStarterKind;
  started_by_id: string;
  created_at_ms: number;
  /** Written while the run is alive; a `running` run whose heartbeat stops is marked `interrupted`. */
  heartbeat_at_ms: number;
  finished_at_ms: number | null;
  checks_total: number | null;
  checks_done: number;
  /** The check in progress. */
  current_check_id: string | null;
  /** The last check that finished, and how. */
  last_check_id: string | null;
  last_check_status: string | null;
  /** JSON of the report's summary, kept beside the report so lists do not parse evidence. */
  summary: string | null;
  /** JSON array of the failing check ids. */
  failed_check_ids: string | null;
  abort_code: string | null;
  abort_message: string | null;
  /** The kit's whole `ConformanceReport` as JSON, evidence included; never the salt. */
  report: string | null;
}

export interface ConformanceRunTables {
  conformance_runs: ConformanceRunsTable;
}
