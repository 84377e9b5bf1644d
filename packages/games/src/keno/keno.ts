import Type, { type Static } from "typebox";
import Value from "typebox/value";
import { checkBetLimits, checkPublishedRtp, titleBaseFields } from "../catalogue/title-schema.ts";
import { checkShape, titleError } from "../catalogue/validate-json.ts";
import type { EngineModule } from "../engine.ts";
import { Rational } from "../math/rational.ts";
import { withDraws } from "../play-recorded.ts";
import { fail } from "../result.ts";
import type { Rng } from "../rng/rng.ts";
import { checkStake } from "../stake.ts";
import type { InstantGame, SimulationKernel, TitleAnalysis } from "../types.ts";
import { hitProbability, KENO_DRAWN, KENO_POOL } from "./keno-math.ts";

/**
 * A keno title file (`src/keno/titles/*.json`): the player picks exactly `spots` numbers of
 * 1..80, twenty are drawn, `pays` maps the number of matches to a multiple of the stake.
 */
export const KenoSchema = Type.Object(
  {
    ...titleBaseFields,
    engine: Type.Literal("keno"),
    spots: Type.Integer({ minimum: 1, maximum: 10 }),
    /** Matches (exactly) → multiple of the stake. */
    pays: Type.Record(
      Type.String({ pattern: "^(10|[0-9])$" }),
      Type.Integer({ minimum: 0, maximum: 1_000_000 }),
      {
        additionalProperties: false,
      },
    ),
  },
  { additionalProperties: false },
);
export type KenoTitle = Static<typeof KenoSchema>;

/** Options: the picked numbers; omitted, the engine quick-picks them from the RNG (recorded too). */
export const KenoOptionsSchema = Type.Object(
  { picks: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: KENO_POOL }), { maxItems: 10 })) },
  { additionalProperties: false },
);
export type KenoOptions = Static<typeof KenoOptionsSchema>;

export interface KenoDisplay {
  readonly picks: readonly number[];
  /** The twenty balls in draw order. */
  readonly drawn: readonly number[];
  readonly matched: readonly number[];
  /** Multiple of the stake paid (0 on a loss). */
  readonly multiplier: number;
}

export type KenoGame = InstantGame<KenoOptions | undefined, KenoDisplay>;

/**
 * Draws `count` distinct numbers of 1..80 by a partial Fisher–Yates shuffle of `deck` (which
 * must start as 1..80): draw i picks uniformly among the 80 − i numbers not yet drawn.
 */
function drawDistinct(rng: Rng, deck: Int32Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(KENO_POOL - i);
    const t = deck[i] as number;
    deck[i] = deck[j] as number;
    deck[j] = t;
  }
}
const freshDeck = () => Int32Array.from({ length: KENO_POOL }, (_, i) => i + 1);

/** Keno: 20 of 80 drawn; exact RTP from the hypergeometric distribution. */
export const kenoEngine: EngineModule = {
  engine: "keno",
  load(json, options) {
    const shapeError = checkShape(KenoSchema, json);
    if (shapeError) return shapeError;
    const title = json as KenoTitle;
    const pay = new Int32Array(title.spots + 1);
    for (const [k, v] of Object.entries(title.pays)) {
      if (Number(k) > title.spots) return titleError(`pays.${k}`, `more matches than spots (${title.spots})`);
      pay[Number(k)] = v;
    }
    const probabilities = Array.from({ length: title.spots + 1 }, (_, h) => hitProbability(title.spots, h));
    const rtp = probabilities.reduce(
      (sum, p, h) => sum.add(p.mul(Rational.of(pay[h] as number))),
      Rational.ZERO,
    );
    const maxPay = Math.max(...pay);
    const problem = checkBetLimits(title, 1) ?? checkPublishedRtp(title, rtp, options);
    if (problem) return problem;
    if (title.betLimits.maxMinor * maxPay > Number.MAX_SAFE_INTEGER) {
      return titleError("betLimits.maxMinor", "a maximum win at this stake would exceed 2^53 minor units");
    }

    const game: KenoGame = {
      kind: "instant",
      title,
      play(request, rng) {
        const options = request.options ?? {};
        if (!Value.Check(KenoOptionsSchema, options))
          return fail("INVALID_OPTIONS", "options.picks must be numbers 1..80");
        const picks = options.picks;
        if (picks && (picks.length !== title.spots || new Set(picks).size !== picks.length)) {
          return fail(
            "INVALID_OPTIONS",
            `options.picks must be ${title.spots} distinct numbers of 1..${KENO_POOL}`,
          );
        }
        const refused = checkStake(title, request.betMinor, 1, "betMinor", request.limits);
        if (refused) return refused;
        return withDraws(rng, (r) => {
          let chosen = picks;
          if (!chosen) {
            const quick = freshDeck();
            drawDistinct(r, quick, title.spots);
            chosen = Array.from(quick.subarray(0, title.spots));
          }
          const deck = freshDeck();
          drawDistinct(r, deck, KENO_DRAWN);
          const drawn = Array.from(deck.subarray(0, KENO_DRAWN));
          const matched = drawn.filter((n) => chosen.includes(n));
          const multiplier = pay[matched.length] as number;
          return {
            ok: true,
            betMinor: request.betMinor,
            totalWinMinor: request.betMinor * multiplier,
            display: { picks: chosen, drawn, matched, multiplier },
          };
        });
      },
    };

    const analyze = (): TitleAnalysis => {
      const p = probabilities.map((q) => q.toNumber());
      const mean = rtp.toNumber();
      const meanSquare = p.reduce((s, q, h) => s + q * (pay[h] as number) ** 2, 0);
      return {
        rtp,
        rtpMethod: "exact",
        stdDev: Math.sqrt(meanSquare - mean * mean),
        hitFrequency: p.reduce((s, q, h) => s + ((pay[h] as number) > 0 ? q : 0), 0),
        maxWinMultiplier: maxPay,
      };
    };
    // Picks 1..spots: by symmetry any fixed picks give the same distribution.
    const kernel = (): SimulationKernel => {
      const deck = freshDeck();
      const k: SimulationKernel = {
        unitsPerBet: 1,
        hit: false,
        round(rng) {
          for (let i = 0; i < KENO_POOL; i++) deck[i] = i + 1;
          drawDistinct(rng, deck, KENO_DRAWN);
          let hits = 0;
          for (let i = 0; i < KENO_DRAWN; i++) if ((deck[i] as number) <= title.spots) hits++;
          const v = pay[hits] as number;
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
        type: "lottery",
        game: game as InstantGame,
        features: { freeSpins: false, buyFeature: false, jackpot: false },
        rtp,
        analyze,
        kernel,
      },
    };
  },
};
