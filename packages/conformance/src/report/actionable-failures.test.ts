import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ALL_CHECKS } from "../checks/index.ts";
import { contractLine, contractOf } from "../checks/contract-refs.ts";
import { runAgainst } from "../testing/harness.ts";
import { toJunitXml } from "./junit-report.ts";
import { toText } from "./text-report.ts";

/** The headings of docs/protocol.md, the callback contract, as their anchors. */
const CONTRACT_ANCHORS = [
  "transport",
  "request-fields",
  "body-signature",
  "responses",
  "error-codes",
  "operator-duties",
  "sender-duties",
  "compatibility-profile",
  "test-vectors",
];
const DUTIES = ["1 Idempotency", "2 Rollback", "3 Atomicity"];

describe("failing checks say what to read and where to look", () => {
  it("every check names a section of the contract and has its own hint", () => {
    for (const check of ALL_CHECKS) {
      const { ref, hint } = contractOf(check);
      assert.equal(ref.document, "docs/protocol.md", check.id);
      assert.ok(CONTRACT_ANCHORS.includes(ref.anchor), `${check.id}: ${ref.anchor}`);
      if (ref.anchor === "operator-duties") assert.ok(DUTIES.includes(ref.duty ?? ""), `${check.id}: duty`);
      assert.notEqual(hint, "compare the exchanges below with the section", `${check.id} has its own hint`);
      assert.ok(hint.length > 20 && !hint.includes("\n"), `${check.id}: one line`);
    }
    const duty = contractOf({ id: "concurrency.no-overdraft", area: "concurrency" }).ref;
    assert.equal(contractLine(duty), "Operator duties, duty 3 Atomicity (docs/protocol.md#operator-duties)");
  });

  it("a wallet that applies concurrent copies of one debit: 'applied', the copy that answered differently, and a net-zero note that blames no rollback", async () => {
    const { report } = await runAgainst("no-dedup");
    const check = report.checks.find((c) => c.id === "idempotency.replay-concurrent");
    const failure = check?.failure;
    assert.ok(failure !== undefined, "the concurrent replay check fails");
    assert.match(
      failure.message,
      /the same debit \(one call_id, 20 copies at once\) was applied (twice|\d+ times, not once)/,
    );
    assert.match(failure.expected, /^applied once: balance \d+, every copy answering ok with balance \d+$/);
    const shown = /copy (\d+) answered ok, balance (\d+) where copy (\d+) answered ok, balance (\d+)/.exec(
      failure.actual,
    );
    assert.ok(shown !== null, failure.actual);
    assert.notEqual(shown[1], shown[3]);
    assert.notEqual(shown[2], shown[4], "the two copies' answers differ");
    assert.equal(failure.exchanges.length, 2, "the applied copy and the one that answered differently");
    assert.deepEqual(
      failure.exchanges.map((e) => e.label),
      [`debit 100 #${shown[3]}`, `debit 100 #${shown[1]}`],
    );
    assert.deepEqual(failure.contract, {
      document: "docs/protocol.md",
      section: "Operator duties",
      anchor: "operator-duties",
      duty: "1 Idempotency",
    });
    assert.match(failure.hint ?? "", /unique key/);

    const text = toText(report);
    assert.match(
      text,
      /contract: Operator duties, duty 1 Idempotency \(docs\/protocol\.md#operator-duties\)/,
    );
    assert.match(text, /usual cause: the call_id is looked up before the transaction/);
    assert.match(toJunitXml(report), /contract: Operator duties, duty 1 Idempotency/);

    for (const account of report.balances) {
      assert.doesNotMatch(account.note, /rollback/i, `${account.playerId}: ${account.note}`);
    }
    const drifted = report.balances.find((b) => b.balancingMinor !== 0);
    assert.ok(drifted !== undefined, "the double debits left a difference the kit balanced");
    assert.match(
      drifted.note,
      /the checks left it \d+ (lower|higher); failed checks: .*idempotency\.replay-concurrent/,
    );
  });

  it("every failing check of a broken wallet carries its section and hint", async () => {
    const { report } = await runAgainst("rollback-unknown-pays");
    const failed = report.checks.filter((c) => c.status === "fail");
    assert.ok(failed.length > 0);
    for (const check of failed) {
      assert.equal(check.failure?.contract?.anchor, "operator-duties", check.id);
      assert.equal(check.failure?.contract?.duty, "2 Rollback", check.id);
      assert.ok((check.failure?.hint ?? "").length > 0, check.id);
    }
  });
});
