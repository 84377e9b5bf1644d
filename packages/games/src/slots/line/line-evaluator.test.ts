import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { countScatters } from "../common/model.ts";
import { grid, lineFixture } from "../test/fixtures.ts";
import { createLineEvaluator } from "./line-evaluator.ts";
import { compileLineSlot, runPay } from "./line-model.ts";

const compiled = compileLineSlot(lineFixture());
if ("code" in compiled) throw new Error(compiled.message);
const { model } = compiled;
const evaluator = createLineEvaluator(model);

/** Wins on the middle line (line 0) for a middle row; top and bottom rows filled with C S C S C noise. */
function middle(row: string) {
  const g = grid(model, ["S C S C S", row, "S C S C S"]);
  return evaluator.detail(g).filter((w) => w.line === 0);
}

describe("payline evaluation", () => {
  test("runs start on the leftmost reel", () => {
    assert.deepEqual(middle("C A A A A"), []);
    assert.deepEqual(middle("A A A C A"), [{ line: 0, symbol: "A", count: 3, coins: 10 }]);
  });

  test("a wild substitutes inside the run", () => {
    assert.deepEqual(middle("A W A B C"), [{ line: 0, symbol: "A", count: 3, coins: 10 }]);
    assert.deepEqual(middle("W A W A B"), [{ line: 0, symbol: "A", count: 4, coins: 20 }]);
  });

  test("a wild-only line pays the wild's own pay", () => {
    assert.deepEqual(middle("W W W W W"), [{ line: 0, symbol: "W", count: 5, coins: 500 }]);
  });

  test("each line pays only its best option", () => {
    // W W W alone is worth 50; as B B B B (wilds substituting) it is worth 10: the wild pay wins.
    assert.deepEqual(middle("W W W B C"), [{ line: 0, symbol: "W", count: 3, coins: 50 }]);
    // W W W + A A = A×5 = 100 beats W×3 = 50.
    assert.deepEqual(middle("W W W A A"), [{ line: 0, symbol: "A", count: 5, coins: 100 }]);
  });

  test("the scatter is not substituted and ends a run", () => {
    assert.deepEqual(middle("A A S A A"), []);
    assert.deepEqual(middle("W W S A A"), []);
    assert.deepEqual(middle("S A A A A"), []);
  });

  test("a count pays the largest listed count at or below it", () => {
    // C lists 3 and 5: four Cs pay the 3 entry.
    assert.deepEqual(middle("C C C C A"), [{ line: 0, symbol: "C", count: 4, coins: 1 }]);
    assert.deepEqual(middle("B B A A A"), [{ line: 0, symbol: "B", count: 2, coins: 2 }]);
  });

  test("every line is scored and summed", () => {
    const g = grid(model, ["A A A C C", "B B B B B", "C C C B B"]);
    const wins = evaluator.detail(g);
    assert.deepEqual(
      wins.map((w) => [w.line, w.symbol, w.count, w.coins]),
      [
        [0, "B", 5, 50],
        [1, "A", 3, 10],
        [2, "C", 3, 1],
      ],
    );
    assert.equal(evaluator.coins(g), 61);
  });

  test("scatters count anywhere on the grid, on a line or not", () => {
    const g = grid(model, ["S A A C C", "B B B S B", "C C C B S"]);
    assert.equal(countScatters(model, g), 3);
    assert.equal(model.scatterCoins[3], 2 * 4, "3 scatters pay 2 × the total bet of 4 coins");
  });

  test("the analysis' run automaton agrees with the evaluator on random grids", () => {
    // line-expectation and line-enumeration score runs with runPay; the engine uses the
    // evaluator: two implementations of the rules, compared on 20 000 random grids.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % model.symbols.length;
    for (let i = 0; i < 20_000; i++) {
      const g = Int32Array.from({ length: 15 }, next);
      let expected = 0;
      for (const line of model.lines) {
        let target = -1;
        let wilds = 0;
        let k = 0;
        for (; k < 5; k++) {
          const x = g[k * 3 + line[k]!]!;
          if (target < 0 && x === model.wild) wilds++;
          else if (target < 0 && x !== model.scatter) target = x;
          else if (!(target >= 0 && (x === target || x === model.wild))) break;
        }
        expected += runPay(model, target, wilds, k);
      }
      assert.equal(evaluator.coins(g), expected, `grid ${Array.from(g)}`);
    }
  });
});
