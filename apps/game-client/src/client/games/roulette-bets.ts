import type { RouletteBet } from "../types.ts";

const RED = new Set([1, 3, 5, 7, 9, 12, 14, 16, 18, 19, 21, 23, 25, 27, 30, 32, 34, 36]);

export function colourOf(n: number): "green" | "red" | "black" {
  return n === 0 ? "green" : RED.has(n) ? "red" : "black";
}

const ORDINAL = ["", "1st", "2nd", "3rd"];
const EVEN_CHANCE: Record<string, string> = {
  red: "Red",
  black: "Black",
  odd: "Odd",
  even: "Even",
  low: "1 to 18",
  high: "19 to 36",
};

/** A bet in words: "Straight 17", "2nd 12", "Column 3", "Red", "Split 17-20". */
export function describeBet(bet: RouletteBet): string {
  if ("numbers" in bet) {
    const kind = bet.type.charAt(0).toUpperCase() + bet.type.slice(1);
    return `${kind} ${bet.numbers.join("-")}`;
  }
  if ("index" in bet) return bet.type === "dozen" ? `${ORDINAL[bet.index]} 12` : `Column ${bet.index}`;
  return EVEN_CHANCE[bet.type] ?? bet.type;
}

/** A stable key per table position, so chips on the same spot add up. */
export function betKey(bet: RouletteBet): string {
  if ("numbers" in bet) return `${bet.type}:${[...bet.numbers].sort((a, b) => a - b).join(",")}`;
  if ("index" in bet) return `${bet.type}:${bet.index}`;
  return bet.type;
}
