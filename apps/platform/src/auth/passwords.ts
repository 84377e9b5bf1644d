import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/** Password bounds: long enough to matter, short enough that hashing cannot be used to burn CPU. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

// scrypt N=2^15, r=8, p=1 (32 MiB, ~50–100 ms): the OWASP floor is N=2^17 at p=1 or an
// equivalent trade; 2^15 keeps logins quick on small hosts. Parameters live in each hash, so
// raising them later only needs re-hashing at the next login.
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const MAX_MEMORY = 128 * 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, length, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error === null ? resolve(key) : reject(error),
    );
  });
}

/** `scrypt$<N>$<r>$<p>$<salt b64url>$<hash b64url>`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST, KEY_BYTES);
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;

/**
 * Timing-safe check of a password against a stored hash. Pass `undefined` as the hash for an
 * unknown account: the same work is done and the answer is false.
 */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  const hash = stored ?? (await (dummyHash ??= hashPassword("not-a-real-password")));
  const parts = hash.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [, n, r, p, saltText, keyText] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(keyText, "base64url");
  const actual = await derive(
    password,
    Buffer.from(saltText, "base64url"),
    { N: +n, r: +r, p: +p },
    expected.length,
  );
  return timingSafeEqual(actual, expected) && stored !== undefined;
}
