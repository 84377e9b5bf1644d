import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe } from "node:test";
import { createTestSchema, type TestSchema } from "@croupier/test-support";
import type { ManagedWalletStore } from "../admin/player-admin-types.ts";
import { openPostgresWalletStore } from "../stores/postgres/open-postgres-store.ts";
import { openSqliteWalletStore } from "../stores/sqlite/open-sqlite-store.ts";

export const STORE_KINDS = ["sqlite", "postgres"] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** Where a store's data lives, so that a test can reopen it or hand it to a child process. */
export interface StoreLocation {
  readonly kind: StoreKind;
  /** SQLite file name or PostgreSQL connection string. */
  readonly target: string;
}

/** A real database for one suite: a temp SQLite file or a fresh PostgreSQL schema. */
export class StoreFixture {
  readonly kind: StoreKind;
  #store: ManagedWalletStore | undefined;
  #location: StoreLocation | undefined;
  #cleanup: (() => Promise<void>) | undefined;
  #extra: ManagedWalletStore[] = [];

  constructor(kind: StoreKind) {
    this.kind = kind;
  }

  get store(): ManagedWalletStore {
    if (this.#store === undefined) throw new Error("store fixture is not set up");
    return this.#store;
  }

  get location(): StoreLocation {
    if (this.#location === undefined) throw new Error("store fixture is not set up");
    return this.#location;
  }

  async setUp(): Promise<void> {
    if (this.kind === "sqlite") {
      const dir = await mkdtemp(join(tmpdir(), "wallet-sdk-"));
      this.#location = { kind: "sqlite", target: join(dir, "wallet.db") };
      this.#cleanup = () => rm(dir, { recursive: true, force: true });
    } else {
      const schema: TestSchema = await createTestSchema("wallet_sdk");
      this.#location = { kind: "postgres", target: schema.url };
      this.#cleanup = () => schema.drop();
    }
    this.#store = await openStoreAt(this.#location);
  }

  /** Another store over the same database (a second process, or a reopen after close). */
  async openAnother(): Promise<ManagedWalletStore> {
    const store = await openStoreAt(this.location);
    this.#extra.push(store);
    return store;
  }

  /** Closes the suite's store and opens it again, as after a restart. */
  async reopen(): Promise<ManagedWalletStore> {
    await this.#store?.close();
    this.#store = await openStoreAt(this.location);
    return this.#store;
  }

  async tearDown(): Promise<void> {
    for (const store of this.#extra) await store.close();
    await this.#store?.close();
    await this.#cleanup?.();
  }
}

export function openStoreAt(location: StoreLocation): Promise<ManagedWalletStore> {
  return location.kind === "sqlite"
    ? openSqliteWalletStore({ filename: location.target })
    : openPostgresWalletStore({ connectionString: location.target });
}

/**
 * Runs `suite` once per bundled store, each against its own real database: a temp SQLite file
 * and a fresh PostgreSQL schema (dropped afterwards). PostgreSQL is never skipped.
 */
export function describeEachStore(title: string, suite: (fixture: StoreFixture) => void): void {
  for (const kind of STORE_KINDS) {
    describe(`${title} [${kind}]`, () => {
      const fixture = new StoreFixture(kind);
      before(() => fixture.setUp());
      after(() => fixture.tearDown());
      suite(fixture);
    });
  }
}

let counter = 0;
/** A fresh id for players and calls, unique within the process, valid as a `call_id`. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}
