import assert from "node:assert/strict";
import { test } from "node:test";
import { unknownDebitHandling } from "./unknown-debit-policy.ts";

const debit = { call_id: "c_9", amount_minor: 250, attempts: 0, player_id: "p1" };

test("native (and no endpoint): the rollback is queued as the contract says", () => {
  assert.deepEqual(unknownDebitHandling("native", debit, "timeout"), { kind: "rollback" });
  assert.deepEqual(unknownDebitHandling(undefined, debit, "timeout"), { kind: "rollback" });
});

test("GameHub: held for review, with the evidence a person needs", () => {
  const held = unknownDebitHandling("gamehub", debit, "no answer within 5000 ms");
  assert.equal(held.kind, "hold");
  const evidence = held.kind === "hold" ? held.evidence : "";
  for (const fact of [
    "c_9",
    "250 minor units",
    "player p1",
    "no answer within 5000 ms",
    "no attempt recorded",
  ]) {
    assert.ok(evidence.includes(fact), fact);
  }
  const sent = unknownDebitHandling("gamehub", { ...debit, attempts: 1 }, "HTTP status 500");
  assert.match(sent.kind === "hold" ? sent.evidence : "", /1 attempt\(s\) recorded/);
});
