import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";

/** Owner read/write only: the database holds player ids, balances' history and sealed salt keys. */
export const PRIVATE_FILE_MODE = 0o600;
/** Owner only: the directory that holds those files. */
export const PRIVATE_DIRECTORY_MODE = 0o700;

/** The files SQLite keeps beside a database in WAL mode. */
const SQLITE_SIDE_FILES = ["-wal", "-shm", "-journal"] as const;

/**
 * Creates the file's directory (owner only, when it has to be created) and the file itself with
 * mode 0600 before any library opens it, and narrows a file an earlier version left 0644. SQLite
 * gives its -wal and -shm files the mode of the database file, so creating that one private is
 * what keeps them private; existing ones are narrowed too.
 */
export function preparePrivateSqliteFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
  closeSync(openSync(file, "a", PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
  for (const suffix of SQLITE_SIDE_FILES) {
    if (existsSync(file + suffix)) chmodSync(file + suffix, PRIVATE_FILE_MODE);
  }
}
