import { loadTitleDefinition } from "../catalogue/engines.ts";
import type { LoadedTitle } from "../engine.ts";
import { Rational } from "../math/rational.ts";

/** A title file with one pay-table entry made one unit smaller, and what that does to the RTP. */
export interface PayMutation {
  /** e.g. `pays.CHERRY.2: 2 → 1`. */
  readonly entry: string;
  readonly original: LoadedTitle;
  readonly mutated: LoadedTitle;
  /** |RTP(original) − RTP(mutated)|, exact. */
  readonly effect: Rational;
}

type Json = Record<string, unknown> & { engine: string; pays: Record<string, unknown> };

/** Every pay-table entry of a slot or keno title file, as [path in `pays`, value]. */
function payEntries(json: Json): [string[], number][] {
  const out: [string[], number][] = [];
  for (const [k, v] of Object.entries(json.pays)) {
    if (typeof v === "number") out.push([[k], v]);
    else for (const [count, pay] of Object.entries(v as Record<string, number>)) out.push([[k, count], pay]);
  }
  return out;
}

function withEntry(json: Json, path: string[], value: number): Json {
  const copy = structuredClone(json);
  let table = copy.pays as Record<string, unknown>;
  for (const key of path.slice(0, -1)) table = table[key] as Record<string, unknown>;
  table[path.at(-1)!] = value;
  return copy;
}

/**
 * The pay-table entry whose removal moves the RTP most, set to `value(before)` (zero by
 * default). A simulation check sized to detect this change detects the loss of any entry that
 * matters as much; smaller errors are the exact analysis's job (enumeration == linearity ==
 * the engine's own evaluation).
 */
export function mutateStrongestPay(json: Json, value: (before: number) => number = () => 0): PayMutation {
  const original = load(json);
  let best: { path: string[]; before: number; mutated: LoadedTitle; effect: Rational } | undefined;
  for (const [path, before] of payEntries(json)) {
    if (before === 0) continue;
    const mutated = load(withEntry(json, path, value(before)));
    const diff = original.rtp.sub(mutated.rtp);
    const effect = diff.num < 0n ? diff.mul(Rational.of(-1)) : diff;
    if (!best || effect.compare(best.effect) > 0) best = { path, before, mutated, effect };
  }
  if (!best) throw new Error("no pay entry to mutate");
  return {
    entry: `pays.${best.path.join(".")}: ${best.before} → ${value(best.before)}`,
    original,
    mutated: best.mutated,
    effect: best.effect,
  };
}

function load(json: unknown): LoadedTitle {
  const r = loadTitleDefinition(json, { checkPublished: false });
  if (!r.ok) throw new Error(r.message);
  return r.loaded;
}
