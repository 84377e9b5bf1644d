import type { Static } from "typebox";
import type { GameError } from "../../result.ts";
import { titleError } from "../../catalogue/validate-json.ts";
import type { FreeSpinsDef, slotFields } from "./slot-schema.ts";

type SlotFields = { [K in keyof typeof slotFields]: Static<(typeof slotFields)[K]> };

/** The part of a slot title file shared by line and ways slots. */
export type SlotDefinition = Omit<SlotFields, "scatterPays" | "freeSpins"> & {
  readonly scatterPays?: Record<string, number>;
  readonly freeSpins?: FreeSpinsDef;
};

/**
 * A slot title compiled to integer tables for the hot loops. Symbols become indices into
 * `symbols`; every money figure is in coins (the round's stake is `betCoins` coins).
 */
export interface SlotModel {
  readonly reels: number;
  readonly rows: number;
  readonly symbols: readonly string[];
  /** Index of the wild symbol, −1 when none. */
  readonly wild: number;
  /** Index of the scatter symbol, −1 when none. */
  readonly scatter: number;
  readonly base: readonly Int32Array[];
  readonly free: readonly Int32Array[];
  /** `pay[symbol * (reels + 1) + count]`: coins per line (line slots) or per way (ways slots). */
  readonly pay: Int32Array;
  /** Scatter count → coins (the title's total-bet multiple times `betCoins`). */
  readonly scatterCoins: Int32Array;
  /** Scatter count → free spins awarded by a base spin (already capped at `maxSpins`). */
  readonly baseAwards: Int32Array;
  /** Scatter count → free spins awarded during free spins (all zero without retrigger). */
  readonly freeAwards: Int32Array;
  readonly multiplier: number;
  readonly maxSpins: number;
  readonly betCoins: number;
  readonly hasFreeSpins: boolean;
}

/** Validates the cross-field rules of a slot title and compiles it; errors name the field. */
export function compileSlot(def: SlotDefinition, betCoins: number): { model: SlotModel } | GameError {
  const { reels, rows } = def.layout;
  const cells = reels * rows;
  const index = new Map<string, number>();
  let wild = -1;
  let scatter = -1;
  for (const [i, s] of def.symbols.entries()) {
    if (index.has(s.id)) return titleError(`symbols[${i}].id`, `duplicate symbol '${s.id}'`);
    index.set(s.id, i);
    if (s.kind === "wild") {
      if (wild >= 0) return titleError(`symbols[${i}].kind`, "only one wild symbol is supported");
      wild = i;
    }
    if (s.kind === "scatter") {
      if (scatter >= 0) return titleError(`symbols[${i}].kind`, "only one scatter symbol is supported");
      scatter = i;
    }
  }

  const base = compileStrips(def.reels, "reels", index, reels, rows);
  if ("code" in base) return base;
  const free = def.freeSpins?.reels
    ? compileStrips(def.freeSpins.reels, "freeSpins.reels", index, reels, rows)
    : base;
  if ("code" in free) return free;

  const pay = new Int32Array(def.symbols.length * (reels + 1));
  for (const [symbol, table] of Object.entries(def.pays)) {
    const s = index.get(symbol);
    if (s === undefined) return titleError(`pays.${symbol}`, `unknown symbol '${symbol}'`);
    if (s === scatter) return titleError(`pays.${symbol}`, "the scatter pays through scatterPays");
    const row = countTable(table, reels, `pays.${symbol}`);
    if ("code" in row) return row;
    pay.set(row.values.subarray(0, reels + 1), s * (reels + 1));
  }
  if (!pay.some((v) => v > 0)) return titleError("pays", "no symbol pays anything");

  const scatterCoins = new Int32Array(cells + 1);
  if (def.scatterPays) {
    if (scatter < 0) return titleError("scatterPays", 'needs a symbol of kind "scatter"');
    const t = countTable(def.scatterPays, cells, "scatterPays");
    if ("code" in t) return t;
    for (let c = 0; c <= cells; c++) scatterCoins[c] = (t.values[c] as number) * betCoins;
  }

  const fs = def.freeSpins;
  const baseAwards = new Int32Array(cells + 1);
  const freeAwards = new Int32Array(cells + 1);
  if (fs) {
    if (scatter < 0) return titleError("freeSpins", 'needs a symbol of kind "scatter" to trigger');
    const t = countTable(fs.awards, cells, "freeSpins.awards");
    if ("code" in t) return t;
    if (!t.values.some((v) => v > 0)) return titleError("freeSpins.awards", "awards no spins");
    for (let c = 0; c <= cells; c++) {
      baseAwards[c] = Math.min(t.values[c] as number, fs.maxSpins);
      if (fs.retrigger) freeAwards[c] = t.values[c] as number;
    }
  }

  return {
    model: {
      reels,
      rows,
      symbols: def.symbols.map((s) => s.id),
      wild,
      scatter,
      base,
      free,
      pay,
      scatterCoins,
      baseAwards,
      freeAwards,
      multiplier: fs?.multiplier ?? 1,
      maxSpins: fs?.maxSpins ?? 0,
      betCoins,
      hasFreeSpins: fs !== undefined,
    },
  };
}

function compileStrips(
  strips: readonly string[],
  field: string,
  index: ReadonlyMap<string, number>,
  reels: number,
  rows: number,
): Int32Array[] | GameError {
  if (strips.length !== reels)
    return titleError(field, `has ${strips.length} strips but layout.reels is ${reels}`);
  const out: Int32Array[] = [];
  for (const [r, text] of strips.entries()) {
    const strip = text.split(" ");
    if (strip.length < rows) return titleError(`${field}[${r}]`, `is shorter than layout.rows (${rows})`);
    const compiled = new Int32Array(strip.length);
    for (const [i, id] of strip.entries()) {
      const s = index.get(id);
      if (s === undefined) return titleError(`${field}[${r}][${i}]`, `unknown symbol '${id}'`);
      compiled[i] = s;
    }
    out.push(compiled);
  }
  return out;
}

/**
 * Expands `{ "3": 5, "4": 20 }` into a dense array indexed by count: a count uses the entry of
 * the largest listed count at or below it (so `"3"` alone means "3 or more").
 */
function countTable(
  table: Record<string, number>,
  maxCount: number,
  field: string,
): { values: Int32Array } | GameError {
  const values = new Int32Array(maxCount + 1);
  const keys = Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);
  for (const k of keys) {
    if (k > maxCount) return titleError(`${field}.${k}`, `count exceeds the maximum possible (${maxCount})`);
    values.fill(table[String(k)] as number, k);
  }
  return { values };
}

/** Writes the visible window of `strips` at `stops` into `grid[reel * rows + row]`. */
export function fillGrid(
  model: SlotModel,
  strips: readonly Int32Array[],
  stops: Int32Array,
  grid: Int32Array,
): void {
  const { reels, rows } = model;
  for (let r = 0; r < reels; r++) {
    const strip = strips[r] as Int32Array;
    const len = strip.length;
    const stop = stops[r] as number;
    for (let h = 0; h < rows; h++) grid[r * rows + h] = strip[(stop + h) % len] as number;
  }
}

/** Scatter symbols visible in `grid` (each cell counts). */
export function countScatters(model: SlotModel, grid: Int32Array): number {
  if (model.scatter < 0) return 0;
  let n = 0;
  for (let i = 0; i < grid.length; i++) if (grid[i] === model.scatter) n++;
  return n;
}
