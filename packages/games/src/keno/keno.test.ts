import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { bundledCatalogue } from "../catalogue/bundled-titles.ts";
import { Rational } from "../math/rational.ts";
import { replayRound } from "../play-recorded.ts";
import { createCryptoRng } from "../rng/crypto-rng.ts";
import { replayDraws } from "../rng/recording.ts";
import {
  testKernelMatchesPlay,
  testPublishedVolatility,
  testSimulationAgainstPayTable,
  titlesOf,
} from "../test/title-checks.ts";
import type { KenoGame } from "./keno.ts";
import { hitProbability } from "./keno-math.ts";

const ten = bundledCatalogue().get("keno-ten")!.game as KenoGame;
const PICKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe("keno maths", () => {
  test("hit probabilities are hypergeometric and sum to one", () => {
    for (const spots of [1, 5, 10]) {
      const sum = Array.from({ length: spots + 1 }, (_, h) => hitProbability(spots, h)).reduce((a, b) =>
        a.add(b),
      );
      assert.ok(sum.equals(Rational.ONE));
    }
    // Ten of ten: C(70, 10) / C(80, 20) = 17 / 151 499 090, the classic "1 in 8 911 711".
    assert.ok(hitProbability(10, 10).equals(Rational.of(17, 151_499_090)));
    assert.equal(Math.round(1 / hitProbability(10, 10).toNumber()), 8_911_711);
  });
});

describe("keno rounds", () => {
  test("twenty distinct balls of 1..80 are drawn; matches pay the table's multiple", () => {
    // Draw indices 0 each time: the partial shuffle takes 1, 2, ..., 20 in order.
    const r = ten.play({ betMinor: 100, options: { picks: PICKS } }, replayDraws(new Array(20).fill(0)));
    assert.ok(r.ok);
    assert.deepEqual(
      r.display.drawn,
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    assert.equal(r.display.matched.length, 10);
    assert.equal(r.display.multiplier, 100_000);
    assert.equal(r.totalWinMinor, 10_000_000);

    const rng = createCryptoRng();
    for (let i = 0; i < 200; i++) {
      const round = ten.play({ betMinor: 10, options: { picks: PICKS } }, rng);
      assert.ok(round.ok);
      assert.equal(new Set(round.display.drawn).size, 20);
      assert.ok(round.display.drawn.every((n) => n >= 1 && n <= 80));
      assert.deepEqual(replayRound(ten, { betMinor: 10, options: { picks: PICKS } }, round.draws), round);
    }
  });

  test("without picks the engine quick-picks them, from recorded draws", () => {
    const r = ten.play({ betMinor: 10 }, createCryptoRng());
    assert.ok(r.ok);
    assert.equal(new Set(r.display.picks).size, 10);
    assert.equal(r.draws.length, 30);
    assert.deepEqual(replayRound(ten, { betMinor: 10 }, r.draws), r);
  });

  test("picks must be the title's number of distinct numbers of 1..80", () => {
    for (const picks of [
      [1, 2, 3],
      [...PICKS.slice(0, 9), 9],
      [...PICKS.slice(0, 9), 81],
      [...PICKS.slice(0, 9), 0.5],
    ]) {
      const r = ten.play({ betMinor: 10, options: { picks } }, createCryptoRng());
      assert.ok(!r.ok && r.code === "INVALID_OPTIONS", JSON.stringify(picks));
    }
  });
});

describe("bundled keno titles", () => {
  const titles = titlesOf("keno");
  test("at least two", () => assert.ok(titles.length >= 2));
  for (const { loaded, json } of titles) {
    const spots = (json as { spots: number }).spots;
    testPublishedVolatility(loaded);
    testKernelMatchesPlay(loaded, 10, 2000, { picks: Array.from({ length: spots }, (_, i) => i + 1) });
    testSimulationAgainstPayTable(loaded, json);
  }
});
