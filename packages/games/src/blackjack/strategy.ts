import type { BlackjackRules } from "./rules.ts";

/** Action codes shared by the game and the simulation kernel. */
export const HIT = 0;
export const STAND = 1;
export const DOUBLE = 2;
export const SPLIT = 3;

// Columns: dealer up card 2, 3, 4, 5, 6, 7, 8, 9, 10, A. H hit, S stand, D double (else hit),
// X double (else stand), P split. Multi-deck, no surrender, dealer peeks; the usual published
// charts, with the three H17 changes noted below.
const HARD: Record<number, string> = {
  9: "HDDDDHHHHH",
  10: "DDDDDDDDHH",
  11: "DDDDDDDDDH",
  12: "HHSSSHHHHH",
  13: "SSSSSHHHHH",
  14: "SSSSSHHHHH",
  15: "SSSSSHHHHH",
  16: "SSSSSHHHHH",
};
const SOFT: Record<number, string> = {
  13: "HHHDDHHHHH",
  14: "HHHDDHHHHH",
  15: "HHDDDHHHHH",
  16: "HHDDDHHHHH",
  17: "HDDDDHHHHH",
  18: "SXXXXSSHHH",
};
const PAIRS_DAS: Record<number, string> = {
  1: "PPPPPPPPPP",
  2: "PPPPPPHHHH",
  3: "PPPPPPHHHH",
  4: "HHHPPHHHHH",
  6: "PPPPPHHHHH",
  7: "PPPPPPHHHH",
  8: "PPPPPPPPPP",
  9: "PPPPPSPPSS",
};
const PAIRS_NO_DAS: Record<number, string> = {
  ...PAIRS_DAS,
  2: "HHPPPPHHHH",
  3: "HHPPPPHHHH",
  4: "HHHHHHHHHH",
  6: "HPPPPHHHHH",
};

/**
 * Basic strategy (total-dependent) for the title's rules. The simulated RTP of a blackjack
 * title is the return of this strategy.
 *
 * @param pairValue value of the pair (1 = aces, 10 for any two ten-valued cards), 0 when not a pair
 * @param up dealer up card value, 1 (ace) to 10
 * @returns HIT, STAND, DOUBLE or SPLIT
 * @example
 * basicStrategy(rules, 11, false, 0, true, false, 6); // DOUBLE
 */
export function basicStrategy(
  rules: BlackjackRules,
  total: number,
  soft: boolean,
  pairValue: number,
  canDouble: boolean,
  canSplit: boolean,
  up: number,
): number {
  const col = up === 1 ? 9 : up - 2;
  if (pairValue > 0 && canSplit) {
    const row = (rules.doubleAfterSplit ? PAIRS_DAS : PAIRS_NO_DAS)[pairValue];
    if (row?.[col] === "P") return SPLIT;
  }
  let code: string;
  if (soft) {
    code = total >= 19 ? "S" : (SOFT[total]?.[col] ?? "H");
    if (rules.dealerHitsSoft17 && ((total === 18 && up === 2) || (total === 19 && up === 6))) code = "X";
  } else {
    code = total >= 17 ? "S" : (HARD[total]?.[col] ?? "H");
    if (rules.dealerHitsSoft17 && total === 11 && up === 1) code = "D";
  }
  if (code === "D") return canDouble ? DOUBLE : HIT;
  if (code === "X") return canDouble ? DOUBLE : STAND;
  return code === "S" ? STAND : HIT;
}
