/**
 * The limits every bet and win checks (the catalogue's stake range of a game in a currency, the
 * operator's play limits, a studio's maximum win multiple) change by hand and seldom, while every
 * round read them with four queries of its own. They are kept here for `LIMITS_TTL_MS` per key.
 *
 * | who changed the limit               | when the gateway sees it                  |
 * | ----------------------------------- | ----------------------------------------- |
 * | this process (backoffice, import)   | at once: the writer calls `forgetLimits`  |
 * | another process on the same database | within `LIMITS_TTL_MS`                    |
 *
 * The cache is per database handle (a `WeakMap` on the Kysely instance the reads go through), so
 * two apps on two databases (tests) never share an entry. A read in flight is shared by the
 * requests that ask for the same key meanwhile; a failed read is not kept.
 */

/** How long a limit read from the database is used: an admin's change reaches other processes within it. */
export const LIMITS_TTL_MS = 1_000;
/** Keys kept per database at most (games × currencies, operators × currencies, studios); past it, all go. */
export const MAX_LIMIT_KEYS = 50_000;

interface Entry {
  readonly value: Promise<unknown>;
  readonly expiresAtMs: number;
}

const caches = new WeakMap<object, Map<string, Entry>>();

/** `read()`'s answer for `key`, from the cache when it is younger than `LIMITS_TTL_MS`. */
export function cachedLimit<T>(db: object, key: string, read: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  const nowMs = performance.now();
  const hit = cache.get(key);
  if (hit !== undefined && hit.expiresAtMs > nowMs) return hit.value as Promise<T>;
  if (cache.size >= MAX_LIMIT_KEYS) cache.clear();
  const value = read();
  const entry = { value, expiresAtMs: nowMs + LIMITS_TTL_MS };
  cache.set(key, entry);
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return value;
}

/** Drops every cached limit of `db`: called by whatever changes a limit, after its commit. */
export function forgetLimits(db: object): void {
  caches.get(db)?.clear();
}
