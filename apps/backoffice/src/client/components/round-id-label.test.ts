import assert from "node:assert/strict";
import { test } from "node:test";
import { roundIdLabel } from "./round-id-label.ts";

test("round id labels: a hashed id's start; a readable id's reference, its end when long", () => {
  assert.equal(roundIdLabel(`gr_${"3f1a9c0d2e".repeat(4)}`), "gr_3f1a9c0d2e3f1…");
  assert.equal(roundIdLabel("gr_acme_round-55120"), "round-55120");
  // Two built-in studio rounds opened in the same millisecond: their labels still differ.
  const a = roundIdLabel("gr_croupier-studio_sr_01m99abcde0123456789abcdef");
  const b = roundIdLabel("gr_croupier-studio_sr_01m99abcdefedcba9876543210");
  assert.equal(a, "…0123456789abcdef");
  assert.notEqual(a, b);
  // Anything else (an id quoted by hand, a future shape): its end, never the shared start.
  assert.equal(roundIdLabel("rnd_4k9t2m8q1x7z3v5b"), "…4k9t2m8q1x7z3v5b");
});
