/**
 * How far behind its watermark each projector run looks for a round that committed late (a round's
 * close time is stamped just before its batch commits, so it can become visible after the
 * watermark passed it).
 *
 * Every run looking back the whole `lookbackMs` re-read every round closed in that window and
 * probed billing_rounds for each, once a second in every process: 36,000 rounds a run at 600
 * rounds/s, 600,000 at 10,000, to find the few that were late. An ordinary run looks back
 * `recentMs`, which covers a commit that lags its stamp by up to `lagMs + recentMs` (seconds: a
 * slow group commit); a run every `fullEveryMs`, and the first run of a process, looks back the
 * whole `lookbackMs`, so a round committed later than that still reaches fees and reports within
 * `fullEveryMs` more, as before. Later than `lookbackMs` the self-check reports it, as before.
 */
export interface LookbackSchedule {
  /** The lookback for a run starting at `nowMs`. */
  lookbackAt(nowMs: number): number;
}

export interface LookbackSettings {
  readonly recentMs: number;
  readonly lookbackMs: number;
  readonly fullEveryMs: number;
}

export const DEFAULT_RECENT_LOOKBACK_MS = 5_000;
export const DEFAULT_FULL_LOOKBACK_EVERY_MS = 30_000;

export function createLookbackSchedule(settings: LookbackSettings): LookbackSchedule {
  let lastFullAtMs: number | undefined;
  return {
    lookbackAt(nowMs) {
      if (settings.recentMs >= settings.lookbackMs) return settings.lookbackMs;
      if (lastFullAtMs === undefined || nowMs - lastFullAtMs >= settings.fullEveryMs) {
        lastFullAtMs = nowMs;
        return settings.lookbackMs;
      }
      return settings.recentMs;
    },
  };
}
