/**
 * Counts failed authentications per client key (IP) in fixed windows and says when a client
 * must wait. Only failures count, so a busy but honest integration is never throttled, while
 * guessing tokens or passwords is. In memory and per process: good enough to make guessing
 * pointless; put a shared limiter in front when running many instances.
 */
export interface FailureLimiter {
  /** Seconds to wait when the key is blocked now; undefined when it may try. */
  blockedFor(key: string): number | undefined;
  recordFailure(key: string): void;
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

  return {
    blockedFor(key) {
      const now = clock();
      const entry = current(key, now);
      if (entry === undefined || entry.failures < options.maxFailures) return undefined;
      return Math.max(1, Math.ceil((entry.startMs + options.windowMs - now) / 1000));
    },
    recordFailure(key) {
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
    },
  };
}
