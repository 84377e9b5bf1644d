/**
 * What the handler accepts as salt keys. A salt is the only secret behind every call's `key`
 * (md5 of the timestamp's text and the salt), so a weak one lets anyone sign a credit. The
 * usual way to get one is an unset environment variable: `[process.env.WALLET_SALT!]` is
 * `[undefined]`, which string concatenation turns into the salt `"undefined"`. The platform
 * issues salts of 43 characters; 16 is the floor below which a salt is a mistake, not a key.
 */

/**
 * Fewest characters a salt key may have.
 *
 * @example
 * import { MIN_SALT_LENGTH } from "@croupier/wallet-sdk"; // 16
 */
export const MIN_SALT_LENGTH = 16;

/**
 * Why `salts` cannot be used, or undefined when every salt is acceptable. `where` names the
 * setting in the message (`salts`, or `salts()` for a function's result).
 *
 * @example
 * saltsProblem([process.env.WALLET_SALT], "salts"); // "salts[0] is undefined: …" when unset
 */
export function saltsProblem(salts: unknown, where: string): string | undefined {
  if (!Array.isArray(salts)) return `${where} must be an array of salt keys (got ${describe(salts)})`;
  if (salts.length === 0) return `${where} is empty: give the salt key your Croupier back office shows`;
  for (const [index, salt] of salts.entries()) {
    const name = `${where}[${index}]`;
    if (typeof salt !== "string") {
      return `${name} is ${describe(salt)}, not a string: is the environment variable holding the salt set?`;
    }
    if (salt === "undefined" || salt === "null") {
      return `${name} is the text "${salt}": an unset variable turned into a string, not a salt key`;
    }
    if (salt.length < MIN_SALT_LENGTH) {
      return `${name} has ${salt.length} characters; a salt key needs at least ${MIN_SALT_LENGTH} (the platform issues 43)`;
    }
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  return typeof value;
}
