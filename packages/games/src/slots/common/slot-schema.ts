import Type, { type Static } from "typebox";

/** Symbol ids: short, stable tokens used in strips and pay tables (`A`, `SEVEN`, `WILD`). */
export const SymbolId = Type.String({ pattern: "^[A-Za-z0-9_]{1,16}$" });

/** `{ "3": 5, "4": 20 }` — a count of symbols mapped to a non-negative integer. */
export const CountTable = Type.Record(
  Type.String({ pattern: "^[1-9][0-9]?$" }),
  Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  {
    additionalProperties: false,
  },
);

export const SymbolDef = Type.Object(
  {
    id: SymbolId,
    name: Type.Optional(Type.String({ maxLength: 40 })),
    kind: Type.Optional(Type.Union([Type.Literal("wild"), Type.Literal("scatter")])),
  },
  { additionalProperties: false },
);

/**
 * Reel strips, one string per reel: symbol ids separated by single spaces, in strip order (the
 * strip wraps around). `"A K WILD Q"` is a strip of four stops.
 */
export const Strips = Type.Array(
  Type.String({ pattern: "^[A-Za-z0-9_]{1,16}( [A-Za-z0-9_]{1,16}){0,511}$" }),
  {
    minItems: 1,
    maxItems: 8,
  },
);

export const FreeSpinsDef = Type.Object(
  {
    /** Scatter count → spins awarded (the largest listed count at or below the actual count applies). */
    awards: CountTable,
    /** Every free-spin win (lines/ways and scatter) is multiplied by this. */
    multiplier: Type.Integer({ minimum: 1, maximum: 100 }),
    /** Whether scatters during free spins award more spins. */
    retrigger: Type.Boolean(),
    /** Cap on spins awarded in one feature (trigger plus retriggers); extra awards are forfeited. */
    maxSpins: Type.Integer({ minimum: 1, maximum: 500 }),
    /** Reel strips used during free spins; the base strips when omitted. */
    reels: Type.Optional(Strips),
  },
  { additionalProperties: false },
);

/** Fields shared by line and ways slots. */
export const slotFields = {
  layout: Type.Object(
    { reels: Type.Integer({ minimum: 3, maximum: 8 }), rows: Type.Integer({ minimum: 1, maximum: 8 }) },
    { additionalProperties: false },
  ),
  symbols: Type.Array(SymbolDef, { minItems: 2, maxItems: 32 }),
  reels: Strips,
  /** Symbol → count → coins per line bet (line slots) or per way (ways slots). */
  pays: Type.Record(SymbolId, CountTable, { additionalProperties: false }),
  /** Scatter count → multiple of the total bet, paid anywhere on the grid. */
  scatterPays: Type.Optional(CountTable),
  freeSpins: Type.Optional(FreeSpinsDef),
};

export type FreeSpinsDef = Static<typeof FreeSpinsDef>;
export type SymbolDef = Static<typeof SymbolDef>;
