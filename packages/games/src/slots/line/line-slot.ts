import type { EngineModule } from "../../engine.ts";
import { loadSlotTitle } from "../common/slot-title.ts";
import { enumerateLineSlot } from "./line-enumeration.ts";
import { createLineEvaluator } from "./line-evaluator.ts";
import { expectedLineCoins } from "./line-expectation.ts";
import { compileLineSlot } from "./line-model.ts";

/** The line slot engine: reels × rows, reel strips, paylines, wild, scatter, free spins. */
export const lineSlotEngine: EngineModule = {
  engine: "line-slot",
  load(json, options) {
    const compiled = compileLineSlot(json);
    if ("code" in compiled) return compiled;
    const { title, model } = compiled;
    return loadSlotTitle({
      title,
      model,
      evaluator: createLineEvaluator(model),
      expectedWins: (strips) => expectedLineCoins(model, strips),
      enumerate: (strips) => enumerateLineSlot(model, strips),
      options,
      maxSpinCoins: model.lines.length * Math.max(...model.pay),
    });
  },
};
