import type Database from "better-sqlite3";

/**
 * The SQLite schema, versioned. Each entry moves the schema from version i to i + 1 and is
 * never edited once released; a change is a new entry. Money is INTEGER (64-bit), STRICT
 * tables refuse a float or a string in it.
 */
const MIGRATIONS: readonly string[] = [
  `
  -- WITHOUT ROWID: a lookup or an update by player_id touches one b-tree, not a key index
  -- plus the table.
  CREATE TABLE wallet_players (
    player_id     TEXT PRIMARY KEY,
    currency      TEXT NOT NULL,
    balance_minor INTEGER NOT NULL CHECK (balance_minor BETWEEN 0 AND 9007199254740991),
    blocked       INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    created_at    TEXT NOT NULL
  ) STRICT, WITHOUT ROWID;

  -- One row per answered wallet call (refusals included), never updated. No foreign key to
  -- players: PLAYER_NOT_FOUND answers are recorded too. WITHOUT ROWID keyed by call_id: one
  -- b-tree write per call instead of the rowid table plus the call_id index. tx_id is a random
  -- UUID, unique by construction and only ever read back with its row, so it has no index (an
  -- index on a random key costs one scattered page write per call at COMMIT).
  CREATE TABLE wallet_calls (
    call_id      TEXT PRIMARY KEY,
    tx_id        TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (action IN ('balance', 'debit', 'credit')),
    player_id    TEXT NOT NULL,
    amount_minor INTEGER CHECK (amount_minor >= 0),
    rb           INTEGER NOT NULL CHECK (rb IN (0, 1)),
    rb_call_id   TEXT,
    round_id     TEXT,
    game_id      TEXT NOT NULL,
    applied      INTEGER NOT NULL CHECK (applied IN (0, 1)),
    outcome      TEXT NOT NULL,
    response     TEXT NOT NULL,
    created_at   TEXT NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX wallet_calls_rb_call_id ON wallet_calls (rb_call_id) WHERE rb_call_id IS NOT NULL;

  -- Append-only money rows. A plain INTEGER PRIMARY KEY appends (no AUTOINCREMENT, which
  -- writes sqlite_sequence on every insert; ids are never reused since rows are never deleted).
  -- call_id is unique (a call moves money at most once) and reference is unique (adjustments);
  -- both indexes are partial so that a row leaves no entry in the index of the other kind.
  CREATE TABLE wallet_ledger (
    entry_id            INTEGER PRIMARY KEY,
    player_id           TEXT NOT NULL REFERENCES wallet_players (player_id),
    kind                TEXT NOT NULL CHECK (kind IN ('debit', 'credit', 'debit_reversal',
                          'credit_reversal', 'deposit', 'withdrawal')),
    amount_minor        INTEGER NOT NULL CHECK (amount_minor <> 0),
    balance_after_minor INTEGER NOT NULL CHECK (balance_after_minor >= 0),
    call_id             TEXT,
    round_id            TEXT,
    reference           TEXT,
    reason              TEXT,
    created_at          TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX wallet_ledger_call_id ON wallet_ledger (call_id) WHERE call_id IS NOT NULL;
  CREATE UNIQUE INDEX wallet_ledger_reference ON wallet_ledger (reference) WHERE reference IS NOT NULL;
  CREATE INDEX wallet_ledger_player ON wallet_ledger (player_id, entry_id);
  `,
];

/**
 * The schema version this SDK writes (the highest row of `wallet_schema_version`).
 *
 * @example
 * db.prepare("SELECT max(version) AS v FROM wallet_schema_version").get(); // { v: SQLITE_SCHEMA_VERSION }
 */
export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Creates or upgrades the tables in one IMMEDIATE transaction, so two processes opening the
 * same file at once cannot both migrate. Refuses a file written by a newer SDK.
 */
export function migrateSqlite(db: Database.Database): void {
  db.exec("BEGIN IMMEDIATE");
  try {
    db.exec("CREATE TABLE IF NOT EXISTS wallet_schema_version (version INTEGER NOT NULL) STRICT");
    const row = db.prepare("SELECT max(version) AS version FROM wallet_schema_version").get() as {
      version: number | null;
    };
    const current = row.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(`wallet schema version ${current} is newer than this SDK (${MIGRATIONS.length})`);
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      db.exec(MIGRATIONS[version] as string);
      db.prepare("INSERT INTO wallet_schema_version (version) VALUES (?)").run(version + 1);
    }
    db.exec("COMMIT");
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
}
