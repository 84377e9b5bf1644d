/** `@croupier/wallet-sdk/sqlite`: the SQLite store (needs `better-sqlite3`). */
export { openSqliteWalletStore, type SqliteWalletStoreOptions } from "./stores/sqlite/open-sqlite-store.ts";
export { SQLITE_SCHEMA_VERSION } from "./stores/sqlite/sqlite-schema.ts";
export { MAX_BATCH as SQLITE_MAX_BATCH } from "./stores/sqlite/group-commit.ts";
// For other SQLite databases of an operator's (or our platform's) process: WAL checkpoints on a
// worker thread instead of inside commits on the event loop.
export {
  startCheckpointer as startWalCheckpointer,
  WAL_SIZE_LIMIT_BYTES,
  WRITER_AUTOCHECKPOINT_PAGES,
} from "./stores/sqlite/checkpointer.ts";
