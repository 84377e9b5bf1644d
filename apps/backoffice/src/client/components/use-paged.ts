import { useCallback, useEffect, useRef, useState } from "react";

/** One page of a keyset-paged list, as every list route of the API answers it. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface Paged<T> {
  /** Every item loaded so far, pages in order. */
  readonly items: readonly T[];
  /** False until the first page is in. */
  readonly loaded: boolean;
  readonly error: Error | undefined;
  readonly loading: boolean;
  /** Whether the server holds more after the last page loaded. */
  readonly hasMore: boolean;
  loadMore(): void;
  /** Starts again from the first page (after a change, or to see new items). */
  reload(): void;
}

/**
 * A list that pages through the server's cursor: the first page on mount and whenever `deps`
 * change, the next one on `loadMore`. Nothing is shown as complete while `nextCursor` says
 * otherwise (the page renders a <LoadMore> with `hasMore`).
 */
export function usePaged<T>(
  loadPage: (cursor: string | undefined) => Promise<Page<T>>,
  deps: readonly unknown[] = [],
): Paged<T> {
  const [state, setState] = useState<{
    items: readonly T[];
    next: string | null;
    loaded: boolean;
    error?: Error;
    loading: boolean;
  }>({ items: [], next: null, loaded: false, loading: true });
  const [tick, setTick] = useState(0);
  // The list a page belongs to: a page answered for an older query or reload is dropped.
  const generation = useRef(0);
  const load = useCallback(loadPage, deps);

  useEffect(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load(undefined).then(
      (page) =>
        mine === generation.current &&
        setState({ items: page.items, next: page.nextCursor, loaded: true, loading: false }),
      (error: Error) =>
        mine === generation.current &&
        setState({ items: [], next: null, loaded: false, error, loading: false }),
    );
  }, [load, tick]);

  const loadMore = () => {
    const cursor = state.next;
    if (cursor === null || state.loading) return;
    const mine = generation.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load(cursor).then(
      (page) =>
        mine === generation.current &&
        setState((s) => ({
          items: [...s.items, ...page.items],
          next: page.nextCursor,
          loaded: true,
          loading: false,
        })),
      (error: Error) => mine === generation.current && setState((s) => ({ ...s, error, loading: false })),
    );
  };

  return {
    items: state.items,
    loaded: state.loaded,
    error: state.error,
    loading: state.loading,
    hasMore: state.next !== null,
    loadMore,
    reload: () => setTick((t) => t + 1),
  };
}

/** The query fields of a page request: the cursor only when there is one. */
export function pageQuery(cursor: string | undefined, limit?: number): { cursor?: string; limit?: number } {
  return { ...(cursor === undefined ? {} : { cursor }), ...(limit === undefined ? {} : { limit }) };
}
