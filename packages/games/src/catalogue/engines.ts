import { blackjackEngine } from "../blackjack/blackjack.ts";
import type { EngineModule, LoadedTitle, LoadOptions } from "../engine.ts";
import { kenoEngine } from "../keno/keno.ts";
import { fail, type Result } from "../result.ts";
import { rouletteEngine } from "../roulette/roulette.ts";
import { lineSlotEngine } from "../slots/line/line-slot.ts";
import { waysSlotEngine } from "../slots/ways/ways-slot.ts";
import type { EngineId } from "../types.ts";
import { titleError } from "./validate-json.ts";

/**
 * Every engine, by the `engine` field of a title file.
 *
 * @example
 * ENGINES["line-slot"].load(json, { checkPublished: false });
 */
export const ENGINES: Readonly<Record<EngineId, EngineModule>> = {
  "line-slot": lineSlotEngine,
  "ways-slot": waysSlotEngine,
  roulette: rouletteEngine,
  blackjack: blackjackEngine,
  keno: kenoEngine,
};

/**
 * Validates one parsed title file with the engine it names: the check a studio runs before
 * shipping a title. Errors are `INVALID_TITLE` with the offending field first.
 *
 * @example
 * const r = loadTitleDefinition(JSON.parse(text));
 * if (!r.ok) console.error(r.message); // "reels[2][13]: unknown symbol 'Q2'"
 */
export function loadTitleDefinition(json: unknown, options?: LoadOptions): Result<{ loaded: LoadedTitle }> {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return fail("INVALID_TITLE", "(title): must be an object");
  const engine = (json as { engine?: unknown }).engine;
  const module = typeof engine === "string" ? ENGINES[engine as EngineId] : undefined;
  if (!module) return titleError("engine", `must be one of ${Object.keys(ENGINES).join(", ")}`);
  return module.load(json, options);
}
