import type { EngineModule } from "../../engine.ts";
import { loadSlotTitle } from "../common/slot-title.ts";
import { enumerateWaysSlot } from "./ways-enumeration.ts";
import { createWaysEvaluator } from "./ways-evaluator.ts";
import { expectedWaysCoins } from "./ways-expectation.ts";
import { compileWaysSlot } from "./ways-model.ts";

/** The ways slot engine (243-ways style): wins on adjacent reels from the left, anywhere on each reel. */
export const waysSlotEngine: EngineModule = {
  engine: "ways-slot",
  load(json, options) {
    const compiled = compileWaysSlot(json);
    if ("code" in compiled) return compiled;
    const { title, model } = compiled;
    return loadSlotTitle({
      title,
      model,
      evaluator: createWaysEvaluator(model),
      expectedWins: (strips) => expectedWaysCoins(model, strips),
      enumerate: (strips) => enumerateWaysSlot(model, strips),
      // No wild on reel 1, so every way starts on a distinct first-reel cell: at most rows^reels ways pay.
      options,
      maxSpinCoins: Math.max(...model.pay) * model.rows ** model.reels,
    });
  },
};
