import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Rational } from "../../math/rational.ts";
import { grid, waysFixture } from "../test/fixtures.ts";
import { createWaysEvaluator } from "./ways-evaluator.ts";
import { compileWaysSlot } from "./ways-model.ts";
import { waysSlotEngine } from "./ways-slot.ts";

const compiled = compileWaysSlot(waysFixture());
if ("code" in compiled) throw new Error(compiled.message);
const { model } = compiled;
const evaluator = createWaysEvaluator(model);

describe("ways evaluation", () => {
  test("ways multiply the matching cells of each reel in the run", () => {
    // A: 2 on reel 1, A + W on reel 2, 3 on reel 3, none on reel 4 → 3 reels, 2 · 2 · 3 = 12 ways.
    const g = grid(model, ["A A A B B", "A W A B S", "B B A B B"]);
    assert.deepEqual(
      evaluator.detail(g).find((w) => w.symbol === "A"),
      { symbol: "A", count: 3, ways: 12, coins: 24 },
    );
  });

  test("a wild counts for every symbol on its reel", () => {
    // B on reel 1, only the wild on reel 2, B on reels 3 and 4: a 4-reel run, 1 way. A runs all
    // five reels: 2 · 3 · 2 · 2 · 3 ways (the wild counting for A on reel 2 as well).
    const g = grid(model, ["B W B B A", "A A A A A", "A A A A A"]);
    const wins = evaluator.detail(g);
    assert.deepEqual(
      wins.find((w) => w.symbol === "B"),
      { symbol: "B", count: 4, ways: 1, coins: 3 },
    );
    assert.deepEqual(
      wins.find((w) => w.symbol === "A"),
      { symbol: "A", count: 5, ways: 2 * 3 * 2 * 2 * 3, coins: 20 * 72 },
    );
  });

  test("a run must start on the first reel", () => {
    const g = grid(model, ["B A A A A", "B A A A A", "B A A A A"]);
    assert.equal(
      evaluator.detail(g).find((w) => w.symbol === "A"),
      undefined,
    );
  });

  test("hand-computed exact RTP of a tiny ways slot", () => {
    // 3 reels × 1 row, strips "A B": A A A (1/8) pays 4 coins, B B B pays 2; stake 1 coin.
    const r = waysSlotEngine.load(
      {
        ...waysFixture(),
        betCoins: 1,
        betLimits: { minMinor: 1, maxMinor: 10 },
        layout: { reels: 3, rows: 1 },
        symbols: [{ id: "A" }, { id: "B" }],
        reels: ["A B", "A B", "A B"],
        pays: { A: { "3": 4 }, B: { "3": 2 } },
        scatterPays: undefined,
      },
      { checkPublished: false },
    );
    assert.ok(r.ok);
    assert.ok(r.loaded.rtp.equals(Rational.of(6, 8)));
    assert.equal(r.loaded.analyze().hitFrequency, 2 / 8);
  });
});

describe("ways title rules", () => {
  test("a wild on the first reel is refused, naming the stop", () => {
    const r = waysSlotEngine.load(
      waysFixture({ reels: ["S A W A B", "A W B A B", "A B W A B", "A B A W B", "S A B A B"] }),
    );
    assert.ok(!r.ok && r.message.startsWith("reels[0][2]:"), !r.ok ? r.message : "");
  });

  test("a paying wild is refused", () => {
    const r = waysSlotEngine.load(waysFixture({ pays: { W: { "3": 5 }, A: { "3": 2 } } }));
    assert.ok(!r.ok && r.message.startsWith("pays.W:"), !r.ok ? r.message : "");
  });
});
