/** `@croupier/wallet-sdk/sqlite`: the SQLite store (needs `better-sqlite3`). */
export { openSqliteWalletStore, type SqliteWalletStoreOptions } from "./stores/sqlite/open-sqlite-store.ts";
export { SQLITE_SCHEMA_VERSION } from "./stores/sqlite/sqlite-schema.ts";
export { MAX_BATCH as SQLITE_MAX_BATCH } from "./stores/sqlite/group-commit.ts";
