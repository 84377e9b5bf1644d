import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Rational } from "../../math/rational.ts";
import { replayRound } from "../../play-recorded.ts";
import { replayDraws } from "../../rng/recording.ts";
import { createCryptoRng } from "../../rng/crypto-rng.ts";
import type { SlotDisplay } from "../common/play-slot.ts";
import type { SlotGame } from "../common/slot-title.ts";
import { lineFixture } from "../test/fixtures.ts";
import type { LineWin } from "./line-evaluator.ts";
import { lineSlotEngine } from "./line-slot.ts";

function load(json: Record<string, unknown>) {
  const r = lineSlotEngine.load(json, { checkPublished: false });
  if (!r.ok) throw new Error(r.message);
  return { loaded: r.loaded, game: r.loaded.game as SlotGame<LineWin> };
}

function play(game: SlotGame<LineWin>, draws: number[], betMinor = 8) {
  const r = game.play({ betMinor }, replayDraws(draws));
  if (!r.ok) throw new Error(r.message);
  return r as typeof r & { display: SlotDisplay<LineWin> };
}

const S_ON_TOP = [0, 0, 0]; // stop 0 shows S A B: a scatter on the top row
const NO_S = [1, 1]; // stop 1 shows A B C

describe("line slot rounds", () => {
  const { game } = load(lineFixture());

  test("three scatters anywhere trigger free spins; retriggers add spins up to the cap", () => {
    const plain = [1, 1, 1, 1, 1];
    const draws = [
      ...S_ON_TOP,
      ...NO_S, // base: trigger, 5 spins
      ...S_ON_TOP,
      ...NO_S, // free spin 1: retrigger, +5 (10 awarded)
      ...S_ON_TOP,
      ...NO_S, // free spin 2: retrigger capped at 12 → +2
      ...plain,
      ...plain,
      ...plain,
      ...plain,
      ...plain,
      ...plain,
      ...plain,
      ...plain,
      ...plain,
      ...plain,
    ];
    const r = play(game, draws);
    const d = r.display;
    assert.equal(d.base.scatters, 3);
    assert.equal(d.base.spinsAwarded, 5);
    assert.equal(d.freeSpins.length, 12);
    assert.deepEqual(
      d.freeSpins.map((s) => s.spinsAwarded),
      [5, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    );
    assert.ok(d.freeSpins.every((s) => s.multiplier === 2));
    assert.equal(r.draws.length, draws.length, "every draw consumed, none left");
  });

  test("free-spin wins are multiplied; the total is the sum of every spin", () => {
    const draws = [...S_ON_TOP, ...NO_S, ...Array(25).fill(1)];
    const { display: d, totalWinMinor } = play(game, draws);
    const free = d.freeSpins[0]!;
    const lineCoins = free.wins.reduce((s, w) => s + w.coins, 0);
    assert.ok(lineCoins > 0);
    assert.equal(free.winCoins, (lineCoins + free.scatterCoins) * 2);
    const total = d.base.winCoins + d.freeSpins.reduce((s, f) => s + f.winCoins, 0);
    assert.equal(d.totalWinCoins, total);
    assert.equal(totalWinMinor, total * d.coinValueMinor);
    assert.equal(d.coinValueMinor, 2, "8 minor units over 4 coins");
  });

  test("the scatter pays anywhere in the base game, as a multiple of the total bet", () => {
    const { display: d } = play(game, [...S_ON_TOP, ...NO_S, ...Array(25).fill(1)]);
    assert.equal(d.base.scatterCoins, 2 * 4);
  });

  test("without retrigger, scatters in free spins award nothing", () => {
    const { game: noRetrigger } = load(
      lineFixture({ freeSpins: { awards: { "3": 2 }, multiplier: 1, retrigger: false, maxSpins: 2 } }),
    );
    const r = play(noRetrigger, [...S_ON_TOP, ...NO_S, ...S_ON_TOP, ...NO_S, 1, 1, 1, 1, 1]);
    assert.deepEqual(
      r.display.freeSpins.map((s) => [s.scatters, s.spinsAwarded]),
      [
        [3, 0],
        [0, 0],
      ],
    );
  });

  test("stops, grid and draws describe what the player saw", () => {
    const r = play(game, [3, 4, 5, 6, 7]);
    assert.deepEqual(r.display.base.stops, [3, 4, 5, 6, 7]);
    assert.deepEqual(r.display.base.grid[0], ["C", "W", "A"]); // strip from stop 3: C W A
    assert.deepEqual(r.draws, [3, 4, 5, 6, 7]);
  });

  test("replaying the draws gives the identical outcome; foreign draws are refused", () => {
    const rng = createCryptoRng();
    for (let i = 0; i < 200; i++) {
      const r = game.play({ betMinor: 40 }, rng);
      assert.ok(r.ok);
      assert.deepEqual(replayRound(game, { betMinor: 40 }, r.draws), r);
    }
    assert.equal(replayRound(game, { betMinor: 40 }, [1, 1, 1, 1]).ok, false, "too few draws");
    const extra = replayRound(game, { betMinor: 40 }, [1, 1, 1, 1, 1, 1]);
    assert.ok(!extra.ok && extra.code === "INVALID_DRAWS");
    const range = replayRound(game, { betMinor: 40 }, [1, 1, 1, 1, 10]);
    assert.ok(!range.ok && range.code === "INVALID_DRAWS" && /outside \[0, 10\)/.test(range.message));
  });

  test("stakes must be whole coins inside the limits", () => {
    for (const betMinor of [0, -4, 6, 2.5, 4001, 8000, Number.MAX_SAFE_INTEGER + 1]) {
      const r = game.play({ betMinor }, createCryptoRng());
      assert.ok(!r.ok && r.code === "INVALID_BET", `betMinor ${betMinor}`);
    }
  });
});

describe("exact RTP", () => {
  test("matches a hand calculation on a 3×1 slot with a wild", () => {
    // Each reel shows A, W or B with probability 1/3. WWW pays 24 (1/27); a run of A or W that is
    // not all wild pays 8 (8/27 − 1/27): RTP = (24 + 56) / 27 = 80/27 per 1-coin line.
    const { loaded } = load({
      ...lineFixture(),
      layout: { reels: 3, rows: 1 },
      symbols: [{ id: "W", kind: "wild" }, { id: "A" }, { id: "B" }],
      reels: ["A W B", "A W B", "A W B"],
      lines: [[0, 0, 0]],
      pays: { W: { "3": 24 }, A: { "3": 8 } },
      scatterPays: undefined,
      freeSpins: undefined,
      betLimits: { minMinor: 1, maxMinor: 100 },
    });
    assert.ok(loaded.rtp.equals(Rational.of(80, 27)));
    assert.ok(loaded.analyze().rtp.equals(Rational.of(80, 27)));
  });

  test("a published RTP that the pay table does not deliver is refused, naming the field", () => {
    const r = lineSlotEngine.load(lineFixture({ published: { rtp: "96.00", volatility: "low" } }));
    assert.ok(!r.ok && r.code === "INVALID_TITLE" && r.message.startsWith("published.rtp:"));
  });
});
