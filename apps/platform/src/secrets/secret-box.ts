import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/** Length of a CROUPIER_SECRET_KEY: AES-256 needs 32 bytes. */
export const SECRET_KEY_BYTES = 32;
const NONCE_BYTES = 12; // the GCM standard nonce size
const TAG_BYTES = 16;
const VERSION = "v1";

/**
 * Encrypts small secrets (salt keys) at rest with AES-256-GCM under the installation key.
 * `context` is authenticated but not stored: it binds a ciphertext to the row it belongs to
 * (e.g. `salt:<row id>`), so copying one operator's sealed salt onto another's row in the
 * database yields a decryption failure instead of a working key.
 */
export interface SecretBox {
  /** `v1.<nonce>.<ciphertext>.<tag>`, base64url parts; a fresh random nonce per call. */
  seal(plaintext: string, context: string): string;
  /** Throws when the value was not sealed by this key with this context, or was altered. */
  open(sealed: string, context: string): string;
}

/** A SecretBox under a 32-byte key. */
export function createSecretBox(key: Uint8Array): SecretBox {
  if (key.length !== SECRET_KEY_BYTES) throw new RangeError(`secret key must be ${SECRET_KEY_BYTES} bytes`);
  const keyBytes = Buffer.from(key);
  return {
    seal(plaintext, context) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv("aes-256-gcm", keyBytes, nonce, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, "utf8"));
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, nonce, ciphertext, tag]
        .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
        .join(".");
    },
    open(sealed, context) {
      const parts = sealed.split(".");
      if (parts.length !== 4 || parts[0] !== VERSION) throw new Error("sealed secret has an unknown format");
      const [, nonceText, ciphertextText, tagText] = parts as [string, string, string, string];
      const nonce = Buffer.from(nonceText, "base64url");
      const tag = Buffer.from(tagText, "base64url");
      if (nonce.length !== NONCE_BYTES || tag.length !== TAG_BYTES)
        throw new Error("sealed secret is damaged");
      const decipher = createDecipheriv("aes-256-gcm", keyBytes, nonce, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, "utf8"));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([
          decipher.update(Buffer.from(ciphertextText, "base64url")),
          decipher.final(),
        ]).toString("utf8");
      } catch {
        throw new Error("sealed secret does not open with this key and context (wrong CROUPIER_SECRET_KEY?)");
      }
    },
  };
}

/**
 * Reads a key given as base64 or base64url text; undefined unless it decodes to exactly 32
 * bytes (a hex string or a passphrase is refused rather than silently stretched).
 */
export function parseSecretKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return undefined;
  const bytes = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return bytes.length === SECRET_KEY_BYTES ? bytes : undefined;
}
