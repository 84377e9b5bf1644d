import { mkdir } from "node:fs/promises";
import type { WalletConfig } from "../config.ts";
import type { ManagedWalletStore } from "./types.ts";

/** The SDK store the wallet runs on: protocol transactions plus player administration. */
export type ReferenceWalletStore = ManagedWalletStore;

export interface OpenStoreOptions {
  /** Errors of idle pooled PostgreSQL connections (e.g. a server restart), for the log. */
  readonly onPoolError?: (error: Error) => void;
}

/**
 * Opens the SDK store the configuration names: PostgreSQL when DATABASE_URL is set, otherwise
 * a SQLite file in DATA_DIR (created if missing). Imported lazily so a SQLite wallet never
 * loads `pg`, and a PostgreSQL one never loads the native SQLite module.
 */
export async function openStore(
  store: WalletConfig["store"],
  options: OpenStoreOptions = {},
): Promise<ReferenceWalletStore> {
  if (store.kind === "postgres") {
    const { openPostgresWalletStore } = await import("@croupier/wallet-sdk/postgres");
    return await openPostgresWalletStore({
      connectionString: store.connectionString,
      ...(store.poolSize === undefined ? {} : { poolSize: store.poolSize }),
      ...(store.settleConcurrency === undefined ? {} : { settleConcurrency: store.settleConcurrency }),
      ...(options.onPoolError === undefined ? {} : { onPoolError: options.onPoolError }),
    });
  }
  await mkdir(store.dataDir, { recursive: true });
  const { openSqliteWalletStore } = await import("@croupier/wallet-sdk/sqlite");
  return await openSqliteWalletStore({ filename: store.filename });
}
