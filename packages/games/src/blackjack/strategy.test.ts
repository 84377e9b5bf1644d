import assert from "node:assert/strict";
import { test } from "node:test";
import type { BlackjackRules } from "./rules.ts";
import { basicStrategy, DOUBLE, HIT, SPLIT, STAND } from "./strategy.ts";

const S17: BlackjackRules = {
  decks: 6,
  dealerHitsSoft17: false,
  blackjackPays: [3, 2],
  doubleAfterSplit: true,
  maxHands: 4,
};
const H17: BlackjackRules = { ...S17, dealerHitsSoft17: true };

test("basic strategy: textbook decisions and the H17 changes", () => {
  const d = (
    rules: BlackjackRules,
    total: number,
    soft: boolean,
    pair: number,
    up: number,
    canDouble = true,
    canSplit = true,
  ) => basicStrategy(rules, total, soft, pair, canDouble, canSplit, up);
  assert.equal(d(S17, 11, false, 0, 6), DOUBLE);
  assert.equal(d(S17, 11, false, 0, 1), HIT);
  assert.equal(d(H17, 11, false, 0, 1), DOUBLE);
  assert.equal(d(S17, 16, false, 0, 10), HIT);
  assert.equal(d(S17, 12, false, 0, 4), STAND);
  assert.equal(d(S17, 18, true, 0, 9), HIT);
  assert.equal(d(S17, 18, true, 0, 4), DOUBLE);
  assert.equal(d(S17, 18, true, 0, 4, false), STAND, "double-or-stand without a double");
  assert.equal(d(H17, 19, true, 0, 6), DOUBLE);
  assert.equal(d(S17, 16, false, 8, 1), SPLIT);
  assert.equal(d(S17, 16, false, 8, 1, true, false), HIT, "no split left: play the total");
  assert.equal(d(S17, 20, false, 10, 6), STAND);
  assert.equal(d(S17, 18, false, 9, 7), STAND);
  assert.equal(d(S17, 10, false, 5, 9), DOUBLE, "fives are played as ten");
});
