import type { CheckResult, ConformanceReport } from "@croupier/conformance";
import type { Environment } from "../callbacks/wallet-endpoint.ts";
import type { RunHead, RunRow } from "./run-store.ts";
import type { ConformanceRunStatus, RunStarterKind } from "./tables.ts";

export interface RunSummary {
  readonly total: number;
  readonly passed: number;
  readonly warned: number;
  readonly failed: number;
  readonly requiredFailed: number;
  readonly advisoryFailed: number;
  readonly skipped: number;
}

/** A run as the APIs present it. */
export interface ConformanceRun {
  readonly id: string;
  readonly environment: Environment;
  readonly status: ConformanceRunStatus;
  readonly callbackUrl: string;
  readonly players: string[];
  readonly currency: string;
  readonly requireBodySignature: boolean;
  readonly only: string[];
  readonly fullRun: boolean;
  readonly startedBy: { readonly kind: RunStarterKind; readonly id: string };
  readonly createdAtMs: number;
  readonly finishedAtMs: number | null;
  readonly progress: {
    readonly checksDone: number;
    readonly checksTotal: number | null;
    readonly currentCheck: string | null;
    readonly lastCheck: { readonly id: string; readonly status: string } | null;
  };
  readonly summary: RunSummary | null;
  readonly failedChecks: string[];
  readonly abort: { readonly code: string; readonly message: string } | null;
}

export interface RunCheck {
  readonly id: string;
  readonly title: string;
  readonly area: string;
  readonly required: boolean;
  readonly status: CheckResult["status"];
  readonly durationMs: number;
  readonly message: string | null;
}

export interface ConformanceRunDetail extends ConformanceRun {
  readonly checks: RunCheck[];
  readonly reports: { readonly json: string; readonly junit: string } | null;
}

export function presentRun(row: RunHead): ConformanceRun {
  const only = JSON.parse(row.only_checks) as string[];
  return {
    id: row.id,
    environment: row.environment,
    status: row.status,
    callbackUrl: row.callback_url,
    players: JSON.parse(row.players) as string[],
    currency: row.currency,
    requireBodySignature: row.require_body_signature === 1,
    only,
    fullRun: only.length === 0,
    startedBy: { kind: row.started_by_kind, id: row.started_by_id },
    createdAtMs: row.created_at_ms,
    finishedAtMs: row.finished_at_ms,
    progress: {
      checksDone: row.checks_done,
      checksTotal: row.checks_total,
      currentCheck: row.current_check_id,
      lastCheck:
        row.last_check_id === null ? null : { id: row.last_check_id, status: row.last_check_status ?? "" },
    },
    summary: row.summary === null ? null : (JSON.parse(row.summary) as RunSummary),
    failedChecks: row.failed_check_ids === null ? [] : (JSON.parse(row.failed_check_ids) as string[]),
    abort: row.abort_code === null ? null : { code: row.abort_code, message: row.abort_message ?? "" },
  };
}

/** The run with each check's outcome; `basePath` is where the surface serves this run. */
export function presentRunDetail(row: RunRow, basePath: string): ConformanceRunDetail {
  const report = parseReport(row);
  return {
    ...presentRun(row),
    checks: (report?.checks ?? []).map((check) => ({
      id: check.id,
      title: check.title,
      area: check.area,
      required: check.required,
      status: check.status,
      durationMs: check.durationMs,
      message:
        check.failure?.message ??
        check.skipReason ??
        (check.warnings.length > 0 ? check.warnings.join("; ") : null),
    })),
    reports:
      report === undefined
        ? null
        : { json: `${basePath}/report.json`, junit: `${basePath}/report.junit.xml` },
  };
}

export function parseReport(row: Pick<RunRow, "report">): ConformanceReport | undefined {
  return row.report === null ? undefined : (JSON.parse(row.report) as ConformanceReport);
}
