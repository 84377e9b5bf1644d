/**
 * Counts failed authentications per key (a credential id, a gateway key id, an account's email,
 * or a client IP for requests that name none) in fixed windows and says when that key must wait.
 * Only failures count, so a busy but honest integration is never throttled, while guessing tokens
 * or passwords is. In memory and per process: good enough to make guessing pointless; put a
 * shared limiter in front when running many instances.
 */
export interface FailureLimiter {
  /** Seconds to wait when the key is blocked now; undefined when it may try. */
  blockedFor(key: string): number | undefined;
  recordFailure(key: string): void;
  /**
   * Counts an attempt as a failure before its outcome is known, so that concurrent attempts
   * cannot all pass a check made before any of them failed. Undefined: reserved (call `release`
   * or `reset` if it turns out not to be a failure); a number: blocked, seconds to wait.
   */
  reserve(key: string): number | undefined;
  /** Takes back one reserved failure (the attempt was never made, e.g. refused as busy). */
  release(key: string): void;
  /** Forgets the key's failures (a success). */
  reset(key: string): void;
}

export interface FailureLimiterOptions {
  /** Failures allowed per window before the key is blocked until the window ends. */
  readonly maxFailures: number;
  readonly windowMs: number;
  /** Most keys tracked; the oldest windows are dropped first (a limit on memory). */
  readonly maxKeys?: number;
  readonly clock?: () => number;
}

export function createFailureLimiter(options: FailureLimiterOptions): FailureLimiter {
  const clock = options.clock ?? Date.now;
  const maxKeys = options.maxKeys ?? 10_000;
  // Map keeps insertion order: the first entries are the oldest windows.
  const windows = new Map<string, { startMs: number; failures: number }>();

  function current(key: string, now: number) {
    const entry = windows.get(key);
    if (entry !== undefined && now - entry.startMs >= options.windowMs) {
      windows.delete(key);
      return undefined;
    }
    return entry;
  }

  function blockedFor(key: string): number | undefined {
    const now = clock();
    const entry = current(key, now);
    if (entry === undefined || entry.failures < options.maxFailures) return undefined;
    return Math.max(1, Math.ceil((entry.startMs + options.windowMs - now) / 1000));
  }

  function record(key: string): void {
    const now = clock();
    const entry = current(key, now);
    if (entry !== undefined) {
      entry.failures += 1;
      return;
    }
    if (windows.size >= maxKeys) {
      const oldest = windows.keys().next().value;
      if (oldest !== undefined) windows.delete(oldest);
    }
    windows.set(key, { startMs: now, failures: 1 });
  }

  return {
    blockedFor,
    recordFailure: record,
    reserve(key) {
      const wait = blockedFor(key);
      if (wait === undefined) record(key);
      return wait;
    },
    release(key) {
      const entry = current(key, clock());
      if (entry === undefined) return;
      entry.failures -= 1;
      if (entry.failures <= 0) windows.delete(key);
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
