import { contractLine } from "../checks/contract-refs.ts";
import type { CheckResult, ConformanceReport, Exchange } from "../runner/types.ts";
import { plain, statusLabel, type Painter } from "./style.ts";

/**
 * The report for people: a summary, every failure with its evidence (calls sent, answers,
 * balances, what was expected), warnings, and where the test players' balances were left.
 *
 * @example
 * process.stdout.write(toText(report, painterFor(process.stdout)));
 */
export function toText(report: ConformanceReport, paint: Painter = plain): string {
  const lines: string[] = [];
  const s = report.summary;
  lines.push("");
  lines.push(paint("bold", `Croupier conformance ${report.kit.version} — ${report.target.url}`));
  lines.push(
    `run ${report.runId}, players ${report.target.players.join(", ")}, ${report.target.currency}` +
      (report.target.profile === "classic" ? ", compatibility (classic) profile" : ""),
  );
  if (report.abort !== undefined && report.abort.code !== "INTERRUPTED") {
    lines.push("", paint("red", `ABORTED (${report.abort.code}): ${report.abort.message}`));
    lines.push(...exchangeLines(report.abort.exchange));
    lines.push("", "No check ran. Nothing was changed.", "");
    return lines.join("\n");
  }
  lines.push(
    `${s.total} checks in ${(report.durationMs / 1000).toFixed(1)} s: ${s.passed} passed, ${s.warned} with warnings, ` +
      `${s.requiredFailed} required failed, ${s.advisoryFailed} advisory failed, ${s.skipped} skipped`,
  );
  const failed = report.checks.filter((c) => c.status === "fail");
  for (const check of failed) lines.push("", ...failureLines(check, paint));
  const warned = report.checks.filter((c) => c.warnings.length > 0);
  if (warned.length > 0) {
    lines.push("", paint("yellow", "Warnings"));
    for (const check of warned) for (const w of check.warnings) lines.push(`  ${check.id}: ${w}`);
  }
  const skipped = report.checks.filter((c) => c.status === "skip");
  if (skipped.length > 0) {
    lines.push("", paint("gray", "Skipped"));
    for (const check of skipped) lines.push(`  ${check.id}: ${check.skipReason ?? ""}`);
  }
  lines.push("", "Test player balances");
  for (const b of report.balances) {
    const where = b.startMinor === undefined ? "" : ` (${b.startMinor} → ${b.endMinor ?? "?"})`;
    lines.push(`  ${b.playerId}: ${b.note}${where}`);
  }
  const verdict =
    report.abort !== undefined
      ? paint("yellow", `INTERRUPTED: ${report.abort.message}; no verdict.`)
      : report.status === "passed"
        ? paint("green", "PASSED: every required check passed.")
        : paint("red", `FAILED: ${s.requiredFailed} required check(s) failed.`);
  lines.push("", verdict, "");
  return lines.join("\n");
}

function failureLines(check: CheckResult, paint: Painter): string[] {
  const f = check.failure;
  const head = `${statusLabel("fail", check.required, paint)} ${paint("bold", check.id)} ${check.required ? "(required)" : "(advisory)"} — ${check.title}`;
  if (f === undefined) return [head];
  const lines = [head, `  ${f.message}`, `  expected: ${f.expected}`, `  actual:   ${f.actual}`];
  if (f.contract !== undefined) lines.push(`  contract: ${contractLine(f.contract)}`);
  if (f.hint !== undefined) lines.push(`  usual cause: ${f.hint}`);
  for (const b of f.balances ?? []) {
    lines.push(`  balance of ${b.playerId}: before ${b.before ?? "?"}, after ${b.after ?? "?"}`);
  }
  for (const exchange of f.exchanges) lines.push(...exchangeLines(exchange).map((l) => `  ${l}`));
  return lines;
}

function exchangeLines(exchange: Exchange | undefined): string[] {
  if (exchange === undefined) return [];
  const answer =
    exchange.response === undefined
      ? `no answer: ${exchange.error ?? "?"}`
      : `HTTP ${exchange.response.status} ${exchange.response.body.trim()}`;
  return [`> ${exchange.label}: ${exchange.request.body}`, `< ${answer} (${exchange.durationMs} ms)`];
}
