import { checkShape, titleError } from "../../catalogue/validate-json.ts";
import type { GameError } from "../../result.ts";
import { compileSlot, type SlotModel } from "../common/model.ts";
import { LineSlotSchema, type LineSlotTitle } from "./line-schema.ts";

/** A compiled line slot: the shared slot tables plus the paylines. */
export interface LineModel extends SlotModel {
  /** `lines[l][reel]` = row crossed. */
  readonly lines: readonly Int32Array[];
}

/** Validates a line slot title file (shape, then cross-field rules) and compiles it. */
export function compileLineSlot(json: unknown): { title: LineSlotTitle; model: LineModel } | GameError {
  const shapeError = checkShape(LineSlotSchema, json);
  if (shapeError) return shapeError;
  const title = json as LineSlotTitle;
  const { reels, rows } = title.layout;
  const seen = new Map<string, number>();
  for (const [i, line] of title.lines.entries()) {
    if (line.length !== reels)
      return titleError(`lines[${i}]`, `has ${line.length} positions but layout.reels is ${reels}`);
    const bad = line.findIndex((row) => row >= rows);
    if (bad >= 0)
      return titleError(`lines[${i}][${bad}]`, `row ${line[bad]} is outside layout.rows (${rows})`);
    const key = line.join(",");
    const dup = seen.get(key);
    if (dup !== undefined) return titleError(`lines[${i}]`, `duplicates lines[${dup}]`);
    seen.set(key, i);
  }
  const compiled = compileSlot(title, title.lines.length);
  if ("code" in compiled) return compiled;
  return { title, model: { ...compiled.model, lines: title.lines.map((l) => Int32Array.from(l)) } };
}

/** Coins won by the wild-only run of `count` wilds. */
export function wildPay(model: SlotModel, count: number): number {
  return model.wild < 0 || count === 0 ? 0 : (model.pay[model.wild * (model.reels + 1) + count] as number);
}

/**
 * Pay of a line whose run ended after `length` reels: the run's symbol `target` (−1 when the run
 * is wilds only) with `wilds` leading wilds. The better of the wild-only pay and the symbol pay
 * wins ("best pay per line").
 */
export function runPay(model: SlotModel, target: number, wilds: number, length: number): number {
  if (target < 0) return wildPay(model, length);
  return Math.max(wildPay(model, wilds), model.pay[target * (model.reels + 1) + length] as number);
}
