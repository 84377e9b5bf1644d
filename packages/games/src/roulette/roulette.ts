import Type, { type Static } from "typebox";
import { checkBetLimits, checkPublishedRtp, titleBaseFields } from "../catalogue/title-schema.ts";
import { checkShape, titleError } from "../catalogue/validate-json.ts";
import type { EngineModule } from "../engine.ts";
import { Rational } from "../math/rational.ts";
import { withDraws } from "../play-recorded.ts";
import { fail } from "../result.ts";
import { checkStake } from "../stake.ts";
import type { InstantGame, SimulationKernel, TitleAnalysis } from "../types.ts";
import { placeBets, type RouletteBet, type RouletteOptions } from "./bets.ts";
import { colorOf, POCKETS } from "./wheel.ts";

/** A roulette title file (`src/roulette/titles/*.json`). */
export const RouletteSchema = Type.Object(
  {
    ...titleBaseFields,
    engine: Type.Literal("roulette"),
    rules: Type.Object(
      {
        /** On zero, even-chance bets lose only half their stake (French "La Partage"). */
        laPartage: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type RouletteTitle = Static<typeof RouletteSchema>;

/** What the player saw: the pocket and each bet's credit. */
export interface RouletteDisplay {
  readonly number: number;
  readonly color: "green" | "red" | "black";
  readonly bets: readonly (RouletteBet & { readonly winMinor: number })[];
}

export type RouletteGame = InstantGame<RouletteOptions, RouletteDisplay>;

/** Straight up: the largest credit per unit staked. */
const MAX_MULTIPLIER = 36;

/**
 * European single-zero roulette: every standard bet, one draw per spin (`rng.int(37)`). The
 * headline RTP is that of the worst bet, 36/37 on every wheel; with La Partage even chances
 * return 73/74.
 */
export const rouletteEngine: EngineModule = {
  engine: "roulette",
  load(json, options) {
    const shapeError = checkShape(RouletteSchema, json);
    if (shapeError) return shapeError;
    const title = json as RouletteTitle;
    const rtp = Rational.of(36, 37);
    const problem = checkBetLimits(title, 1) ?? checkPublishedRtp(title, rtp, options);
    if (problem) return problem;
    if (title.betLimits.maxMinor * MAX_MULTIPLIER > Number.MAX_SAFE_INTEGER) {
      return titleError("betLimits.maxMinor", "a maximum win at this stake would exceed 2^53 minor units");
    }
    const { laPartage } = title.rules;

    const game: RouletteGame = {
      kind: "instant",
      title,
      play(request, rng) {
        const placed = placeBets(request.options);
        if ("code" in placed) return placed;
        const staked = placed.bets.reduce((sum, b) => sum + b.bet.amountMinor, 0);
        if (staked !== request.betMinor) {
          return fail(
            "INVALID_BET",
            `betMinor ${request.betMinor} must equal the sum of the bets (${staked})`,
          );
        }
        const refused = checkStake(title, request.betMinor, 1, "betMinor", request.limits);
        if (refused) return refused;
        if (laPartage && placed.bets.some((b) => b.evenChance && b.bet.amountMinor % 2 !== 0)) {
          return fail(
            "INVALID_BET",
            "even-chance stakes must be a multiple of 2 under La Partage (half is returned on zero)",
          );
        }
        return withDraws(rng, (r) => {
          const number = r.int(POCKETS);
          const bets = placed.bets.map((b) => {
            const amount = b.bet.amountMinor;
            const winMinor = b.covers.has(number)
              ? amount * (b.payout + 1)
              : number === 0 && laPartage && b.evenChance
                ? amount / 2
                : 0;
            return { ...b.bet, winMinor };
          });
          const totalWinMinor = bets.reduce((sum, b) => sum + b.winMinor, 0);
          return {
            ok: true,
            betMinor: request.betMinor,
            totalWinMinor,
            display: { number, color: colorOf(number), bets },
          };
        });
      },
    };

    // Reference play: 2 units on red (2 so La Partage's half-stake return is a whole unit).
    const redReturn = Int32Array.from({ length: POCKETS }, (_, n) =>
      colorOf(n) === "red" ? 4 : n === 0 && laPartage ? 1 : 0,
    );
    const analyze = (): TitleAnalysis => {
      const sum = redReturn.reduce((a, b) => a + b, 0);
      const sumSq = redReturn.reduce((a, b) => a + b * b, 0);
      const mean = sum / POCKETS / 2;
      return {
        rtp,
        rtpMethod: "exact",
        stdDev: Math.sqrt(sumSq / POCKETS / 4 - mean * mean),
        hitFrequency: redReturn.filter((v) => v > 0).length / POCKETS,
        maxWinMultiplier: MAX_MULTIPLIER,
        reference: "one bet on red; the headline RTP is the lowest of any bet (36/37)",
        referenceRtp: Rational.of(sum, 2 * POCKETS),
      };
    };
    const kernel = (): SimulationKernel => {
      const k: SimulationKernel = {
        unitsPerBet: 2,
        hit: false,
        round(rng) {
          const v = redReturn[rng.int(POCKETS)] as number;
          k.hit = v > 0;
          return v;
        },
      };
      return k;
    };
    return {
      ok: true,
      loaded: {
        title,
        type: "table",
        game: game as InstantGame,
        features: { freeSpins: false, buyFeature: false, jackpot: false },
        rtp,
        analyze,
        kernel,
      },
    };
  },
};
