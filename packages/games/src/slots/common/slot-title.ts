import { checkBetLimits, checkPublishedRtp } from "../../catalogue/title-schema.ts";
import { titleError } from "../../catalogue/validate-json.ts";
import type { LoadedTitle, LoadOptions } from "../../engine.ts";
import type { Rational } from "../../math/rational.ts";
import { withDraws } from "../../play-recorded.ts";
import type { Result } from "../../result.ts";
import { checkStake } from "../../stake.ts";
import type { InstantGame, TitleAnalysis, TitleBase } from "../../types.ts";
import type { SlotModel } from "./model.ts";
import { playSlotRound, type SlotDisplay, type WinEvaluator } from "./play-slot.ts";
import { analyzeSlot, exactSlotRtp, summarizeByLinearity, type SpinEnumeration } from "./slot-analysis.ts";
import { createSlotKernel } from "./slot-kernel.ts";

/** The engine-specific pieces a slot title is assembled from. */
export interface SlotParts<W extends { readonly coins: number }> {
  readonly title: TitleBase;
  readonly model: SlotModel;
  readonly evaluator: WinEvaluator<W>;
  /** Exact expected line/ways coins of one spin on `strips` (scatter excluded). */
  readonly expectedWins: (strips: readonly Int32Array[]) => Rational;
  readonly enumerate: (strips: readonly Int32Array[]) => SpinEnumeration;
  /** Upper bound of one spin's line/ways coins, to prove wins stay below 2^53 minor units. */
  readonly maxSpinCoins: number;
  readonly options?: LoadOptions | undefined;
}

/** A slot game: a bet of `betCoins` coins of `betMinor / betCoins` minor units each. */
export type SlotGame<W> = InstantGame<undefined, SlotDisplay<W>>;

/** Checks the title against its maths (published RTP, limits) and assembles the loaded title. */
export function loadSlotTitle<W extends { readonly coins: number }>(
  parts: SlotParts<W>,
): Result<{ loaded: LoadedTitle }> {
  const { title, model, evaluator } = parts;
  const rtp = exactSlotRtp(
    model,
    summarizeByLinearity(model, model.base, parts.expectedWins(model.base)),
    summarizeByLinearity(model, model.free, parts.expectedWins(model.free)),
  );
  const problem = checkBetLimits(title, model.betCoins) ?? checkPublishedRtp(title, rtp, parts.options);
  if (problem) return problem;
  const spinBound = parts.maxSpinCoins + Math.max(...model.scatterCoins);
  const roundBound = spinBound * (1 + model.maxSpins * model.multiplier);
  if (roundBound * (title.betLimits.maxMinor / model.betCoins) > Number.MAX_SAFE_INTEGER) {
    return titleError("betLimits.maxMinor", "a maximum win at this stake would exceed 2^53 minor units");
  }

  const game: SlotGame<W> = {
    kind: "instant",
    title,
    play(request, rng) {
      const refused = checkStake(title, request.betMinor, model.betCoins, "betMinor", request.limits);
      if (refused) return refused;
      const coinValueMinor = request.betMinor / model.betCoins;
      return withDraws(rng, (r) => {
        const display = playSlotRound(model, evaluator, r, coinValueMinor);
        return {
          ok: true,
          betMinor: request.betMinor,
          totalWinMinor: display.totalWinCoins * coinValueMinor,
          display,
        };
      });
    },
  };

  let analysis: TitleAnalysis | undefined;
  return {
    ok: true,
    loaded: {
      title,
      type: "slot",
      game: game as LoadedTitle["game"],
      features: { freeSpins: model.hasFreeSpins, buyFeature: false, jackpot: false },
      rtp,
      analyze() {
        if (!analysis) {
          const base = parts.enumerate(model.base);
          const free = model.free === model.base ? base : parts.enumerate(model.free);
          analysis = analyzeSlot(model, base, free);
        }
        return analysis;
      },
      kernel: () => createSlotKernel(model, evaluator.coins),
    },
  };
}
