import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { bundledCatalogue } from "../catalogue/bundled-titles.ts";
import { replayRound } from "../play-recorded.ts";
import { createCryptoRng } from "../rng/crypto-rng.ts";
import { replayDraws } from "../rng/recording.ts";
import { checkRtp, roundsToDetect } from "../simulation/rtp-check.ts";
import { testKernelMatchesPlay, testPublishedVolatility, titlesOf } from "../test/title-checks.ts";
import type { RouletteBet } from "./bets.ts";
import type { RouletteGame } from "./roulette.ts";
import { colorOf, POCKETS } from "./wheel.ts";

const european = bundledCatalogue().get("european-roulette")!.game as RouletteGame;
const french = bundledCatalogue().get("french-roulette")!.game as RouletteGame;

function spin(game: RouletteGame, bets: RouletteBet[], pocket: number) {
  const betMinor = bets.reduce((s, b) => s + b.amountMinor, 0);
  return game.play({ betMinor, options: { bets } }, replayDraws([pocket]));
}

function credit(game: RouletteGame, bet: RouletteBet, pocket: number): number {
  const r = spin(game, [bet], pocket);
  assert.ok(r.ok, !r.ok ? r.message : "");
  return r.totalWinMinor;
}

const ALL_BETS: [RouletteBet, number][] = [
  [{ type: "straight", numbers: [17], amountMinor: 10 }, 36],
  [{ type: "split", numbers: [17, 20], amountMinor: 10 }, 18],
  [{ type: "split", numbers: [0, 2], amountMinor: 10 }, 18],
  [{ type: "street", numbers: [13, 14, 15], amountMinor: 10 }, 12],
  [{ type: "street", numbers: [0, 2, 3], amountMinor: 10 }, 12],
  [{ type: "corner", numbers: [17, 18, 20, 21], amountMinor: 10 }, 9],
  [{ type: "corner", numbers: [0, 1, 2, 3], amountMinor: 10 }, 9],
  [{ type: "six-line", numbers: [31, 32, 33, 34, 35, 36], amountMinor: 10 }, 6],
  [{ type: "dozen", index: 2, amountMinor: 10 }, 3],
  [{ type: "column", index: 3, amountMinor: 10 }, 3],
  [{ type: "red", amountMinor: 10 }, 2],
  [{ type: "black", amountMinor: 10 }, 2],
  [{ type: "odd", amountMinor: 10 }, 2],
  [{ type: "even", amountMinor: 10 }, 2],
  [{ type: "low", amountMinor: 10 }, 2],
  [{ type: "high", amountMinor: 10 }, 2],
];

describe("roulette payouts", () => {
  test("every bet type pays its odds on exactly the pockets it covers", () => {
    const covered: Record<string, (n: number) => boolean> = {
      red: (n) => colorOf(n) === "red",
      black: (n) => colorOf(n) === "black",
      odd: (n) => n > 0 && n % 2 === 1,
      even: (n) => n > 0 && n % 2 === 0,
      low: (n) => n >= 1 && n <= 18,
      high: (n) => n >= 19,
      dozen: (n) => n >= 13 && n <= 24,
      column: (n) => n > 0 && n % 3 === 0,
    };
    for (const [bet, multiple] of ALL_BETS) {
      const wins = (n: number) => ("numbers" in bet ? bet.numbers.includes(n) : covered[bet.type]!(n));
      let total = 0;
      for (let n = 0; n < POCKETS; n++) {
        const c = credit(european, bet, n);
        assert.equal(c, wins(n) ? bet.amountMinor * multiple : 0, `${bet.type} on ${n}`);
        total += c;
      }
      // Every bet returns 36 units per 37 staked over the wheel: RTP 36/37.
      assert.equal(total, 36 * bet.amountMinor, bet.type);
    }
  });

  test("La Partage returns half of an even-chance stake on zero, and nothing else changes", () => {
    assert.equal(credit(european, { type: "red", amountMinor: 10 }, 0), 0);
    assert.equal(credit(french, { type: "red", amountMinor: 10 }, 0), 5);
    assert.equal(credit(french, { type: "low", amountMinor: 10 }, 0), 5);
    assert.equal(credit(french, { type: "dozen", index: 1, amountMinor: 10 }, 0), 0);
    assert.equal(credit(french, { type: "red", amountMinor: 10 }, 1), 20);
  });

  test("several bets settle together, the display lists each, and the draws replay the spin", () => {
    const bets: RouletteBet[] = [
      { type: "straight", numbers: [7], amountMinor: 10 },
      { type: "red", amountMinor: 20 },
      { type: "column", index: 1, amountMinor: 5 },
    ];
    const r = spin(european, bets, 7);
    assert.ok(r.ok);
    assert.equal(r.totalWinMinor, 360 + 40 + 15);
    assert.equal(r.display.number, 7);
    assert.equal(r.display.color, "red");
    assert.deepEqual(
      r.display.bets.map((b) => b.winMinor),
      [360, 40, 15],
    );
    assert.deepEqual(replayRound(european, { betMinor: 35, options: { bets } }, r.draws), r);
  });
});

