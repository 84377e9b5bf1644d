import Type, { type Static } from "typebox";

/** Table rules of a blackjack title. Split aces always receive exactly one card each. */
export const BlackjackRulesSchema = Type.Object(
  {
    /** Decks in the shoe; a fresh shoe is shuffled for every round. */
    decks: Type.Integer({ minimum: 1, maximum: 8 }),
    /** H17 (true): the dealer hits soft 17. S17 (false): stands on all 17s. */
    dealerHitsSoft17: Type.Boolean(),
    /** A natural pays `[numerator, denominator]` to one, e.g. `[3, 2]`. */
    blackjackPays: Type.Tuple([
      Type.Integer({ minimum: 1, maximum: 10 }),
      Type.Integer({ minimum: 1, maximum: 10 }),
    ]),
    /** Double down allowed on a hand made by splitting. */
    doubleAfterSplit: Type.Boolean(),
    /** Most hands a player can split into (1 = no splitting). */
    maxHands: Type.Integer({ minimum: 1, maximum: 4 }),
  },
  { additionalProperties: false },
);
export type BlackjackRules = Static<typeof BlackjackRulesSchema>;

/**
 * The stake unit that keeps a natural's pay whole: the denominator of `blackjackPays` in lowest
 * terms (2 for 3:2, 5 for 6:5).
 */
export function stakeUnit(rules: BlackjackRules): number {
  const [num, den] = rules.blackjackPays;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return den / gcd(num, den);
}
