/**
 * The timings and amounts of game sessions. Defaults suit production; tests pass smaller ones.
 */
export interface SessionSettings {
  /**
   * How long a launch URL can be opened. Short: the operator's page redirects the player to it at
   * once, and a URL that leaks (history, logs, a shared screen) must be worthless soon after.
   */
  readonly launchTokenTtlMs: number;
  /** A session with no studio request for this long expires: no new bets (open rounds still settle). */
  readonly idleTimeoutMs: number;
  /** Play money a demo session starts with, in minor units of its currency. */
  readonly demoBalanceMinor: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  launchTokenTtlMs: 60_000,
  idleTimeoutMs: 30 * 60_000,
  demoBalanceMinor: 100_000,
};

/** last_activity_at_ms is rewritten at most this often by read-only requests (validate, balance). */
export const ACTIVITY_RESOLUTION_MS = 5_000;
/** Sessions expired per sweep at most (one bounded statement). */
export const MAX_SESSIONS_PER_SWEEP = 500;
/** How often the expiry sweeper runs: expiry is enforced on every bet anyway, the sweep only tidies status. */
export const DEFAULT_SESSION_SWEEP_INTERVAL_MS = 60_000;
