import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { runConformance } from "../runner/run-conformance.ts";
import type { ConformanceReport } from "../runner/types.ts";
import { kitOptions, runAgainst } from "../testing/harness.ts";
import { toJson } from "./json-report.ts";
import { toJunitXml } from "./junit-report.ts";
import { toText } from "./text-report.ts";

/** Checks that tags open and close in order: enough to catch broken escaping or nesting. */
function assertBalancedXml(xml: string): void {
  const stack: string[] = [];
  for (const match of xml.matchAll(/<(\/?)([A-Za-z][\w-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing === "/") continue;
    if (closing === "/") assert.equal(stack.pop(), name, `</${name}> closes the wrong element`);
    else stack.push(name as string);
  }
  assert.deepEqual(stack, [], "every element is closed");
  assert.doesNotMatch(xml.replace(/<\?xml[^>]*\?>/, ""), /<(?![/A-Za-z])/, "no raw < in text");
}

describe("report formats", () => {
  let failed: ConformanceReport;
  let passed: ConformanceReport;
  before(async () => {
    failed = (await runAgainst("late-original-applied")).report;
    passed = (await runAgainst("none")).report;
  });

  it("JSON carries the run, every check and the failure's evidence", () => {
    const json = JSON.parse(toJson(failed)) as ConformanceReport;
    assert.equal(json.status, "failed");
    assert.equal(json.protocolVersion, 1);
    assert.equal(json.kit.name, "@croupier/conformance");
    assert.match(json.runId, /^[a-z0-9]+$/);
    assert.deepEqual(Object.keys(json.summary).sort(), [
      "advisoryFailed",
      "failed",
      "passed",
      "requiredFailed",
      "skipped",
      "total",
      "warned",
    ]);
    assert.equal(json.summary.total, json.checks.length);
    assert.equal(json.summary.requiredFailed, 1);
    for (const check of json.checks) {
      assert.equal(typeof check.id, "string");
      assert.equal(typeof check.required, "boolean");
      assert.ok(["pass", "fail", "warn", "skip"].includes(check.status));
      assert.equal(typeof check.durationMs, "number");
    }
    const late = json.checks.find((c) => c.id === "rollback.late-original");
    assert.equal(late?.status, "fail");
    assert.equal(late?.failure?.expected, "error ROLLED_BACK");
    assert.match(late?.failure?.actual ?? "", /^ok, balance \d+$/);
    const exchange = late?.failure?.exchanges.at(-1);
    assert.match(exchange?.request.body ?? "", /"action":"debit"/);
    assert.equal(exchange?.response?.status, 200);
    assert.match(exchange?.response?.body ?? "", /"status":"ok"/);
    assert.equal(json.balances.length, 2);
  });

  it("JSON never contains the salt", () => {
    assert.doesNotMatch(toJson(failed), /conformance-test-salt/);
    assert.doesNotMatch(toJunitXml(failed), /conformance-test-salt/);
  });

  it("JUnit has one test case per check, failures typed required or advisory, skips as <skipped>", () => {
    const xml = toJunitXml(failed);
    assertBalancedXml(xml);
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="croupier-conformance"/);
    assert.equal(xml.match(/<testcase /g)?.length, failed.checks.length);
    assert.match(xml, new RegExp(`<testsuites [^>]*tests="${failed.checks.length}" failures="1"`));
    assert.match(
      xml,
      /<testcase classname="conformance\.rollback" name="rollback\.late-original" time="[\d.]+">\s*<failure type="required" message="[^"]+">[^<]*expected: error ROLLED_BACK/,
    );
    assert.match(xml, /name="security\.body-signature"[^>]*>\s*<skipped message="[^"]+"\/>/);
    assert.equal(xml.match(/<failure /g)?.length, 1);
  });

  it("JUnit escapes what a wallet answered, control characters included", () => {
    const nasty: ConformanceReport = {
      ...failed,
      checks: failed.checks.map((c) =>
        c.failure === undefined
          ? c
          : {
              ...c,
              failure: { ...c.failure, message: `bad "<answer>" & more\u0001`, actual: "]]></failure><x>" },
            },
      ),
    };
    const xml = toJunitXml(nasty);
    assertBalancedXml(xml);
    assert.match(xml, /message="bad &quot;&lt;answer&gt;&quot; &amp; more\uFFFD"/);
    assert.match(xml, /\]\]&gt;&lt;\/failure&gt;&lt;x&gt;/);
  });

  it("an aborted run is one failing 'setup' test case in JUnit and says why in text", async () => {
    const aborted = await runConformance(kitOptions("http://127.0.0.1:9/wallet", { timeoutMs: 500 }));
    const xml = toJunitXml(aborted);
    assertBalancedXml(xml);
    assert.match(
      xml,
      /<testcase classname="conformance\.setup" name="setup"[^>]*>\s*<failure type="aborted"/,
    );
    assert.match(toText(aborted), /ABORTED \(UNREACHABLE\)/);
    assert.equal(JSON.parse(toJson(aborted)).abort.code, "UNREACHABLE");
  });

  it("the text report lists failures with evidence and the balances", () => {
    const text = toText(failed);
    assert.match(text, /FAIL rollback\.late-original \(required\)/);
    assert.match(text, /expected: error ROLLED_BACK/);
    assert.match(text, /> late original, attempt 1: \{"action":"debit"/);
    assert.match(text, /< HTTP 200 \{"status":"ok"/);
    assert.match(text, /net zero after a balancing credit of 100/);
    assert.match(text, /FAILED: 1 required check\(s\) failed\./);
    assert.match(toText(passed), /PASSED: every required check passed\./);
  });
});
