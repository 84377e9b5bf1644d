/**
 * What the provider gateway checks a request's signature with, and the cache it reads it from.
 * Only types: `ServiceDeps` holds the cache, while its implementation (studio-key-cache.ts) reads
 * the keys through services that take `ServiceDeps`, so the types live apart from both.
 */
import type { StudioStatus } from "./tables.ts";

/** What the gateway needs to verify a request signed with a key. */
export interface VerificationKey {
  readonly keyId: string;
  readonly studioId: string;
  readonly studioStatus: StudioStatus;
  readonly secret: string;
}

/** Gateway keys by id, cached; `studioChanged` drops a studio's keys (after a revocation or a status change). */
export interface StudioKeyCache {
  find(keyId: string): Promise<VerificationKey | undefined>;
  studioChanged(studioId: string): void;
}
