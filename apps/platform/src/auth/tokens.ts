import { hash, randomBytes, timingSafeEqual } from "node:crypto";

/** sha256 hex of a high-entropy secret. A slow hash adds nothing when the secret has 256 random bits. */
export function sha256Hex(text: string): string {
  return hash("sha256", text, "hex");
}

/** 32 random bytes as base64url (43 characters). */
export function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Constant-time equality of two hex digests (false when lengths differ). */
export function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** `Authorization: Bearer <token>` → token, or undefined when absent or not a bearer header. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer ([\x21-\x7e]{1,512})$/i.exec(header.trim());
  return match?.[1];
}
