import { checkShape, titleError } from "../../catalogue/validate-json.ts";
import type { GameError } from "../../result.ts";
import { compileSlot, type SlotModel } from "../common/model.ts";
import { WaysSlotSchema, type WaysSlotTitle } from "./ways-schema.ts";

/** A compiled ways slot: the shared tables plus the symbols that can pay. */
export interface WaysModel extends SlotModel {
  /** Symbol indices with a non-zero pay, in title order. */
  readonly paying: Int32Array;
}

/**
 * Validates a ways slot title file and compiles it. Wilds may not sit on the first reel (every
 * way starts there, so a first-reel wild would make one way count for several symbols) and pay
 * nothing on their own.
 */
export function compileWaysSlot(json: unknown): { title: WaysSlotTitle; model: WaysModel } | GameError {
  const shapeError = checkShape(WaysSlotSchema, json);
  if (shapeError) return shapeError;
  const title = json as WaysSlotTitle;
  const compiled = compileSlot(title, title.betCoins);
  if ("code" in compiled) return compiled;
  const model = compiled.model;
  if (model.wild >= 0) {
    const wildId = model.symbols[model.wild] as string;
    const onFirst = title.reels[0]?.split(" ").indexOf(wildId) ?? -1;
    if (onFirst >= 0)
      return titleError(`reels[0][${onFirst}]`, "a ways slot cannot have a wild on the first reel");
    const freeFirst = title.freeSpins?.reels?.[0]?.split(" ").indexOf(wildId) ?? -1;
    if (freeFirst >= 0)
      return titleError(
        `freeSpins.reels[0][${freeFirst}]`,
        "a ways slot cannot have a wild on the first reel",
      );
    if (title.pays[wildId])
      return titleError(`pays.${wildId}`, "wilds pay nothing on their own in a ways slot");
  }
  const paying: number[] = [];
  for (let s = 0; s < model.symbols.length; s++) {
    if (model.pay.subarray(s * (model.reels + 1), (s + 1) * (model.reels + 1)).some((v) => v > 0))
      paying.push(s);
  }
  return { title, model: { ...model, paying: Int32Array.from(paying) } };
}
