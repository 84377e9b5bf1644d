import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { digestsEqual, randomSecret, sha256Hex } from "./tokens.ts";

/**
 * What operators' API credentials (`operator_credentials`) and game studios' gateway keys
 * (`studio_keys`) have in common: a secret handed out once, revocation that keeps the first
 * time, and a last-use time kept coarse so that verifying stays a read. They differ in how the
 * secret is kept: a credential's only as a digest (a bearer token is compared), a gateway key's
 * sealed (an HMAC needs the secret itself).
 */
type KeyTable = "operator_credentials" | "studio_keys";

/** last_used_at_ms is written at most this often per key, so verifying stays a read. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** A new key secret: 32 random bytes as base64url (43 characters), behind the kind's prefix. */
export function newKeySecret(prefix = ""): string {
  return `${prefix}${randomSecret()}`;
}

/** The digest a credential's secret is stored as. A slow hash adds nothing over 256 random bits. */
export function secretDigest(secret: string): string {
  return sha256Hex(secret);
}

// Compared against when the key is unknown, so both paths do the same work.
const DUMMY_DIGEST = sha256Hex("no-such-key");

/** Whether a presented secret matches a stored digest; timing-safe, and the same work for an unknown key. */
export function secretMatchesDigest(secret: string, storedDigest: string | undefined): boolean {
  const matches = digestsEqual(sha256Hex(secret), storedDigest ?? DUMMY_DIGEST);
  return storedDigest !== undefined && matches;
}

/** Records a use of the key at most once per LAST_USED_RESOLUTION_MS. */
export async function recordKeyUse(
  deps: { readonly db: Kysely<Database>; readonly clock: () => number },
  table: KeyTable,
  key: { readonly id: string; readonly last_used_at_ms: number | null },
): Promise<void> {
  const now = deps.clock();
  if (key.last_used_at_ms !== null && now - key.last_used_at_ms < LAST_USED_RESOLUTION_MS) return;
  await deps.db.updateTable(table).set({ last_used_at_ms: now }).where("id", "=", key.id).execute();
}

/**
 * Revokes the key now unless it is revoked already (then the first time stands). Returns the
 * revocation time to present, and whether this call revoked it (so only a real change is audited).
 */
export async function revokeKeyOnce(
  trx: Transaction<Database> | Kysely<Database>,
  table: KeyTable,
  key: { readonly id: string; readonly revoked_at_ms: number | null },
  now: number,
): Promise<{ readonly revokedAtMs: number; readonly changed: boolean }> {
  if (key.revoked_at_ms !== null) return { revokedAtMs: key.revoked_at_ms, changed: false };
  await trx
    .updateTable(table)
    .set({ revoked_at_ms: now })
    .where("id", "=", key.id)
    .where("revoked_at_ms", "is", null)
    .execute();
  return { revokedAtMs: now, changed: true };
}
