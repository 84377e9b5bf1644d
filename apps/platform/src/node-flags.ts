/**
 * The V8 flags the platform process runs with: `npm start` (apps/platform), the demo, the bench
 * and the tests that run it as a process all start `node <these> src/server.ts`. They are given on
 * the command line because V8 reads them when it sets up the heap, before any of our code runs;
 * server.ts logs a warning when started without them.
 *
 * Why (measured by `npm run bench:billing`, a 1,000,000-line reconciliation, ADR 0011):
 * - `--max-semi-space-size=8`: V8 grows the young generation to 64 MiB per semi-space under a
 *   high allocation rate, committed memory the process keeps (idle 265 → 217 MB resident).
 * - `--no-minor-gc-task`: young collections run when the young generation fills, not also from
 *   idle-time tasks. While the platform waits on PostgreSQL it is idle often, and those tasks
 *   collected so often that short-lived objects (an upload's lines waiting for their insert) lived
 *   through two collections and were promoted: old-generation garbage by the hundred megabytes.
 */
export const PLATFORM_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=8", "--no-minor-gc-task"];

/** The flags of PLATFORM_NODE_FLAGS this process was started without. */
export function missingNodeFlags(execArgv: readonly string[] = process.execArgv): string[] {
  return PLATFORM_NODE_FLAGS.filter((flag) => !execArgv.includes(flag));
}
