import Type, { type Static } from "typebox";
import Value from "typebox/value";
import { fieldPath } from "../catalogue/validate-json.ts";
import { fail, type GameError } from "../result.ts";
import { colorOf, INSIDE_POSITIONS, positionKey, type InsideKind } from "./wheel.ts";

const Amount = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
const Inside = Type.Object(
  {
    type: Type.Union([
      Type.Literal("straight"),
      Type.Literal("split"),
      Type.Literal("street"),
      Type.Literal("corner"),
      Type.Literal("six-line"),
    ]),
    numbers: Type.Array(Type.Integer({ minimum: 0, maximum: 36 }), { minItems: 1, maxItems: 6 }),
    amountMinor: Amount,
  },
  { additionalProperties: false },
);
const Group = Type.Object(
  {
    type: Type.Union([Type.Literal("dozen"), Type.Literal("column")]),
    index: Type.Integer({ minimum: 1, maximum: 3 }),
    amountMinor: Amount,
  },
  { additionalProperties: false },
);
const EvenChance = Type.Object(
  {
    type: Type.Union([
      Type.Literal("red"),
      Type.Literal("black"),
      Type.Literal("odd"),
      Type.Literal("even"),
      Type.Literal("low"),
      Type.Literal("high"),
    ]),
    amountMinor: Amount,
  },
  { additionalProperties: false },
);

/** Maximum bets on one spin: a limit on request size. */
export const MAX_BETS = 200;

/**
 * Roulette options: the bets on the layout. Inside bets name their numbers (`split` `[17, 20]`);
 * dozens and columns an `index` 1..3; even chances only a type.
 *
 * @example
 * { bets: [{ type: "corner", numbers: [1, 2, 4, 5], amountMinor: 100 }, { type: "red", amountMinor: 200 }] }
 */
export const RouletteOptionsSchema = Type.Object(
  { bets: Type.Array(Type.Union([Inside, Group, EvenChance]), { minItems: 1, maxItems: MAX_BETS }) },
  { additionalProperties: false },
);
export type RouletteOptions = Static<typeof RouletteOptionsSchema>;
export type RouletteBet = RouletteOptions["bets"][number];

/** A validated bet: which pockets win and what it pays "to one". */
export interface PlacedBet {
  readonly bet: RouletteBet;
  readonly covers: ReadonlySet<number>;
  /** Winnings per unit staked (35 for a straight up); a win credits stake × (payout + 1). */
  readonly payout: number;
  /** Red/black, odd/even, low/high: the bets La Partage returns half of on zero. */
  readonly evenChance: boolean;
}

const INSIDE_PAYOUT: Record<InsideKind, number> = {
  straight: 35,
  split: 17,
  street: 11,
  corner: 8,
  "six-line": 5,
};
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const EVEN_CHANCE: Record<"red" | "black" | "odd" | "even" | "low" | "high", number[]> = {
  red: range(1, 36).filter((n) => colorOf(n) === "red"),
  black: range(1, 36).filter((n) => colorOf(n) === "black"),
  odd: range(1, 36).filter((n) => n % 2 === 1),
  even: range(1, 36).filter((n) => n % 2 === 0),
  low: range(1, 18),
  high: range(19, 36),
};

/** Validates the bets of a spin; refuses positions that do not exist on the table. */
export function placeBets(options: unknown): { bets: PlacedBet[] } | GameError {
  if (!Value.Check(RouletteOptionsSchema, options)) {
    const first = [...Value.Errors(RouletteOptionsSchema, options)][0];
    return fail(
      "INVALID_OPTIONS",
      `options.${fieldPath(first?.instancePath ?? "", options)}: ${first?.message ?? "invalid"}`,
    );
  }
  const placed: PlacedBet[] = [];
  for (const [i, bet] of options.bets.entries()) {
    if ("numbers" in bet) {
      const kind = INSIDE_POSITIONS.get(positionKey(bet.numbers));
      if (kind !== bet.type || new Set(bet.numbers).size !== bet.numbers.length) {
        return fail(
          "INVALID_OPTIONS",
          `options.bets[${i}]: ${bet.numbers.join("-")} is not a ${bet.type} on the table`,
        );
      }
      placed.push({ bet, covers: new Set(bet.numbers), payout: INSIDE_PAYOUT[kind], evenChance: false });
    } else if ("index" in bet) {
      const covers = range(1, 36).filter((n) =>
        bet.type === "dozen" ? Math.ceil(n / 12) === bet.index : ((n - 1) % 3) + 1 === bet.index,
      );
      placed.push({ bet, covers: new Set(covers), payout: 2, evenChance: false });
    } else {
      placed.push({ bet, covers: new Set(EVEN_CHANCE[bet.type]), payout: 1, evenChance: true });
    }
  }
  return { bets: placed };
}
