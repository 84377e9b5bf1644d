/**
 * The deepest a JSON feed may nest. A real feed is an object of arrays of game objects whose
 * fields hold at most a list or a small object (depth 4-5); the margin is for providers' extra
 * fields. Recursive code (JSON.stringify, the row readers) overflows the stack somewhere above a
 * few thousand levels, which a 20 KB body reaches.
 */
export const MAX_FEED_DEPTH = 32;

/**
 * Whether a parsed JSON value nests deeper than `maxDepth` (a scalar is depth 0, `[]` depth 1).
 * Iterative, so that asking cannot overflow the stack itself.
 */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: Array<readonly [unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (typeof item !== "object" || item === null) continue;
    if (depth + 1 > maxDepth) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}
