import type { Game, LoadedTitle } from "../engine.ts";
import { fail, type GameError, type Result } from "../result.ts";
import type { EngineId, Features, GameType, Volatility } from "../types.ts";
import { loadTitleDefinition } from "./engines.ts";
import { volatilityOf } from "./volatility.ts";

/** One lobby entry. Figures are computed from the title's maths, not copied from its file. */
export interface CatalogueEntry {
  readonly id: string;
  readonly name: string;
  readonly type: GameType;
  readonly engine: EngineId;
  readonly rtp: {
    /** Percentage, four decimals: `"96.1234"`. */
    readonly percent: string;
    /** Exact fraction `"num/den"` (for blackjack: the simulated estimate as a fraction). */
    readonly exact: string;
    readonly method: "exact" | "simulation";
  };
  readonly volatility: Volatility;
  /** σ of one round's return per unit stake. */
  readonly stdDev: number;
  readonly hitFrequency: number;
  readonly maxWinMultiplier: number;
  readonly minBetMinor: number;
  readonly maxBetMinor: number;
  readonly features: Features;
  /** What the figures refer to for games with player choices. */
  readonly reference?: string;
}

/** A set of loaded titles. */
export interface Catalogue {
  readonly ids: readonly string[];
  get(id: string): LoadedTitle | undefined;
  /** The playable game of a title. */
  loadTitle(id: string): Result<{ game: Game }>;
  /**
   * Lobby entries, in id order. The first call analyses every title (slots enumerate every stop
   * combination: seconds in total); results are cached.
   */
  list(): CatalogueEntry[];
}

/** Builds a catalogue entry from a title's analysis. */
export function catalogueEntry(loaded: LoadedTitle): CatalogueEntry {
  const a = loaded.analyze();
  const { title } = loaded;
  return {
    id: title.id,
    name: title.name,
    type: loaded.type,
    engine: title.engine,
    rtp: { percent: a.rtp.toPercent(4), exact: a.rtp.toString(), method: a.rtpMethod },
    volatility: volatilityOf(a.stdDev),
    stdDev: Number(a.stdDev.toFixed(3)),
    hitFrequency: Number(a.hitFrequency.toFixed(4)),
    maxWinMultiplier: a.maxWinMultiplier,
    minBetMinor: title.betLimits.minMinor,
    maxBetMinor: title.betLimits.maxMinor,
    features: loaded.features,
    ...(a.reference ? { reference: a.reference } : {}),
  };
}

/**
 * Builds a catalogue from parsed title files; any invalid file or duplicate id refuses the lot,
 * naming the title (by its position) and the field.
 *
 * @example
 * const r = createCatalogue([JSON.parse(fs.readFileSync("my-slot.json", "utf8"))]);
 * if (r.ok) r.catalogue.list();
 */
export function createCatalogue(definitions: readonly unknown[]): Result<{ catalogue: Catalogue }> {
  const byId = new Map<string, LoadedTitle>();
  for (const [i, json] of definitions.entries()) {
    const r = loadTitleDefinition(json);
    if (!r.ok) return withPrefix(r, `titles[${i}]`);
    if (byId.has(r.loaded.title.id))
      return fail("INVALID_TITLE", `titles[${i}].id: duplicate id '${r.loaded.title.id}'`);
    byId.set(r.loaded.title.id, r.loaded);
  }
  const ids = [...byId.keys()].sort();
  let entries: CatalogueEntry[] | undefined;
  const catalogue: Catalogue = {
    ids,
    get: (id) => byId.get(id),
    loadTitle(id) {
      const loaded = byId.get(id);
      return loaded ? { ok: true, game: loaded.game } : fail("UNKNOWN_TITLE", `no title '${id}'`);
    },
    list() {
      entries ??= ids.map((id) => catalogueEntry(byId.get(id) as LoadedTitle));
      return entries;
    },
  };
  return { ok: true, catalogue };
}

function withPrefix(error: GameError, prefix: string): GameError {
  return fail(error.code, `${prefix} ${error.message}`);
}
