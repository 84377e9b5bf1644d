import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseSecretKey, SECRET_KEY_BYTES } from "./secret-box.ts";

/** Owner read/write only. */
const KEY_FILE_MODE = 0o600;

export type KeyFileResult =
  | { readonly ok: true; readonly key: Buffer; readonly created: boolean }
  | { readonly ok: false; readonly error: string };

/**
 * The development fallback for CROUPIER_SECRET_KEY: reads the key file, or creates it (mode
 * 0600, never overwriting) with a fresh random key. Losing this file makes every stored salt
 * unreadable, which the start-up key check reports.
 */
export function loadOrCreateKeyFile(path: string): KeyFileResult {
  if (existsSync(path)) {
    const key = parseSecretKey(readFileSync(path, "utf8"));
    if (key === undefined)
      return { ok: false, error: `${path} does not hold a base64 ${SECRET_KEY_BYTES}-byte key` };
    // A file an earlier version (or a hand) left readable by others is narrowed to its owner.
    chmodSync(path, KEY_FILE_MODE);
    return { ok: true, key, created: false };
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const key = randomBytes(SECRET_KEY_BYTES);
  // `wx`: fail rather than overwrite if another process created it meanwhile.
  writeFileSync(path, `${key.toString("base64")}\n`, { mode: KEY_FILE_MODE, flag: "wx" });
  return { ok: true, key, created: true };
}
