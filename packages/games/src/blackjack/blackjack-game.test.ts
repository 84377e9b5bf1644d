import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { replayDraws } from "../rng/recording.ts";
import { createCryptoRng } from "../rng/crypto-rng.ts";
import { createBlackjackGame, type BlackjackGame } from "./blackjack-game.ts";
import type { BlackjackAction, BlackjackState } from "./blackjack-state.ts";
import { RANKS } from "./cards.ts";
import type { BlackjackRules } from "./rules.ts";

const S17: BlackjackRules = {
  decks: 6,
  dealerHitsSoft17: false,
  blackjackPays: [3, 2],
  doubleAfterSplit: true,
  maxHands: 4,
};

function table(rules: Partial<BlackjackRules> = {}): BlackjackGame {
  return createBlackjackGame({
    id: "bj-test",
    name: "Test",
    engine: "blackjack",
    published: { rtp: "99.00", volatility: "low" },
    betLimits: { minMinor: 2, maxMinor: 10_000 },
    rules: { ...S17, ...rules },
  });
}

/**
 * Draws that deal exactly these ranks in order (deal order: player, dealer up, player, dealer
 * hole, then hits and dealer draws): for each rank, the index of its first remaining card in
 * the shoe's rank-major order.
 */
function deal(decks: number, ranks: readonly (typeof RANKS)[number][]): number[] {
  const used = new Set<number>();
  const perRank = 4 * decks;
  return ranks.map((label) => {
    const r = RANKS.indexOf(label);
    let id = r * perRank;
    while (used.has(id)) id++;
    let index = 0;
    for (let other = 0; other < id; other++) if (!used.has(other)) index++;
    used.add(id);
    return index;
  });
}

function run(
  game: BlackjackGame,
  cards: (typeof RANKS)[number][],
  actions: BlackjackAction[],
  betMinor = 100,
) {
  const rng = replayDraws(deal(game.title.rules.decks, cards));
  let r = game.start({ betMinor }, rng);
  let extra = 0;
  for (const action of actions) {
    assert.ok(r.ok, !r.ok ? r.message : "");
    const next = game.act(r.state, action, rng);
    assert.ok(next.ok, !next.ok ? next.message : "");
    extra += next.additionalBetMinor;
    r = next;
  }
  assert.ok(r.ok);
  assert.equal(rng.remaining(), 0, "every prepared card dealt");
  const settled = game.settle(r.state);
  return { state: r.state, settled, extra };
}

const win = (x: ReturnType<typeof run>) => (x.settled.ok ? x.settled.totalWinMinor : Number.NaN);

describe("dealer rules", () => {
  test("S17: the dealer stands on soft 17", () => {
    // Player 10 8 = 18; dealer A (up) 6 (hole) = soft 17, stands: player wins.
    const x = run(table(), ["10", "A", "8", "6"], ["stand"]);
    assert.deepEqual(x.state.dealer.length, 2);
    assert.equal(win(x), 200);
  });

  test("H17: the dealer hits soft 17", () => {
    // Same cards; the dealer draws a 4 to 21 and beats 18.
    const x = run(table({ dealerHitsSoft17: true }), ["10", "A", "8", "6", "4"], ["stand"]);
    assert.equal(x.state.dealer.length, 3);
    assert.equal(win(x), 0);
  });

  test("the dealer draws to hard 17 and busts past 21", () => {
    // Dealer 10 6 draws 10: 26, bust; player 12 stands and wins.
    const x = run(table(), ["10", "10", "2", "6", "10"], ["stand"]);
    assert.equal(win(x), 200);
  });

  test("when every hand busts the dealer does not draw", () => {
    const x = run(table(), ["10", "10", "6", "6", "K"], ["hit"]);
    assert.equal(x.state.dealer.length, 2);
    assert.equal(win(x), 0);
  });
});

describe("hands and payouts", () => {
  test("soft hands count an ace as 11 until that would bust", () => {
    // A 5 (soft 16) + 9 = 15 hard; + 3 = 18.
    const x = run(table(), ["A", "10", "5", "8", "9", "3"], ["hit", "hit", "stand"]);
    assert.deepEqual(table().view(x.state).hands[0]!.total, 18);
    assert.equal(table().view(x.state).hands[0]!.soft, false);
    assert.equal(win(x), 100, "18 against 18 pushes");
  });

  test("a natural pays 3:2 and ends the round at once", () => {
    const x = run(table(), ["A", "9", "K", "9"], []);
    assert.equal(x.state.phase, "complete");
    assert.equal(win(x), 250);
  });

  test("a natural against a dealer natural pushes", () => {
    assert.equal(win(run(table(), ["A", "A", "K", "Q"], [])), 100);
  });

  test("the dealer peeks under a ten: a dealer natural ends the round before any decision", () => {
    const x = run(table(), ["9", "K", "9", "A"], []);
    assert.equal(x.state.phase, "complete");
    assert.equal(win(x), 0);
    assert.deepEqual(table().legalActions(x.state), []);
  });

  test("21 in three cards is not a natural: it pushes against a dealer 21", () => {
    // Player 7 4 + 10 = 21 (auto-stand); dealer 10 6 draws 5 = 21.
    const x = run(table(), ["7", "10", "4", "6", "10", "5"], ["hit"]);
    assert.equal(win(x), 100);
  });

  test("a natural pays per the rules' ratio (6:5)", () => {
    assert.equal(win(run(table({ blackjackPays: [6, 5] }), ["A", "9", "K", "9"], [], 100)), 220);
  });
});

