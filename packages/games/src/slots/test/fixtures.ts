import type { SlotModel } from "../common/model.ts";

/**
 * A small line slot for rule tests: 5×3, four lines, wild W, scatter S, symbols A B C. Every
 * strip is the same ten stops, so stop 0 shows S A B (top to bottom) and stop 1 shows A B C.
 */
export function lineFixture(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const strip = "S A B C W A B C A B";
  return {
    id: "fixture-line",
    name: "Fixture",
    engine: "line-slot",
    published: { rtp: "00.00", volatility: "low" },
    betLimits: { minMinor: 4, maxMinor: 4000 },
    layout: { reels: 5, rows: 3 },
    symbols: [{ id: "W", kind: "wild" }, { id: "S", kind: "scatter" }, { id: "A" }, { id: "B" }, { id: "C" }],
    reels: [strip, strip, strip, strip, strip],
    lines: [
      [1, 1, 1, 1, 1],
      [0, 0, 0, 0, 0],
      [2, 2, 2, 2, 2],
      [0, 1, 2, 1, 0],
    ],
    pays: {
      W: { "3": 50, "4": 100, "5": 500 },
      A: { "3": 10, "4": 20, "5": 100 },
      B: { "2": 2, "3": 5, "4": 10, "5": 50 },
      C: { "3": 1, "5": 1000 },
    },
    scatterPays: { "3": 2, "4": 10 },
    freeSpins: { awards: { "3": 5 }, multiplier: 2, retrigger: true, maxSpins: 12 },
    ...overrides,
  };
}

/** A 5×3 ways fixture: wild W on reels 2–4 only, scatter S, symbols A B. */
export function waysFixture(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "fixture-ways",
    name: "Fixture Ways",
    engine: "ways-slot",
    betCoins: 10,
    published: { rtp: "00.00", volatility: "low" },
    betLimits: { minMinor: 10, maxMinor: 10000 },
    layout: { reels: 5, rows: 3 },
    symbols: [{ id: "W", kind: "wild" }, { id: "S", kind: "scatter" }, { id: "A" }, { id: "B" }],
    reels: ["S A B A B", "A W B A B", "A B W A B", "A B A W B", "S A B A B"],
    pays: { A: { "3": 2, "4": 5, "5": 20 }, B: { "3": 1, "4": 3, "5": 10 } },
    scatterPays: { "2": 1 },
    ...overrides,
  };
}

/** Builds `grid[reel * rows + row]` from rows written left to right: `["A A W", "B S C"]`. */
export function grid(model: SlotModel, rows: readonly string[]): Int32Array {
  const out = new Int32Array(model.reels * model.rows);
  rows.forEach((line, row) => {
    line.split(/\s+/).forEach((id, reel) => {
      const s = model.symbols.indexOf(id);
      if (s < 0) throw new Error(`unknown symbol ${id}`);
      out[reel * model.rows + row] = s;
    });
  });
  return out;
}
