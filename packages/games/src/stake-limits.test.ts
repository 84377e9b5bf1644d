// Per-currency stake limits (issue 12, item 21): a round's request may carry its currency's
// limits, which replace the title's single minor-unit range instead of only narrowing it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createSeededRng, loadTitle, replayRound, type BlackjackGame, type InstantGame } from "./index.ts";

function instant(id: string): InstantGame {
  const r = loadTitle(id);
  if (!r.ok || r.game.kind !== "instant") throw new Error(id);
  return r.game;
}

test("every engine takes a stake above the title's maximum when the currency's limits allow it", () => {
  // KWD, 3 decimals: 500.000 KWD is 500,000 minor units; the titles' own maxima are below.
  const kwd = { minMinor: 1_000, maxMinor: 500_000 };
  for (const [id, bet] of [
    ["lucky-sevens", 500_000],
    ["european-roulette", 500_000],
    ["keno-ten", 500_000],
  ] as const) {
    const game = instant(id);
    assert.ok(bet > game.title.betLimits.maxMinor, id);
    const options =
      id === "european-roulette" ? { options: { bets: [{ type: "red", amountMinor: bet }] } } : {};
    const refused = game.play({ betMinor: bet, ...options }, createSeededRng("kwd"));
    assert.equal(refused.ok, false, `${id}: the title's own range refuses it`);
    const played = game.play({ betMinor: bet, ...options, limits: kwd }, createSeededRng("kwd"));
    assert.ok(played.ok, `${id}: ${played.ok ? "" : played.message}`);
    // Replay with the stored request (limits included) gives the same outcome.
    if (!played.ok) continue;
    const replayed = replayRound(game, { betMinor: bet, ...options, limits: kwd }, played.draws);
    assert.ok(replayed.ok);
    if (replayed.ok) assert.equal(replayed.totalWinMinor, played.totalWinMinor);
  }
  const blackjack = loadTitle("blackjack-classic");
  assert.ok(blackjack.ok && blackjack.game.kind === "multi-step");
  const bj = blackjack.game as BlackjackGame;
  assert.ok(
    bj.start({ betMinor: 1_000_000, limits: { minMinor: 100, maxMinor: 1_000_000 } }, createSeededRng("b"))
      .ok,
  );
});

test("the currency's limits also narrow: a stake below their minimum is refused", () => {
  const game = instant("lucky-sevens");
  const played = game.play(
    { betMinor: 50, limits: { minMinor: 100, maxMinor: 1_000 } },
    createSeededRng("x"),
  );
  assert.equal(played.ok, false);
  if (!played.ok) assert.equal(played.code, "INVALID_BET");
});