describe("doubles and splits", () => {
  test("double: one card, twice the stake, an extra debit of the bet", () => {
    // 6 5 doubles onto 10 = 21 against the dealer's 17.
    const x = run(table(), ["6", "10", "5", "7", "10"], ["double"]);
    assert.equal(x.extra, 100);
    assert.equal(x.settled.ok && x.settled.totalBetMinor, 200);
    assert.equal(win(x), 400);
  });

  test("split: two hands, each played in turn, the second dealt its card when it becomes active", () => {
    // 8 8 vs 6: split; hand 1 gets 3 (11) and doubles onto 10; hand 2 gets K (18) and stands.
    // Dealer 6 + 10 draws 10: bust.
    const game = table();
    const x = run(game, ["8", "6", "8", "10", "3", "10", "K", "10"], ["split", "double", "stand"]);
    assert.equal(x.extra, 200, "the split and the double each debit the bet again");
    assert.deepEqual(
      game.view(x.state).hands.map((h) => [h.total, h.betMinor]),
      [
        [21, 200],
        [18, 100],
      ],
    );
    assert.ok(x.settled.ok);
    assert.deepEqual(x.settled.handWinsMinor, [400, 200]);
  });

  test("split aces get one card each, and A + 10 is 21, paid 1:1", () => {
    const x = run(table(), ["A", "9", "A", "8", "K", "5"], ["split"]);
    assert.equal(x.state.phase, "complete", "no decisions on split aces");
    assert.ok(x.settled.ok);
    assert.deepEqual(x.settled.handWinsMinor, [200, 0]); // 21 beats 17; A+5 = 16 loses
  });

  test("pairs resplit up to maxHands, then split is no longer offered", () => {
    const game = table({ maxHands: 3 });
    const rng = replayDraws(deal(6, ["9", "7", "9", "10", "9", "9"]));
    const r = game.start({ betMinor: 100 }, rng);
    assert.ok(r.ok && game.legalActions(r.state).includes("split"));
    let next = game.act(r.state, "split", rng); // hand 1: 9 9 again
    assert.ok(next.ok && game.legalActions(next.state).includes("split"));
    next = game.act(next.state, "split", rng); // three hands now; hand 1 is 9 9 once more
    assert.ok(next.ok);
    assert.equal(next.state.hands.length, 3);
    assert.deepEqual(game.legalActions(next.state), ["hit", "stand", "double"]);
  });

  test("double after split follows the rules", () => {
    const noDas = table({ doubleAfterSplit: false });
    const rng = replayDraws(deal(6, ["8", "6", "8", "10", "3"]));
    const r = noDas.start({ betMinor: 100 }, rng);
    assert.ok(r.ok);
    const s = noDas.act(r.state, "split", rng);
    assert.ok(s.ok);
    assert.deepEqual(noDas.legalActions(s.state), ["hit", "stand"]);
    const refused = noDas.act(s.state, "double", createCryptoRng());
    assert.ok(!refused.ok && refused.code === "INVALID_ACTION");
  });
});

describe("state machine", () => {
  test("illegal actions, foreign states and unfinished settlements are refused", () => {
    const game = table();
    const rng = replayDraws(deal(6, ["10", "7", "2", "9", "5"]));
    const r = game.start({ betMinor: 100 }, rng);
    assert.ok(r.ok);
    assert.ok(!game.act(r.state, "split", rng).ok, "not a pair");
    assert.ok(!game.settle(r.state).ok, "still in play");
    const other: BlackjackState = { ...r.state, titleId: "another" };
    assert.ok(!game.act(other, "hit", rng).ok);
    const hit = game.act(r.state, "hit", rng);
    assert.ok(hit.ok);
    assert.ok(!game.legalActions(hit.state).includes("double"), "no double on three cards");
  });

  test("the stake must keep a natural's pay whole", () => {
    const r = table().start({ betMinor: 101 }, createCryptoRng());
    assert.ok(!r.ok && r.code === "INVALID_BET");
  });

  test("the view hides the hole card until the dealer plays", () => {
    const game = table();
    const rng = replayDraws(deal(6, ["10", "7", "2", "9", "5"]));
    const r = game.start({ betMinor: 100 }, rng);
    assert.ok(r.ok);
    const view = game.view(r.state);
    assert.deepEqual(view.dealer.cards.length, 2);
    assert.equal(view.dealer.cards[1], "hidden");
    assert.equal(view.dealer.total, null);
  });

  test("replaying request, actions and draws rebuilds the identical round", () => {
    const game = table();
    const rng = createCryptoRng();
    for (let i = 0; i < 300; i++) {
      let r = game.start({ betMinor: 100 }, rng);
      while (r.ok && r.state.phase === "player") r = game.act(r.state, game.recommend(r.state)!, rng);
      assert.ok(r.ok);
      const again = game.replay({ betMinor: 100 }, r.state.actions, r.state.draws);
      assert.ok(again.ok);
      assert.deepEqual(again.state, r.state);
    }
    const bad = game.replay({ betMinor: 100 }, [], [0, 0, 0, 400]);
    assert.ok(!bad.ok && bad.code === "INVALID_DRAWS");
  });
});
