import Type, { type Static } from "typebox";
import { checkBetLimits, checkPublishedRtp, titleBaseFields } from "../catalogue/title-schema.ts";
import { checkShape, titleError } from "../catalogue/validate-json.ts";
import type { EngineModule } from "../engine.ts";
import { Rational } from "../math/rational.ts";
import { createBlackjackGame } from "./blackjack-game.ts";
import { createBlackjackKernel } from "./blackjack-kernel.ts";
import { BlackjackRulesSchema, stakeUnit } from "./rules.ts";

const Decimal = Type.String({ pattern: "^\\d+\\.\\d+$" });

/**
 * A blackjack title file (`src/blackjack/titles/*.json`). Its RTP under basic strategy is not
 * derived exactly (an exact finite-shoe analysis with splits is out of scope): `rtpEvidence`
 * records a large seeded simulation produced by `npm run rtp -- --title <id> --calibrate`.
 */
export const BlackjackSchema = Type.Object(
  {
    ...titleBaseFields,
    engine: Type.Literal("blackjack"),
    rules: BlackjackRulesSchema,
    rtpEvidence: Type.Object(
      {
        method: Type.Literal("simulation"),
        strategy: Type.Literal("basic"),
        rounds: Type.Integer({ minimum: 1 }),
        seed: Type.String(),
        /** 1 + E[net result] / base stake, as a decimal fraction. */
        rtp: Decimal,
        ci99: Type.Tuple([Decimal, Decimal]),
        stdDev: Decimal,
        hitFrequency: Decimal,
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type BlackjackTitle = Static<typeof BlackjackSchema>;

function decimal(s: string): Rational {
  const [whole, frac = ""] = s.split(".");
  return Rational.of(BigInt(`${whole}${frac}`), 10n ** BigInt(frac.length));
}

/** Blackjack: n decks shuffled per round, S17/H17, doubles, splits, naturals paid per the rules. */
export const blackjackEngine: EngineModule = {
  engine: "blackjack",
  load(json, options) {
    const shapeError = checkShape(BlackjackSchema, json);
    if (shapeError) return shapeError;
    const title = json as BlackjackTitle;
    const [num, den] = title.rules.blackjackPays;
    const evidence = title.rtpEvidence;
    const rtp = decimal(evidence.rtp);
    const unit = stakeUnit(title.rules);
    const problem = checkBetLimits(title, unit) ?? checkPublishedRtp(title, rtp, options);
    if (problem) return problem;
    const { maxHands, doubleAfterSplit } = title.rules;
    // Credit per base stake: four doubled winning hands beat any natural.
    const maxWinMultiplier = Math.max(
      1 + num / den,
      4,
      maxHands > 1 ? maxHands * (doubleAfterSplit ? 4 : 2) : 0,
    );
    if (title.betLimits.maxMinor * maxWinMultiplier > Number.MAX_SAFE_INTEGER) {
      return titleError("betLimits.maxMinor", "a maximum win at this stake would exceed 2^53 minor units");
    }
    return {
      ok: true,
      loaded: {
        title,
        type: "table",
        game: createBlackjackGame(title),
        features: { freeSpins: false, buyFeature: false, jackpot: false },
        rtp,
        analyze: () => ({
          rtp,
          rtpMethod: "simulation",
          rtpCi99: evidence.ci99,
          stdDev: Number(evidence.stdDev),
          hitFrequency: Number(evidence.hitFrequency),
          maxWinMultiplier,
          reference: `basic strategy; ${evidence.rounds.toExponential(1)} simulated rounds (seed "${evidence.seed}")`,
        }),
        kernel: () => createBlackjackKernel(title.rules),
      },
    };
  },
};
