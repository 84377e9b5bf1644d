import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createSeededRng } from "../rng/seeded-rng.ts";
import { checkRtp, roundsToDetect } from "../simulation/rtp-check.ts";
import { titlesOf, testPublishedVolatility } from "../test/title-checks.ts";
import type { BlackjackGame } from "./blackjack-game.ts";
import { createBlackjackKernel } from "./blackjack-kernel.ts";
import type { BlackjackTitle } from "./blackjack.ts";

/** Paying naturals 6:5 instead of 3:2 costs about P(natural) · 0.3 ≈ 1.3% of RTP; 1% is a safe floor. */
const SIX_FIVE_EFFECT = 0.01;

describe("bundled blackjack titles", () => {
  const titles = titlesOf("blackjack");
  test("an S17 and an H17 rule set", () => {
    const rules = titles.map((t) => (t.loaded.title as BlackjackTitle).rules.dealerHitsSoft17).sort();
    assert.deepEqual(rules, [false, true]);
  });

  for (const { loaded } of titles) {
    const title = loaded.title as BlackjackTitle;
    testPublishedVolatility(loaded);

    test(`${title.id}: the simulation kernel settles every round exactly like the game under basic strategy`, () => {
      const game = loaded.game as BlackjackGame;
      const kernel = loaded.kernel();
      const a = createSeededRng(`kernel-${title.id}`);
      const b = createSeededRng(`kernel-${title.id}`);
      const bet = 200;
      for (let i = 0; i < 20_000; i++) {
        let r = game.start({ betMinor: bet }, a);
        while (r.ok && r.state.phase === "player") r = game.act(r.state, game.recommend(r.state)!, a);
        assert.ok(r.ok);
        const s = game.settle(r.state);
        assert.ok(s.ok);
        const net = ((s.totalWinMinor - s.totalBetMinor + bet) * kernel.unitsPerBet) / bet;
        assert.equal(kernel.round(b), net, `round ${i}`);
      }
    });

    test(`${title.id}: simulation agrees with the recorded evidence and exposes 6:5 naturals`, () => {
      const evidence = title.rtpEvidence;
      const stdDev = Number(evidence.stdDev);
      const slack = (Number(evidence.ci99[1]) - Number(evidence.ci99[0])) / 2;
      const rounds = roundsToDetect(stdDev, SIX_FIVE_EFFECT);
      const check = checkRtp(loaded, rounds, `rtp-${title.id}`, { rtp: Number(evidence.rtp), stdDev, slack });
      assert.ok(check.passed, `simulated ${check.simulated} vs evidence ${check.theory} ± ${check.band}`);

      const sixFive = {
        ...loaded,
        kernel: () => createBlackjackKernel({ ...title.rules, blackjackPays: [6, 5] }),
      };
      const wrong = checkRtp(sixFive, rounds, `rtp-${title.id}`, {
        rtp: Number(evidence.rtp),
        stdDev,
        slack,
      });
      assert.ok(!wrong.passed, `6:5 simulated ${wrong.simulated} still passed`);
    });
  }
});
