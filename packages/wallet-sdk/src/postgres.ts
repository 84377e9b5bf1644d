/** `@croupier/wallet-sdk/postgres`: the PostgreSQL store (needs `pg`). */
export {
  openPostgresWalletStore,
  type PostgresWalletStoreOptions,
} from "./stores/postgres/open-postgres-store.ts";
export { POSTGRES_SCHEMA_VERSION } from "./stores/postgres/pg-schema.ts";
