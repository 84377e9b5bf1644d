import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/** Password bounds: long enough to matter, short enough that hashing cannot be used to burn CPU. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** scrypt's work factors; each hash names the ones it was made with. */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * scrypt N=2^17, r=8, p=1: OWASP's recommendation (128 MiB and ~0.4 s of one core per hash).
 * Parameters live in each hash, so hashes made with older, cheaper ones (N=2^15 until December
 * 2026) are re-hashed at the user's next successful login (`needsRehash`). Tests may pass a
 * cheaper cost through `composePlatform`; nothing else should.
 */
export const PASSWORD_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/**
 * scrypt needs 128·N·r bytes (128 MiB at the default); Node's default ceiling is 32 MiB. A stored
 * hash asking for more than this is refused rather than allowed to exhaust memory.
 */
const MAX_MEMORY = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptCost, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, length, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error === null ? resolve(key) : reject(error),
    );
  });
}

/** `scrypt$<N>$<r>$<p>$<salt b64url>$<hash b64url>`. */
export async function hashPassword(password: string, cost: ScryptCost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost, KEY_BYTES);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** A fixed hash per cost to verify against when the account does not exist, so timing does not reveal it. */
const dummyHashes = new Map<string, Promise<string>>();

/**
 * Timing-safe check of a password against a stored hash. Pass `undefined` as the hash for an
 * unknown account: the same work is done (at `cost`, what a current hash costs) and the answer is
 * false.
 */
export async function verifyPassword(
  password: string,
  stored: string | undefined,
  cost: ScryptCost = PASSWORD_COST,
): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  let hash = stored;
  if (hash === undefined) {
    const key = costKey(cost);
    let dummy = dummyHashes.get(key);
    if (dummy === undefined) dummyHashes.set(key, (dummy = hashPassword("not-a-real-password", cost)));
    hash = await dummy;
  }
  const parsed = parseHash(hash);
  if (parsed === undefined) return false;
  const actual = await derive(password, parsed.salt, parsed.cost, parsed.key.length);
  return timingSafeEqual(actual, parsed.key) && stored !== undefined;
}

/**
 * Whether a stored hash was made with other parameters than `cost` (older, cheaper ones): the
 * caller re-hashes the password it has just verified and stores the new hash.
 */
export function needsRehash(stored: string, cost: ScryptCost = PASSWORD_COST): boolean {
  const parsed = parseHash(stored);
  return parsed === undefined || costKey(parsed.cost) !== costKey(cost);
}

function costKey(cost: ScryptCost): string {
  return `${cost.N}$${cost.r}$${cost.p}`;
}

function parseHash(hash: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | undefined {
  const parts = hash.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return undefined;
  const [, n, r, p, saltText, keyText] = parts as [string, string, string, string, string, string];
  return {
    cost: { N: +n, r: +r, p: +p },
    salt: Buffer.from(saltText, "base64url"),
    key: Buffer.from(keyText, "base64url"),
  };
}
