import { runConformance, type ConformanceReport, type ProgressEvent } from "@croupier/conformance";
import type { ServiceDeps } from "../deps.ts";
import { MAX_RUN_DURATION_MS } from "./limits.ts";
import { finishRun, writeProgress, type FinishFields, type ProgressFields } from "./run-store.ts";
import type { RunTarget } from "./start-run.ts";

/** Runs the kit; injectable so a test can hold a run open without a slow wallet. */
export type KitRunner = typeof runConformance;

/**
 * Executes one run in the background: the kit against the operator's wallet, its progress
 * written to the run as it goes, then the verdict and the whole report. Never throws: a kit
 * failure is stored as `aborted` with code PLATFORM_ERROR and logged.
 *
 * `stop` (a shutdown) ends the run after the check in progress: the kit still rolls back what
 * that check applied and settles the test balances, and the run is stored `interrupted` with its
 * partial report. Past MAX_RUN_DURATION_MS the same happens, stored `aborted` (RUN_TIME_LIMIT).
 */
export async function executeRun(
  deps: Pick<ServiceDeps, "db" | "clock" | "logger">,
  target: RunTarget,
  stop: AbortSignal,
  kit: KitRunner = runConformance,
): Promise<void> {
  const deadline = AbortSignal.timeout(MAX_RUN_DURATION_MS);
  const progress = progressWriter(deps, target.runId);
  let report: ConformanceReport | undefined;
  try {
    report = await kit(target.options, {
      onProgress: (event) => progress.push(event),
      signal: AbortSignal.any([stop, deadline]),
    });
  } catch (error) {
    deps.logger.error({ err: error, runId: target.runId }, "conformance kit failed");
  }
  await progress.flush();
  try {
    await finishRun(deps.db, target.runId, outcome(report, deadline.aborted, deps.clock()));
  } catch (error) {
    // The database went away (a shutdown): the heartbeat sweep will mark the run interrupted.
    deps.logger.error({ err: error, runId: target.runId }, "could not store a conformance run's result");
  }
}

function outcome(report: ConformanceReport | undefined, timedOut: boolean, nowMs: number): FinishFields {
  if (report === undefined) {
    return {
      status: "aborted",
      finished_at_ms: nowMs,
      summary: null,
      failed_check_ids: null,
      abort_code: "PLATFORM_ERROR",
      abort_message: "The platform could not run the conformance kit; quote the run id to support.",
      report: null,
    };
  }
  const failed = report.checks.filter((c) => c.status === "fail").map((c) => c.id);
  const common = {
    finished_at_ms: nowMs,
    checks_done: report.checks.length,
    summary: JSON.stringify(report.summary),
    failed_check_ids: JSON.stringify(failed),
    report: JSON.stringify(report),
  };
  if (report.status !== "aborted" || report.abort === undefined) {
    return {
      ...common,
      status: report.status === "passed" ? "passed" : "failed",
      abort_code: null,
      abort_message: null,
    };
  }
  if (report.abort.code === "INTERRUPTED") {
    return timedOut
      ? {
          ...common,
          status: "aborted",
          abort_code: "RUN_TIME_LIMIT",
          abort_message: `The run took longer than ${MAX_RUN_DURATION_MS / 60_000} minutes and was stopped (${report.abort.message}).`,
        }
      : { ...common, status: "interrupted", abort_code: "INTERRUPTED", abort_message: report.abort.message };
  }
  return { ...common, status: "aborted", abort_code: report.abort.code, abort_message: report.abort.message };
}

/**
 * Writes progress without queueing: only the newest state matters, so while one write is in
 * flight later events just replace the pending state.
 */
function progressWriter(deps: Pick<ServiceDeps, "db" | "clock" | "logger">, runId: string) {
  let pending: ProgressFields | undefined;
  let writing: Promise<void> | undefined;
  let state: ProgressFields = {};

  async function drain(): Promise<void> {
    while (pending !== undefined) {
      const fields = pending;
      pending = undefined;
      try {
        await writeProgress(deps.db, runId, fields, deps.clock());
      } catch (error) {
        deps.logger.warn({ err: error, runId }, "could not write conformance run progress");
      }
    }
    writing = undefined;
  }

  return {
    push(event: ProgressEvent): void {
      if (event.type === "run-start") state = { ...state, checks_total: event.checks.length };
      else if (event.type === "check-start") state = { ...state, current_check_id: event.check.id };
      else if (event.type === "check-end") {
        state = {
          ...state,
          checks_done: event.index + 1,
          current_check_id: null,
          last_check_id: event.result.id,
          last_check_status: event.result.status,
        };
      } else return; // run-end: the final write stores the report
      pending = state;
      writing ??= drain();
    },
    async flush(): Promise<void> {
      while (writing !== undefined) await writing;
    },
  };
}
