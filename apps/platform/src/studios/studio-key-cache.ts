import type { ServiceDeps } from "../deps.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { findVerificationKey } from "./studio-keys.ts";
import type { StudioKeyCache, VerificationKey } from "./verification-key.ts";

/**
 * How long a looked-up gateway key (or its absence) is reused. Every gateway request needs its
 * key; reading and unsealing it each time was the largest single cost of a request. A revoked
 * key or a disabled studio stops working at once in the process that changed it and within
 * this time in every other one.
 */
export const DEFAULT_STUDIO_KEY_CACHE_TTL_MS = 5_000;
/** Keys kept at most; the oldest go first. */
const MAX_CACHED_KEYS = 10_000;

export function createStudioKeyCache(
  deps: Pick<ServiceDeps, "db" | "clock"> & { readonly secretBox: SecretBox },
  options: { readonly ttlMs?: number } = {},
): StudioKeyCache {
  const ttlMs = options.ttlMs ?? DEFAULT_STUDIO_KEY_CACHE_TTL_MS;
  const entries = new Map<
    string,
    { readonly value: Promise<VerificationKey | undefined>; readonly atMs: number }
  >();
  return {
    find(keyId) {
      const hit = entries.get(keyId);
      if (hit !== undefined && deps.clock() - hit.atMs < ttlMs) return hit.value;
      const value = findVerificationKey(deps, keyId);
      entries.set(keyId, { value, atMs: deps.clock() });
      if (entries.size > MAX_CACHED_KEYS) entries.delete(entries.keys().next().value!);
      // A failed lookup is not cached.
      value.catch(() => entries.delete(keyId));
      return value;
    },
    studioChanged(studioId) {
      for (const [keyId, entry] of entries) {
        // Unknown ids cannot belong to the studio; keys of other studios stay.
        void entry.value.then(
          (key) => {
            if (key === undefined || key.studioId === studioId) entries.delete(keyId);
          },
          () => undefined,
        );
      }
    },
  };
}
