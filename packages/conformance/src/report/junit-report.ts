import { contractLine } from "../checks/contract-refs.ts";
import type { CheckResult, ConformanceReport, Exchange } from "../runner/types.ts";

/**
 * The report as JUnit XML, one `<testcase>` per check, so that CI systems show it natively.
 * Required failures are `<failure type="required">`; advisory ones `<failure type="advisory">`
 * (CI shows them, the exit code ignores them); skipped checks are `<skipped>`; warnings go to
 * `<system-out>`. An aborted run is one failing test case named `setup`.
 *
 * @example
 * await writeFile("conformance.xml", toJunitXml(report));
 */
export function toJunitXml(report: ConformanceReport): string {
  const cases = report.checks.map(testCase);
  if (report.abort !== undefined) {
    cases.unshift(
      `    <testcase classname="conformance.setup" name="setup" time="0">\n` +
        `      <failure type="aborted" message="${attr(report.abort.message)}">${text(
          [`${report.abort.code}: ${report.abort.message}`, ...exchangeLines(report.abort.exchange)].join(
            "\n",
          ),
        )}</failure>\n    </testcase>`,
    );
  }
  const tests = cases.length;
  const failures = report.summary.failed + (report.abort === undefined ? 0 : 1);
  const seconds = (report.durationMs / 1000).toFixed(3);
  const suite = attr(`croupier-conformance ${report.target.url}`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="croupier-conformance" tests="${tests}" failures="${failures}" errors="0" skipped="${report.summary.skipped}" time="${seconds}">`,
    `  <testsuite name="${suite}" tests="${tests}" failures="${failures}" errors="0" skipped="${report.summary.skipped}" time="${seconds}" timestamp="${attr(report.startedAt)}">`,
    `    <properties>`,
    `      <property name="runId" value="${attr(report.runId)}"/>`,
    `      <property name="status" value="${attr(report.status)}"/>`,
    `      <property name="kitVersion" value="${attr(report.kit.version)}"/>`,
    `    </properties>`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    ``,
  ].join("\n");
}

function testCase(check: CheckResult): string {
  const open = `    <testcase classname="conformance.${attr(check.area)}" name="${attr(check.id)}" time="${(check.durationMs / 1000).toFixed(3)}"`;
  const body: string[] = [];
  if (check.status === "fail" && check.failure !== undefined) {
    const f = check.failure;
    const details = [
      f.message,
      `expected: ${f.expected}`,
      `actual:   ${f.actual}`,
      ...(f.contract === undefined ? [] : [`contract: ${contractLine(f.contract)}`]),
      ...(f.hint === undefined ? [] : [`usual cause: ${f.hint}`]),
      ...(f.balances ?? []).map(
        (b) => `balance of ${b.playerId}: before ${b.before ?? "?"}, after ${b.after ?? "?"}`,
      ),
      ...f.exchanges.flatMap(exchangeLines),
    ].join("\n");
    body.push(
      `      <failure type="${check.required ? "required" : "advisory"}" message="${attr(f.message)}">${text(details)}</failure>`,
    );
  }
  if (check.status === "skip") body.push(`      <skipped message="${attr(check.skipReason ?? "skipped")}"/>`);
  if (check.warnings.length > 0) {
    body.push(`      <system-out>${text(check.warnings.map((w) => `WARN: ${w}`).join("\n"))}</system-out>`);
  }
  return body.length === 0 ? `${open}/>` : `${open}>\n${body.join("\n")}\n    </testcase>`;
}

function exchangeLines(exchange: Exchange | undefined): string[] {
  if (exchange === undefined) return [];
  const answer =
    exchange.response === undefined
      ? `no answer: ${exchange.error ?? "?"}`
      : `HTTP ${exchange.response.status} ${exchange.response.body}`;
  return [`> ${exchange.label}: POST ${exchange.request.body}`, `< ${answer} (${exchange.durationMs} ms)`];
}

/** Characters XML 1.0 cannot carry at all; a wallet's answer may contain anything. */
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const INVALID_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function attr(value: string): string {
  return text(value)
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}
