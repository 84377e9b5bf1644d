import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { contractOf } from "../checks/contract-refs.ts";
import { ALL_CHECKS, selectChecks, type Check } from "../checks/index.ts";
import { createClassicWalletClient } from "../client/classic-client.ts";
import { createWalletClient, type WalletClient } from "../client/wallet-client.ts";
import { redactUrl, resolveOptions, type ConformanceOptions, type ResolvedOptions } from "../options.ts";
import { KIT_NAME, KIT_VERSION } from "../version.ts";
import { CallFactory } from "./calls.ts";
import { CheckContext } from "./check-context.ts";
import { settleBalances } from "./net-zero.ts";
import { CheckFailed, CheckSkipped } from "./outcomes.ts";
import { preflight } from "./preflight.ts";
import type {
  BalanceAccount,
  CheckInfo,
  CheckResult,
  ConformanceReport,
  ProgressEvent,
  RunAbort,
} from "./types.ts";

/** Hooks a caller may pass to follow a run. */
export interface RunHooks {
  /** Called synchronously at each step; an exception thrown here is ignored. */
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Stops the run after the check in progress (Ctrl-C). What that check applied is still rolled
   * back and the balances are still settled, so stopping never leaves money behind.
   */
  signal?: AbortSignal;
}

/**
 * Runs the conformance checks against an operator's callback URL, one after another (except
 * where concurrency is the point), and returns the report. Never throws for anything the
 * operator does: an unreachable URL or a wrong setup ends as `status: "aborted"`.
 *
 * @example
 * const report = await runConformance(
 *   { url: "https://casino.example/croupier", salt, players: ["cf-1", "cf-2"], currency: "EUR" },
 *   { onProgress: (e) => e.type === "check-end" && console.log(e.result.id, e.result.status) },
 * );
 * process.exitCode = report.status === "passed" ? 0 : report.status === "failed" ? 1 : 2;
 */
export async function runConformance(
  options: ConformanceOptions,
  hooks: RunHooks = {},
): Promise<ConformanceReport> {
  const startedAt = new Date();
  const started = performance.now();
  const emit = (event: ProgressEvent): void => {
    try {
      hooks.onProgress?.(event);
    } catch {
      // A broken progress display must not change the verdict.
    }
  };
  const finish = (
    resolved: Pick<ResolvedOptions, "runId"> & Partial<ResolvedOptions>,
    checks: CheckResult[],
    balances: BalanceAccount[],
    abort?: RunAbort,
  ): ConformanceReport => {
    const report = buildReport(
      options,
      resolved,
      startedAt,
      performance.now() - started,
      checks,
      balances,
      abort,
    );
    emit({ type: "run-end", report });
    return report;
  };

  const resolvedResult = resolveOptions(options, newRunId);
  if (!resolvedResult.ok) {
    return finish({ runId: options.runId ?? "" }, [], [], {
      code: "BAD_OPTIONS",
      message: resolvedResult.errors.join("; "),
    });
  }
  const resolved = resolvedResult.options;
  const selected = selectChecks(resolved.only);
  if (!selected.ok) {
    return finish(resolved, [], [], {
      code: "BAD_OPTIONS",
      message: `unknown check or area: ${selected.unknown.join(", ")} (known areas: ${[...new Set(ALL_CHECKS.map((c) => c.area))].join(", ")})`,
    });
  }

  const client = (resolved.profile === "classic" ? createClassicWalletClient : createWalletClient)({
    url: resolved.url,
    timeoutMs: resolved.timeoutMs,
  });
  try {
    const calls = new CallFactory(resolved);
    const pre = await preflight(resolved, client, calls);
    if (!pre.ok) return finish(resolved, [], [], pre.abort);
    const checks = selected.checks;
    emit({ type: "run-start", runId: resolved.runId, checks: checks.map(info) });
    const results: CheckResult[] = [];
    let interrupted: RunAbort | undefined;
    for (const [index, check] of checks.entries()) {
      if (hooks.signal?.aborted === true) {
        interrupted = { code: "INTERRUPTED", message: `stopped after ${index} of ${checks.length} checks` };
        break;
      }
      emit({ type: "check-start", check: info(check), index, total: checks.length });
      const result = await runOne(check, resolved, client, calls, pre.preflight.clockSkewSeconds);
      results.push(result);
      emit({ type: "check-end", result, index, total: checks.length });
    }
    const settleCtx = new CheckContext({ options: resolved, client, calls });
    const failedIds = results.filter((r) => r.status === "fail").map((r) => r.id);
    const balances = await settleBalances(settleCtx, pre.preflight.startBalances, failedIds);
    return finish(resolved, results, balances, interrupted);
  } finally {
    await client.close();
  }
}