describe("roulette bet validation", () => {
  const refused: [string, unknown][] = [
    ["split of non-neighbours", { type: "split", numbers: [17, 19], amountMinor: 10 }],
    ["split across a row end", { type: "split", numbers: [3, 4], amountMinor: 10 }],
    ["split of zero and four", { type: "split", numbers: [0, 4], amountMinor: 10 }],
    ["street that is not a row", { type: "street", numbers: [2, 3, 4], amountMinor: 10 }],
    ["corner across the column edge", { type: "corner", numbers: [3, 4, 6, 7], amountMinor: 10 }],
    ["six line off by one", { type: "six-line", numbers: [2, 3, 4, 5, 6, 7], amountMinor: 10 }],
    ["a corner given as a split", { type: "split", numbers: [1, 2, 4, 5], amountMinor: 10 }],
    ["a repeated number", { type: "split", numbers: [17, 17], amountMinor: 10 }],
    ["pocket 37", { type: "straight", numbers: [37], amountMinor: 10 }],
    ["dozen 4", { type: "dozen", index: 4, amountMinor: 10 }],
    ["a fractional stake", { type: "red", amountMinor: 2.5 }],
    ["an unknown bet", { type: "snake", amountMinor: 10 }],
  ];
  for (const [name, bet] of refused) {
    test(`refuses ${name}`, () => {
      const r = european.play({ betMinor: 10, options: { bets: [bet as RouletteBet] } }, createCryptoRng());
      assert.ok(!r.ok && r.code === "INVALID_OPTIONS", name);
    });
  }

  test("the stake must equal the bets, inside the limits; La Partage even chances in even units", () => {
    const bets: RouletteBet[] = [{ type: "red", amountMinor: 15 }];
    const mismatch = european.play({ betMinor: 10, options: { bets } }, createCryptoRng());
    assert.ok(!mismatch.ok && mismatch.code === "INVALID_BET");
    const small = european.play(
      { betMinor: 5, options: { bets: [{ type: "red", amountMinor: 5 }] } },
      createCryptoRng(),
    );
    assert.ok(!small.ok && small.code === "INVALID_BET");
    const odd = french.play({ betMinor: 15, options: { bets } }, createCryptoRng());
    assert.ok(!odd.ok && odd.code === "INVALID_BET");
    assert.ok(european.play({ betMinor: 15, options: { bets } }, createCryptoRng()).ok);
  });
});

describe("bundled roulette titles", () => {
  for (const { loaded } of titlesOf("roulette")) {
    testPublishedVolatility(loaded);
    testKernelMatchesPlay(loaded, 20, 5000, { bets: [{ type: "red", amountMinor: 20 }] });
  }

  test("simulated red bets agree with 36/37 and 73/74, and tell the two wheels apart", () => {
    const eu = bundledCatalogue().get("european-roulette")!;
    const fr = bundledCatalogue().get("french-roulette")!;
    const gap = fr.analyze().referenceRtp!.sub(eu.analyze().referenceRtp!).toNumber(); // 1/74 − ... = 1.35%
    const rounds = roundsToDetect(1, gap);
    assert.ok(checkRtp(eu, rounds, "eu").passed);
    assert.ok(checkRtp(fr, rounds, "fr").passed);
    const frAsEu = checkRtp(fr, rounds, "fr", { rtp: eu.analyze().referenceRtp!.toNumber(), stdDev: 1 });
    assert.ok(!frAsEu.passed, "La Partage simulated as if it were the European wheel must fail");
  });
});
