/**
 * Every limit of conformance runs, with why (STYLE 8 and 9). A run calls the operator's wallet
 * a few hundred times over a few seconds, moves test money and holds a slot: each is bounded.
 */

/** Runs an operator may start per rolling hour, both environments together: a run is a small load test. */
export const RUNS_PER_HOUR_DEFAULT = 10;
export const RATE_WINDOW_MS = 60 * 60_000;

/**
 * Longest a run may take. A correct wallet finishes in seconds; a slow one (every call near a
 * 30 s timeout) could take hours. Past this, the run stops after the check in progress, settles
 * the test balances and is stored as `aborted` with code RUN_TIME_LIMIT.
 */
export const MAX_RUN_DURATION_MS = 15 * 60_000;

/** How often a process writes the heartbeat of the runs it executes. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/**
 * A `running` run whose heartbeat is older than this has lost its process (a crash, a kill, a
 * restart) and is marked `interrupted`: at start-up, on every heartbeat tick and before a new
 * run of the same operator and environment starts. Several heartbeats long, so a busy event
 * loop never interrupts a live run, and per-run rather than per-process, so several platform
 * instances can share one database.
 */
export const STALE_AFTER_MS = 6 * HEARTBEAT_INTERVAL_MS;

/** Runs one process executes at once (a limit on sockets and memory); more are refused with 503. */
export const MAX_RUNS_IN_FLIGHT = 20;

/** On shutdown, how long in-flight runs get to finish their check and settle balances before they are left `interrupted`. */
export const STOP_GRACE_MS = 5_000;

/** Bounds on a run's input. */
export const MAX_TEST_PLAYERS = 10;
export const MAX_ONLY_ENTRIES = 50;

declare module "../http/types.ts" {
  interface AbuseLimits {
    /** Conformance runs an operator may start per rolling hour; default RUNS_PER_HOUR_DEFAULT. */
    readonly conformanceRunsPerHour?: number;
  }
}