async function runOne(
  check: Check,
  options: ResolvedOptions,
  client: WalletClient,
  calls: CallFactory,
  clockSkewSeconds: number | undefined,
): Promise<CheckResult> {
  const ctx = new CheckContext(
    clockSkewSeconds === undefined
      ? { options, client, calls }
      : { options, client, calls, clockSkewSeconds },
  );
  if (options.profile === "classic" && check.nativeOnly !== undefined) {
    return {
      ...info(check),
      status: "skip",
      skipReason: check.nativeOnly,
      durationMs: 0,
      warnings: [],
      calls: 0,
    };
  }
  const started = performance.now();
  let outcome: Pick<CheckResult, "status"> & Partial<Pick<CheckResult, "failure" | "skipReason">>;
  try {
    await check.run(ctx);
    outcome = { status: ctx.warnings.length > 0 ? "warn" : "pass" };
  } catch (error) {
    if (error instanceof CheckFailed) {
      const { ref, hint } = contractOf(check);
      outcome = { status: "fail", failure: { ...error.failure, contract: ref, hint } };
    } else if (error instanceof CheckSkipped) outcome = { status: "skip", skipReason: error.message };
    else {
      // A bug in the kit, not in the wallet: say so rather than blame the operator silently.
      outcome = {
        status: "fail",
        failure: {
          message: `the kit itself failed: ${error instanceof Error ? error.message : String(error)}`,
          expected: "the check to run to completion",
          actual: error instanceof Error && error.stack !== undefined ? error.stack : String(error),
          exchanges: ctx.exchanges.slice(-3),
          hint: "a bug in the kit, not in the wallet: please report it with this output",
        },
      };
    }
  }
  const durationMs = Math.round(performance.now() - started);
  const left = await ctx.rollBackOpenCalls().catch(() => []);
  if (left.length > 0) {
    ctx.warn(`could not roll back ${left.map((c) => `${c.action} ${c.call_id} of ${c.amount}`).join(", ")}`);
  }
  return {
    ...info(check),
    ...outcome,
    durationMs,
    warnings: [...ctx.warnings],
    ...(Object.keys(ctx.metrics).length > 0 ? { metrics: { ...ctx.metrics } } : {}),
    calls: ctx.exchanges.length,
  };
}

function info(check: Check): CheckInfo {
  return {
    id: check.id,
    title: check.title,
    area: check.area,
    required: check.required,
    description: check.description,
  };
}

/** A short random namespace: 10 base-36 characters, unique per run in practice. */
function newRunId(): string {
  return BigInt(`0x${randomBytes(8).toString("hex")}`)
    .toString(36)
    .slice(0, 10)
    .padStart(10, "0");
}

function buildReport(
  input: ConformanceOptions,
  options: Partial<ResolvedOptions> & Pick<ResolvedOptions, "runId">,
  startedAt: Date,
  durationMs: number,
  checks: CheckResult[],
  balances: BalanceAccount[],
  abort?: RunAbort,
): ConformanceReport {
  const count = (predicate: (c: CheckResult) => boolean): number => checks.filter(predicate).length;
  const requiredFailed = count((c) => c.status === "fail" && c.required);
  return {
    kit: { name: KIT_NAME, version: KIT_VERSION },
    protocolVersion: 1,
    runId: options.runId,
    target: {
      url: redactUrl(options.url ?? String(input.url ?? "")),
      players: options.players ?? input.players ?? [],
      currency: options.currency ?? String(input.currency ?? ""),
      windowSeconds: options.windowSeconds ?? input.windowSeconds ?? 0,
      timeoutMs: options.timeoutMs ?? input.timeoutMs ?? 0,
      requireBodySignature: options.requireBodySignature ?? input.requireBodySignature === true,
      profile:
        options.profile ?? (input.profile === undefined || input.profile === "native" ? "native" : "classic"),
    },
    startedAt: startedAt.toISOString(),
    finishedAt: new Date(startedAt.getTime() + durationMs).toISOString(),
    durationMs: Math.round(durationMs),
    status: abort !== undefined ? "aborted" : requiredFailed > 0 ? "failed" : "passed",
    ...(abort === undefined ? {} : { abort }),
    summary: {
      total: checks.length,
      passed: count((c) => c.status === "pass"),
      warned: count((c) => c.status === "warn"),
      failed: count((c) => c.status === "fail"),
      requiredFailed,
      advisoryFailed: count((c) => c.status === "fail" && !c.required),
      skipped: count((c) => c.status === "skip"),
    },
    checks,
    balances,
  };
}
