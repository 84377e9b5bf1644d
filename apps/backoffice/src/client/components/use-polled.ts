import { useCallback, useEffect, useState } from "react";
import type { Loaded } from "./use-load.ts";

/** How often a page asks again about work in progress: brisk enough to watch, light on the server. */
export const POLL_MS = 700;

/**
 * Like useLoad, and then again every `intervalMs` for as long as `again(data)` holds (work
 * still running); a failed load stops it. `reload` restarts the polling.
 */
export function usePolled<T>(
  load: () => Promise<T>,
  again: (data: T) => boolean,
  deps: readonly unknown[] = [],
  intervalMs = POLL_MS,
): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const data = await run();
        if (!live) return;
        setState({ data, loading: false });
        if (again(data)) timer = setTimeout(poll, intervalMs);
      } catch (caught) {
        if (live) setState((s) => ({ ...s, error: caught as Error, loading: false }));
      }
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [run, tick]);
  return {
    data: state.data,
    error: state.error,
    loading: state.loading,
    reload: () => setTick((t) => t + 1),
  };
}
