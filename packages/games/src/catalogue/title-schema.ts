import Type from "typebox";
import type { LoadOptions } from "../engine.ts";
import type { Rational } from "../math/rational.ts";
import type { GameError } from "../result.ts";
import type { TitleBase } from "../types.ts";
import { titleError } from "./validate-json.ts";

/** Fields shared by every title file; each engine's schema spreads these in. */
export const titleBaseFields = {
  id: Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 64 }),
  name: Type.String({ minLength: 1, maxLength: 80 }),
  published: Type.Object(
    {
      rtp: Type.String({ pattern: "^\\d{2,3}\\.\\d{2}$" }),
      volatility: Type.Union([Type.Literal("low"), Type.Literal("medium"), Type.Literal("high")]),
    },
    { additionalProperties: false },
  ),
  betLimits: Type.Object(
    {
      minMinor: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
      maxMinor: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
    },
    { additionalProperties: false },
  ),
};

/** Bet limits ordered and compatible with the title's stake unit. */
export function checkBetLimits(title: TitleBase, unitMinor: number): GameError | null {
  const { minMinor, maxMinor } = title.betLimits;
  if (minMinor > maxMinor) return titleError("betLimits.minMinor", "must not exceed betLimits.maxMinor");
  if (minMinor % unitMinor !== 0)
    return titleError("betLimits.minMinor", `must be a multiple of ${unitMinor}`);
  return null;
}

/**
 * The advertised RTP must be the exact RTP rounded to two decimals: a studio cannot publish a
 * figure its pay table does not deliver.
 */
export function checkPublishedRtp(title: TitleBase, rtp: Rational, options?: LoadOptions): GameError | null {
  if (options?.checkPublished === false) return null;
  const exact = rtp.toPercent(2);
  if (exact !== title.published.rtp) {
    return titleError(
      "published.rtp",
      `declares ${title.published.rtp} but the computed RTP is ${rtp.toPercent(4)}%`,
    );
  }
  return null;
}
