/** Numbers on a single-zero (European) wheel: 0..36. */
export const POCKETS = 37;

const RED = new Set([1, 3, 5, 7, 9, 12, 14, 16, 18, 19, 21, 23, 25, 27, 30, 32, 34, 36]);

/** Colour of a pocket. */
export function colorOf(n: number): "green" | "red" | "black" {
  return n === 0 ? "green" : RED.has(n) ? "red" : "black";
}

/** Inside bet kinds, each with the number sets that are real positions on the table layout. */
export type InsideKind = "straight" | "split" | "street" | "corner" | "six-line";

/**
 * Every legal inside position, keyed by its sorted numbers ("1,2,4,5"). The layout is 12 rows
 * of three (1-2-3, 4-5-6, ...) with 0 above the first row; a split joins horizontal or vertical
 * neighbours, a street is a row (or the 0-1-2 / 0-2-3 trios), a corner four numbers meeting at a
 * point (or 0-1-2-3, the first four), a six line two adjacent rows.
 */
export const INSIDE_POSITIONS: ReadonlyMap<string, InsideKind> = buildPositions();

function buildPositions(): Map<string, InsideKind> {
  const positions = new Map<string, InsideKind>();
  const add = (kind: InsideKind, numbers: number[]) => positions.set(positionKey(numbers), kind);
  for (let n = 0; n <= 36; n++) add("straight", [n]);
  for (let n = 1; n <= 36; n++) {
    if (n % 3 !== 0) add("split", [n, n + 1]); // horizontal, same row
    if (n <= 33) add("split", [n, n + 3]); // vertical
  }
  for (const n of [1, 2, 3]) add("split", [0, n]);
  for (let row = 0; row < 12; row++) add("street", [3 * row + 1, 3 * row + 2, 3 * row + 3]);
  add("street", [0, 1, 2]);
  add("street", [0, 2, 3]);
  for (let n = 1; n <= 32; n++) if (n % 3 !== 0) add("corner", [n, n + 1, n + 3, n + 4]);
  add("corner", [0, 1, 2, 3]);
  for (let row = 0; row < 11; row++)
    add(
      "six-line",
      [1, 2, 3, 4, 5, 6].map((i) => 3 * row + i),
    );
  return positions;
}

/** Canonical key of a set of numbers. */
export function positionKey(numbers: readonly number[]): string {
  return [...numbers].sort((a, b) => a - b).join(",");
}
